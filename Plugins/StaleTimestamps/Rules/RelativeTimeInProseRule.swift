import CopydeskCore
import CopydeskText

/// `stale-timestamps/relative-time-in-prose`: running text that counts from the reader's now at short range.
struct RelativeTimeInProseRule {
    static let id = "stale-timestamps/relative-time-in-prose"

    static let description = RuleDescription(
        id: id,
        shortDescription: "Running text that counts hours or minutes back from the reader's now (\"two hours ago\").",
        fullDescription: """
            "The fire broke out two hours ago" is true only for readers who read it when it was written. Counts of \
            seconds, minutes and hours back from now go stale within the day; so do "earlier today" and \
            "later this morning" in a story that carries no date to count from (no reference date and no dateline). \
            Longer ranges ("two years ago") are fine, and speech inside quotation marks is left alone.
            """,
        help: """
            Give the time instead: `the fire broke out at 07:30` rather than `the fire broke out two hours ago`, \
            or date the story (front matter `date:`, `--reference-date`, a dateline) so "earlier today" has a day.
            """,
        defaultLevel: .warning,
        examples: [
            .triggers("Firefighters said the blaze began «two hours ago» in a warehouse.",
                      referenceDate: "2025-12-06T09:30:00Z", expecting: ["07:30"]),
            .triggers("The minister resigned «45 minutes ago», officials said."),
            .triggers("The index fell sharply «earlier today» before recovering."),
            .passes("The index fell sharply earlier today before recovering.", referenceDate: "2025-12-06"),
            .passes("LISBON, March 3 - The index fell sharply earlier today before recovering."),
            .passes("The bridge was closed two years ago."),
            .passes("\"We saw smoke two hours ago,\" the guard said."),
            .passes("The meeting lasted two hours."),
        ]
    )

    let patterns: TimestampPatterns

    func findings(in document: Document, furniture: FurnitureScan) throws -> [Finding] {
        let bytes = Array(document.text.utf8)
        return try bytes.withUnsafeBufferPointer { try findings(in: document, furniture: furniture, bytes: $0) }
    }

    /// Whether `range` holds "ago", "earlier" or "later" (in any case), one of which every match of
    /// `proseRelativeTime` holds: the pattern is searched only in blocks that do.
    static func mayHoldRelativeTime(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func holds(_ word: StaticString, endingAt end: Int) -> Bool {
            let length = word.utf8CodeUnitCount
            guard end + 1 - length >= range.lowerBound else { return false }
            let start = end + 1 - length
            for offset in 0..<length where bytes[start + offset] | 0x20 != word.utf8Start[offset] { return false }
            return true
        }
        for index in range {
            switch bytes[index] | 0x20 {
            case UInt8(ascii: "o"): if holds("ago", endingAt: index) { return true }
            case UInt8(ascii: "r"): if holds("later", endingAt: index) || holds("earlier", endingAt: index) { return true }
            default: continue
            }
        }
        return false
    }

    private func findings(in document: Document, furniture: FurnitureScan, bytes: UnsafeBufferPointer<UInt8>) throws -> [Finding] {
        let text = document.text
        var reported = RangeCursor(furniture.reportedRanges)
        let reference = document.metadata.publicationDate
        var hasDay: Bool?
        var findings: [Finding] = []
        let relativeTimes = Pattern.Searcher(patterns.proseRelativeTime)
        for block in document.blocks where RelativeTimeInProseRule.mayHoldRelativeTime(block.range, in: bytes) {
            var quotes: RangeCursor?
            try relativeTimes.forEachMatch(inUTF8: bytes, windows: CollectionOfOne(block.range), textEnd: block.range.upperBound) { match in
                let range = match.range
                if reported.overlaps(range) { return true }
                if quotes == nil { quotes = RangeCursor(QuotationScanner.quotedStretches(in: text, block: block.range, convention: .speech)) }
                if quotes!.contains(range.lowerBound) { return true }
                let phrase = text.utf8Slice(range)
                if match["today"] != nil {
                    if hasDay == nil {
                        hasDay = try reference != nil || patterns.dateline.firstMatch(in: text) != nil
                    }
                    if hasDay! { return true }
                    findings.append(Finding(
                        ruleID: RelativeTimeInProseRule.id,
                        message: "“\(phrase)” needs a day to count from, and the story has no date (no reference date or dateline); name the day or date the story.",
                        range: range, properties: ["kind": .string("undated-today")]))
                    return true
                }
                var advice = "give the time instead"
                var properties: [String: JSONValue] = ["kind": .string("relative-time")]
                if let reference, let absolute = absoluteTime(match, in: text, reference: reference) {
                    advice = "give the time instead (\(AbsoluteTimeText.format(absolute)) counting from the reference date)"
                    properties["absoluteTime"] = .string(absolute.description)
                }
                findings.append(Finding(
                    ruleID: RelativeTimeInProseRule.id,
                    message: "“\(phrase)” counts from the reader's now and goes stale within the day; \(advice).",
                    range: range, properties: properties))
                return true
            }
        }
        return findings
    }

    private func absoluteTime(_ match: Match, in text: String, reference: DocumentDate) -> DocumentDate? {
        guard let amountRange = match["amount"], let unitRange = match["unit"],
              var amount = TimeVocabulary.amountValue(text.utf8Slice(amountRange)),
              let unit = TimeVocabulary.Unit(written: text.utf8Slice(unitRange)) else { return nil }
        if match["half"] != nil || match["unitHalf"] != nil { amount += 0.5 }
        return DateArithmetic.time(amount, unit, before: reference)
    }
}
