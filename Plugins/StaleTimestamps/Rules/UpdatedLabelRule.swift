import CopydeskCore
import Foundation

/// `stale-timestamps/updated-label`: an Updated label that contradicts the document's own dates.
enum UpdatedLabelRule {
    static let id = "stale-timestamps/updated-label"

    static let description = RuleDescription(
        id: id,
        shortDescription: "An \"Updated …\"/\"Last modified …\" label that contradicts the document's dates.",
        fullDescription: """
            An "Updated 6 December 2025" label copied from another page, or left behind by an earlier version, \
            drifts from the article it sits on. The rule reports a label whose date is earlier than the \
            publication date, later than the current time of the run (`--now` or the clock), or different from \
            the modification date the document declares (front matter `lastmod`/`updated`, HTML \
            `article:modified_time`). Dates are compared at the precision both sides have.
            """,
        help: """
            Make the label agree with the document: with `date: 2025-12-06` and `lastmod: 2025-12-08` in the front \
            matter, write `Updated 8 December 2025`, not `Updated 5 December 2025`; or remove the label and let the \
            page template print the modification date.
            """,
        defaultLevel: .warning,
        examples: [
            .triggers("«Updated 5 December 2025»\n\nThe council approved the budget.",
                      referenceDate: "2025-12-06", now: "2025-12-07T12:00:00Z", expecting: ["earlier than the publication date"]),
            .triggers("«Last updated: Dec. 24, 2025»\n\nThe council approved the budget.",
                      referenceDate: "2025-12-06", now: "2025-12-07T12:00:00Z", expecting: ["later than the current time"]),
            .passes("Updated 6 December 2025, 14:10 GMT\n\nThe council approved the budget.",
                    referenceDate: "2025-12-06T09:00:00Z", now: "2025-12-07T12:00:00Z"),
            .passes("The council updated 6 December 2025 figures on Monday.",
                    referenceDate: "2025-12-08", now: "2025-12-09T12:00:00Z"),
        ]
    )

    static func findings(_ furniture: FurnitureScan, document: Document, now: Date) -> [Finding] {
        let metadata = document.metadata
        var findings: [Finding] = []
        for label in furniture.updatedLabels {
            let date = label.date.date
            var contradictions: [String] = []
            var facts: [JSONValue] = []
            if let published = metadata.publicationDate, DateArithmetic.compare(date, published) == .orderedAscending {
                contradictions.append("earlier than the publication date (\(published), \(metadata.publicationDateSource ?? "reference date"))")
                facts.append(.string("before-publication"))
            }
            if DateArithmetic.isLater(date, than: now) {
                contradictions.append("later than the current time (\(DocumentDate(instant: now, utcOffsetSeconds: 0)))")
                facts.append(.string("after-now"))
            }
            var fixes: [Fix] = []
            if let modified = metadata.modifiedDate {
                if DateArithmetic.compare(date, modified) != .orderedSame {
                    contradictions.append("different from the modification date (\(modified), \(metadata.modifiedDateSource ?? "document metadata"))")
                    facts.append(.string("differs-from-modified"))
                }
                if !contradictions.isEmpty {
                    fixes.append(.replace(label.date.range, with: AbsoluteTimeText.format(modified),
                                          description: "Use the document's modification date"))
                }
            }
            guard !contradictions.isEmpty else { continue }
            findings.append(Finding(
                ruleID: id,
                message: "The label's date (\(date)) is " + contradictions.joined(separator: "; and ") + ".",
                range: label.range, fixes: fixes,
                properties: ["labelDate": .string(date.description), "contradictions": .array(facts)]))
        }
        return findings
    }
}
