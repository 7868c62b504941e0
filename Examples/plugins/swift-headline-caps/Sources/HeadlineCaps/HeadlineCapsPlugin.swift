import CopydeskCore
import CopydeskPluginKit

/// Flags titles and headings set entirely in capital letters.
public struct HeadlineCapsPlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "headline-caps", summary: "Headlines set in capitals.",
        options: [PluginOption("minLetters", "Shortest all-capital headline flagged, in letters (default 8).")]
    ) { options in
        HeadlineCapsPlugin(minLetters: options["minLetters"]?.intValue ?? 8)
    }

    public let id = "headline-caps"
    let minLetters: Int

    public var rules: [RuleDescription] {
        [RuleDescription(
            id: "headline-caps/all-caps",
            shortDescription: "A headline is set in capital letters.",
            fullDescription: "Headlines in capitals are hard to read and look like shouting; the house style is sentence case.",
            help: "Write `Council delays ferry vote`, not `COUNCIL DELAYS FERRY VOTE`.",
            defaultLevel: .warning,
            examples: [
                .triggers("# «COUNCIL DELAYS FERRY VOTE»\n\nText.", format: .markdown),
                .passes("# Council delays ferry vote\n\nText.", format: .markdown),
            ])]
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.blocks.filter { $0.scope == .heading || $0.scope == .title }.compactMap { block in
            let text = document.text(of: block.range)
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= minLetters, letters.allSatisfy({ !$0.properties.isLowercase }) else { return nil }
            return Finding(ruleID: "headline-caps/all-caps", message: "this headline is set in capitals; use sentence case",
                           range: block.range)
        }
    }
}

/// The C entry point `copydesk` looks for in the shared library.
@_cdecl("copydesk_plugin_entry")
public func copydeskPluginEntry(_ hostABIVersion: UInt32) -> UnsafeRawPointer? {
    PluginExport.entry(hostABIVersion: hostABIVersion, factory: HeadlineCapsPlugin.factory)
}
