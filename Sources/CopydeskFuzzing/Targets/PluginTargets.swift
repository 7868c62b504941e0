import AttributionPlugin
import CopydeskCore
import CopydeskPolicies
import DatesPlugin
import Foundation
import ModerationPlugin
import SanctionsLists
import SanctionsPlugin
import StaleTimestampsPlugin

/// Each built-in plugin's `check`, on the bytes read as plain text, as Markdown and as HTML (each
/// with a publication date: its own, or a fixed one), findings checked against the document.
enum PluginTargets {
    static let all = [
        target("dates", "the dates plugin (temporal grammar, normalisation, date checks)", variants: [
            { try DatesRulePlugin(options: .object([:])) },
            { try DatesRulePlugin(options: .object(["numericOrder": "dmy", "style": "dmy"])) },
        ]),
        target("attribution", "the attribution plugin (quotes, speakers, weak sources)", variants: [
            { try AttributionRulePlugin(options: .object([:])) },
        ]),
        target("sanctions", "the sanctions plugin on its shipped index (names, claims)", variants: [
            { try SanctionsRulePlugin(options: .object([:])) },
        ]),
        target("stale-timestamps", "the stale-timestamps plugin (furniture, ago, updated labels)", variants: [
            { try StaleTimestampsRulePlugin(options: .object([:])) },
        ]),
        target("moderation", "the moderation plugin (normaliser, word lists, phrases, spam signals, verdict)", variants: [
            { try ModerationRulePlugin(options: .object([:])) },
            { try ModerationRulePlugin(options: .object(["context": "comments"])) },
        ]),
        target("packs", "every shipped policy pack through the policies plugin", variants: [
            { try PolicyRulePlugin(options: .object(["packs": .array(["newsroom", "consistency", "scrape-residue", "pii"])])) },
        ]),
    ]

    /// A target that checks with one of `variants` (plugins under different options), chosen by the
    /// input's length so that each input always meets the same one. Plugins are made once per process.
    static func target(_ name: String, _ summary: String, variants: [@Sendable () throws -> any RulePlugin]) -> FuzzTarget {
        let plugins = Lazy { variants.map { make in
            do { return try make() } catch { fatalError("fuzz target \(name): the plugin cannot be made: \(error)") }
        } }
        return FuzzTarget(name: name, summary: summary, prepare: { _ = plugins.value }) { data in
            let bytes = Array(data)
            let variants = plugins.value
            let plugin = variants[bytes.count % variants.count]
            for format in DocumentFormat.allCases {
                guard let document = try FuzzInputs.document(bytes, format: format) else { continue }
                let dated = FuzzInputs.dated(document)
                let findings = plugin.check(dated, context: FuzzInputs.context())
                try DocumentInvariants.check(findings, in: dated, plugin: plugin.id)
            }
        }
    }
}

/// A value made on first use, once, whichever thread asks.
final class Lazy<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private let make: () -> Value

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
