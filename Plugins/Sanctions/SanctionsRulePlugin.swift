import CopydeskCore
import Foundation

/// Mentions of people, companies and vessels on sanctions lists.
///
/// Options (all optional):
/// - `lists`: `[{format, path}]` or `[{format, url}]` (optional `namesFrom`, `date`); formats `ofac-sdn`,
///   `ofac-consolidated`, `un-xml`, `uk-ofsi`,
///   `uk-fcdo`, `opensanctions-ftm`, `eu-journal`. Paths are relative to the working folder.
/// - `includeDefault`: also load the embedded default index (default: true when `lists` is empty).
/// - `cacheDirectory`: where compiled indexes and downloads live (default `~/.cache/copydesk`).
/// - `index`: a compiled index file to use instead of lists.
public struct SanctionsRulePlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "sanctions", summary: "Mentions of people, companies and vessels on sanctions lists.",
        options: [
            PluginOption("lists", "Lists to load: [{format, path}] or [{format, url}] (formats: \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", ")))."),
            PluginOption("includeDefault", "Also use the embedded OFAC + UN + UK index (default: only when no lists are given)."),
            PluginOption("cacheDirectory", "Folder for compiled indexes and downloaded lists (default ~/.cache/copydesk)."),
            PluginOption("index", "A compiled index file (from `copydesk sanctions build-index`) to use."),
        ]
    ) { options in
        try SanctionsRulePlugin(options: options)
    }

    public let id = "sanctions"
    public var rules: [RuleDescription] { [RuleCatalogue.listedEntity, RuleCatalogue.claimMismatch] }

    /// The loaded indexes, scanned one after the other.
    public let matchers: [MentionMatcher]
    private let claims: ClaimChecker
    /// The jurisdictions whose lists are loaded, for claims about them.
    private let loadedJurisdictions: Set<Jurisdiction>

    /// The plugin's settings, read from its options.
    public struct Settings: Sendable {
        public var lists: [ListSource] = []
        public var includeDefault: Bool
        public var cacheDirectory: String
        public var indexFile: String?

        public init(options: JSONValue) throws {
            if let lists = options["lists"] {
                guard let items = lists.arrayValue else { throw PluginOptionError(option: "lists", message: "must be a list of {format, path} or {format, url}") }
                self.lists = try items.map(ListSource.init(option:))
            }
            indexFile = options["index"]?.stringValue.map(ListSource.expandingTilde)
            if let include = options["includeDefault"] {
                guard let value = include.boolValue else { throw PluginOptionError(option: "includeDefault", message: "must be true or false") }
                includeDefault = value
            } else {
                includeDefault = lists.isEmpty && indexFile == nil
            }
            cacheDirectory = options["cacheDirectory"]?.stringValue.map(ListSource.expandingTilde) ?? IndexStore.defaultCacheDirectory
        }
    }

    public init(options: JSONValue) throws {
        let settings = try Settings(options: options)
        var indexes: [SanctionsIndex] = []
        do {
            if settings.includeDefault { indexes.append(try IndexStore.embedded()) }
            if let file = settings.indexFile { indexes.append(try IndexFile.read(path: file)) }
            if !settings.lists.isEmpty { indexes.append(try IndexStore.index(for: settings.lists, cacheDirectory: settings.cacheDirectory)) }
        } catch let error as PluginOptionError {
            throw error
        } catch {
            throw PluginOptionError(option: settings.lists.isEmpty ? "index" : "lists", message: "\(error)")
        }
        self.init(indexes: indexes)
    }

    /// A plugin over given indexes.
    public init(indexes: [SanctionsIndex]) {
        matchers = indexes.map(MentionMatcher.init(index:))
        loadedJurisdictions = Set(indexes.flatMap { $0.entries.map(\.jurisdiction) })
        claims = (try? ClaimChecker()) ?? { fatalError("claim patterns do not compile") }()
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for matcher in matchers {
            let mentions = matcher.mentions(in: document.text)
            for mention in mentions {
                let sanctions = properties(of: mention, index: matcher.index)
                findings.append(listedEntityFinding(mention, index: matcher.index, sanctions: sanctions))
                if mention.firstMention == nil,
                   let claim = claimFinding(mention, index: matcher.index, document: document, loaded: loadedJurisdictions,
                                            sanctions: sanctions, context: context) {
                    findings.append(claim)
                }
            }
        }
        return findings
    }

    private func properties(of mention: Mention, index: SanctionsIndex) -> JSONValue {
        let entries: [JSONValue] = mention.entries.map { i in
            let entry = index.entries[Int(i)]
            var object: [String: JSONValue] = [
                "id": .string(entry.id), "list": .string(entry.list), "name": .string(entry.name),
                "type": .string(entry.type.rawValue), "programs": .array(entry.programs.map(JSONValue.string)),
                "listed": entry.listed.map(JSONValue.string) ?? .null,
            ]
            if !entry.imoNumbers.isEmpty { object["imo"] = .array(entry.imoNumbers.map(JSONValue.string)) }
            return .object(object)
        }
        return .object(["entries": .array(entries), "match": .string(mention.kind.rawValue),
                        "score": .double((mention.score * 100).rounded() / 100)])
    }

    private func listedEntityFinding(_ mention: Mention, index: SanctionsIndex, sanctions: JSONValue) -> Finding {
        let entries = mention.entries.map { index.entries[Int($0)] }
        let lists = orderedUnique(entries.map(\.list)).joined(separator: ", ")
        let name = entries.first?.name ?? ""
        if let first = mention.firstMention {
            return Finding(ruleID: RuleCatalogue.listedEntityID, level: .note,
                           message: "Later mention of \(name), listed on \(lists).", range: mention.range,
                           related: [RelatedRange(range: first, message: "first mention")],
                           properties: ["sanctions": sanctions])
        }
        let programs = orderedUnique(entries.flatMap(\.programs)).joined(separator: ", ")
        return Finding(ruleID: RuleCatalogue.listedEntityID,
                       message: "Names \(name) (\(entries.first?.type.rawValue ?? "entity")), listed on \(lists)\(programs.isEmpty ? "" : " under \(programs)").",
                       range: mention.range, properties: ["sanctions": sanctions])
    }

    private func claimFinding(_ mention: Mention, index: SanctionsIndex, document: Document, loaded: Set<Jurisdiction>,
                              sanctions: JSONValue, context: CheckContext) -> Finding? {
        guard let sentence = document.sentence(containing: mention.range.lowerBound) else { return nil }
        let claimed = claims.claimedJurisdictions(in: document.text, sentence: sentence, context: context, ruleID: RuleCatalogue.claimMismatchID)
        guard !claimed.isEmpty else { return nil }
        let carriers = Set(mention.entries.map { index.entries[Int($0)].jurisdiction }).subtracting([.other])
        let wrong = claimed.intersection(loaded).subtracting(carriers).sorted { $0.rawValue < $1.rawValue }
        let omitted = carriers.subtracting(claimed).sorted { $0.rawValue < $1.rawValue }
        guard !wrong.isEmpty || !omitted.isEmpty else { return nil }
        let name = mention.entries.first.map { index.entries[Int($0)].name } ?? ""
        var parts: [String] = []
        if !wrong.isEmpty {
            parts.append("The copy says \(name) is sanctioned by \(wrong.map(\.displayName).joined(separator: " and ")), whose list does not carry it")
        }
        if !omitted.isEmpty {
            parts.append("\(wrong.isEmpty ? "The copy" : "it") leaves out \(omitted.map(\.displayName).joined(separator: " and ")), whose list carries \(name)")
        }
        var properties: [String: JSONValue] = ["sanctions": sanctions]
        properties["claim"] = .object([
            "claimed": .array(claimed.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
            "listedBy": .array(carriers.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
        ])
        return Finding(ruleID: RuleCatalogue.claimMismatchID, level: wrong.isEmpty ? .note : nil,
                       message: parts.joined(separator: "; ") + ".", range: mention.range, properties: properties)
    }

    private func orderedUnique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
