import CopydeskCore
import Foundation

/// Mentions of people, companies and vessels on sanctions lists, found in the indexes it is given.
///
/// The plugin reads no file and uses no network: its options (`lists`, `index`, `includeDefault`,
/// `cacheDirectory`, `maxListAge`) are read, and the lists imported, downloaded and cached, by
/// `SanctionsLists` (`SanctionsRulePlugin.factory`, `init(options:)`), which hands it the indexes.
public struct SanctionsRulePlugin: RulePlugin, RunNoticing {
    public let id = "sanctions"
    public var rules: [RuleDescription] { [RuleCatalogue.listedEntity, RuleCatalogue.claimMismatch] }

    /// The loaded indexes, scanned one after the other.
    public let matchers: [MentionMatcher]
    private let claims: ClaimChecker
    /// The jurisdictions whose lists are loaded, for claims about them.
    private let loadedJurisdictions: Set<Jurisdiction>
    /// Each loaded list's description and date, for the warning that lists are out of date.
    let listDates: [(source: String, date: DocumentDate)]
    /// Days after a list's date when the run warns that it is out of date; 0: never.
    let maxListAge: Int

    /// A plugin over given indexes; `maxListAge` in days (0: never warn that the lists are old).
    public init(indexes: [SanctionsIndex], maxListAge: Int = 30) {
        matchers = indexes.map(MentionMatcher.init(index:))
        self.maxListAge = maxListAge
        listDates = indexes.flatMap { index in
            index.sources.filter { !$0.hasPrefix(SanctionsIndex.supplementSourcePrefix) }.compactMap { source in Self.date(in: source).map { (source, $0) } }
        }
        loadedJurisdictions = indexes.reduce(into: []) { $0.formUnion($1.jurisdictions) }
        claims = (try? ClaimChecker()) ?? { fatalError("claim patterns do not compile") }()
    }

    /// Once per run: the lists older than `maxListAge` days, with their dates.
    public func runNotices(now: Date) -> [ToolProblem] {
        guard maxListAge > 0 else { return [] }
        let today = DocumentDate(instant: now, utcOffsetSeconds: 0).dayNumber
        let stale = listDates.filter { today - $0.date.dayNumber > maxListAge }
        guard !stale.isEmpty else { return [] }
        let lists = stale.map { list -> String in
            let name = list.source.split(separator: "(", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? list.source
            return "\(name) of \(list.date.isoDate) (\(today - list.date.dayNumber) days)"
        }.joined(separator: ", ")
        return [ToolProblem(level: .warning, message: """
            sanctions lists older than \(maxListAge) days: \(lists); names listed since then are not found. Run \
            `copydesk sanctions update` or point the plugin's `lists` at newer files (`maxListAge` sets the age).
            """, isAdvisory: true)]
    }

    /// The first ISO date (yyyy-MM-dd) in an index's source line: the list's own date.
    static func date(in source: String) -> DocumentDate? {
        let scalars = Array(source.unicodeScalars)
        for start in scalars.indices where start + 10 <= scalars.count && scalars[start + 4] == "-" && scalars[start + 7] == "-" {
            let candidate = String(String.UnicodeScalarView(scalars[start..<start + 10]))
            if let date = DocumentDate(parsing: candidate), date.isValid { return date }
        }
        return nil
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for matcher in matchers {
            let mentions = matcher.mentions(in: document.text)
            // A claim is read at every mention, first or later, once per sentence and entity.
            var claimsChecked: Set<ClaimKey> = []
            for mention in mentions {
                let sanctions = properties(of: mention, index: matcher.index)
                findings.append(listedEntityFinding(mention, index: matcher.index, sanctions: sanctions))
                guard let sentence = document.sentence(containing: mention.range.lowerBound),
                      claimsChecked.insert(ClaimKey(sentence: sentence.lowerBound, entries: mention.entries.sorted())).inserted else { continue }
                if let claim = claimFinding(mention, sentence: sentence, index: matcher.index, document: document,
                                            loaded: loadedJurisdictions, sanctions: sanctions, context: context) {
                    findings.append(claim)
                }
            }
        }
        return findings
    }

    private func properties(of mention: Mention, index: SanctionsIndex) -> JSONValue {
        let entries: [JSONValue] = mention.entries.map { i in
            let entry = index.entry(Int(i))
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
        let entries = mention.entries.map { index.entry(Int($0)) }
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

    /// A sentence (by its start) and the entries a mention in it names.
    private struct ClaimKey: Hashable {
        var sentence: Int
        var entries: [Int32]
    }

    private func claimFinding(_ mention: Mention, sentence: Range<Int>, index: SanctionsIndex, document: Document,
                              loaded: Set<Jurisdiction>, sanctions: JSONValue, context: CheckContext) -> Finding? {
        let claimed = claims.claimedJurisdictions(in: document.text, sentence: sentence, context: context, ruleID: RuleCatalogue.claimMismatchID)
        guard !claimed.isEmpty else { return nil }
        let carriers = Set(mention.entries.map { index.entry(Int($0)).jurisdiction }).subtracting([.other])
        let wrong = claimed.intersection(loaded).subtracting(carriers).sorted { $0.rawValue < $1.rawValue }
        let omitted = carriers.subtracting(claimed).sorted { $0.rawValue < $1.rawValue }
        let unchecked = claimed.subtracting(loaded).subtracting([.other]).sorted { $0.rawValue < $1.rawValue }
        guard !wrong.isEmpty || !omitted.isEmpty || !unchecked.isEmpty else { return nil }
        let name = mention.entries.first.map { index.entry(Int($0)).name } ?? ""
        var parts: [String] = []
        if !wrong.isEmpty {
            parts.append("The copy says \(name) is sanctioned by \(wrong.map(\.displayName).joined(separator: " and ")), whose list does not carry it")
        }
        if !omitted.isEmpty {
            parts.append("\(wrong.isEmpty ? "The copy" : "it") leaves out \(omitted.map(\.displayName).joined(separator: " and ")), whose list carries \(name)")
        }
        if !unchecked.isEmpty {
            let names = unchecked.map(\.displayName).joined(separator: " and ")
            parts.append("\(parts.isEmpty ? "The" : "the") claim about \(names) is not checked: \(unchecked.count == 1 ? "its list is" : "their lists are") not loaded (add \(unchecked.map(\.listFormatHint).joined(separator: ", ")) to the sanctions plugin's `lists`)")
        }
        var properties: [String: JSONValue] = ["sanctions": sanctions]
        properties["claim"] = .object([
            "claimed": .array(claimed.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
            "listedBy": .array(carriers.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
            "notLoaded": .array(unchecked.map { .string($0.rawValue) }),
        ])
        return Finding(ruleID: RuleCatalogue.claimMismatchID, level: wrong.isEmpty ? .note : nil,
                       message: parts.joined(separator: "; ") + ".", range: mention.range, properties: properties)
    }

    private func orderedUnique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
