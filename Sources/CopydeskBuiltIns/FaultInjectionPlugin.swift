import CopydeskCore
import Foundation

/// A plugin that fails on purpose, for testing that one bad file never costs a run the others:
/// it traps on a text holding `copydesk-fault: crash`, overflows its stack on
/// `copydesk-fault: stack`, and never returns on `copydesk-fault: hang`. It is registered only
/// when the environment sets `COPYDESK_FAULT_INJECTION=1`.
public struct FaultInjectionPlugin: RulePlugin {
    public static let environmentVariable = "COPYDESK_FAULT_INJECTION"
    public static let factory = PluginFactory(id: "fault-injection", summary: "Fails on purpose on marked texts (tests only).") { _ in
        FaultInjectionPlugin()
    }

    /// Whether the environment asks for the plugin.
    static var isRequested: Bool { ProcessInfo.processInfo.environment[environmentVariable] == "1" }

    public let id = "fault-injection"

    public var rules: [RuleDescription] {
        [RuleDescription(id: "fault-injection/marker", shortDescription: "A fault marker.",
                         fullDescription: "Notes a `copydesk-fault: note` marker; traps, overflows its stack or hangs on the other markers.",
                         help: "Used by Copydesk's own tests.", defaultLevel: .note,
                         examples: [.triggers("«copydesk-fault: note»"), .passes("plain text")])]
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let text = document.text
        if text.contains("copydesk-fault: crash") {
            let empty: [Int] = []
            _ = empty[empty.count + text.utf8.count]
        }
        if text.contains("copydesk-fault: stack") { _ = FaultInjectionPlugin.recurse(text.utf8.count) }
        if text.contains("copydesk-fault: hang") {
            while true { Thread.sleep(forTimeInterval: 1) }
        }
        guard let range = text.range(of: "copydesk-fault: note") else { return [] }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return [Finding(ruleID: "fault-injection/marker", message: "a fault marker",
                        range: start..<(start + "copydesk-fault: note".utf8.count))]
    }

    /// Recursion without end that the optimiser cannot turn into a loop.
    @inline(never)
    static func recurse(_ depth: Int) -> Int {
        guard depth != Int.min else { return 0 }
        var frame = [Int](repeating: depth, count: 64)
        frame[depth & 63] = recurse(depth + 1)
        return frame.reduce(0, &+)
    }
}
