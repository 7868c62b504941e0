import CopydeskCore

/// `stale-timestamps/relative-timestamp`: page furniture that counts from the moment the page was read.
enum RelativeTimestampRule {
    static let id = "stale-timestamps/relative-timestamp"

    static let description = RuleDescription(
        id: id,
        shortDescription: "Relative page stamps (\"Updated 8 sec ago\", \"2h ago\", \"Live\") copied into the text.",
        fullDescription: """
            Live pages stamp their furniture relative to the reader's clock: "Updated 8 sec ago", "Posted 5 mins ago", \
            "2h ago", "just now", "Yesterday at 14:05", or label themselves "Live" and "Breaking". Copied into an article, \
            such a stamp is wrong the moment it is published. The rule looks at lines (or parts of lines between \
            separators such as "|" and "·") that are the stamp, not at running text.
            """,
        help: """
            Replace the stamp with the absolute time it stands for, or delete it. The fix computes the time from a \
            machine-readable time beside the stamp (an HTML `time` element's `datetime`), else from the reference date (with its zone): with \
            the reference date 2025-12-06T09:30+01:00, `Updated 8 sec ago` becomes \
            `Updated 6 December 2025, 09:29 UTC+01:00`. Without either, the fix removes the stamp; "Live" and \
            "Breaking" labels are always removed.
            """,
        defaultLevel: .error,
        examples: [
            .triggers("Ferry routes closed\n\n«Updated 8 sec ago»\n\nFerries between the islands stayed in port on Saturday.",
                      referenceDate: "2025-12-06T09:30:00+01:00", expecting: ["6 December 2025, 09:29 UTC+01:00"]),
            .triggers("By Ana Ruiz | «Posted 5 mins ago»\n\nThe council approved the budget.",
                      referenceDate: "2025-12-06T18:00:00Z", expecting: ["6 December 2025, 17:55 UTC"]),
            .triggers("Ana Ruiz · «2h ago»\n\nThe council approved the budget.", expecting: ["remove"]),
            .triggers("«Yesterday at 14:05»\n\nThe council approved the budget.",
                      referenceDate: "2025-12-06T10:00:00Z", expecting: ["5 December 2025, 14:05 UTC"]),
            .triggers("«LIVE»\n\nVoting is under way in the council chamber."),
            .triggers("«Breaking»: The council has approved the budget."),
            .triggers("<p>«Updated <time datetime=\"2025-12-06T09:29:52+01:00\">8 sec ago»</time></p>\n<p>The strike is off.</p>",
                      format: .html, expecting: ["6 December 2025, 09:29 UTC+01:00", "machine-readable time"]),
            .triggers("---\ndate: 2025-12-06T08:00:00Z\nlastmod: 2025-12-06T11:00:00Z\n---\n\n«Updated 5 min ago»\n\nThe council approved the budget.\n",
                      format: .markdown, expecting: ["6 December 2025, 10:55 UTC", "modification date"]),
            .triggers("«Updated 5 min ago»\n\nThe council approved the budget.", referenceDate: "2025-12-06",
                      expecting: ["has no time of day"]),
            .passes("The vote took 8 minutes and the session lasted two hours."),
            .passes("The template prints:\n\n```\nUpdated 8 sec ago\n```\n\nuntil the page is a day old.", format: .markdown),
            .passes("Councillors first debated the plan two years ago."),
            .passes("Updated 6 December 2025\n\nThe council approved the budget.",
                    referenceDate: "2025-12-06"),
            .passes("The band will play live on Saturday."),
        ]
    )

    static func findings(_ furniture: FurnitureScan) -> [Finding] {
        var findings: [Finding] = []
        for stamp in furniture.stamps {
            var properties: [String: JSONValue] = ["kind": .string("relative-stamp")]
            let fix: Fix
            let advice: String
            if let absolute = stamp.absolute {
                let written = AbsoluteTimeText.format(absolute)
                properties["absoluteTime"] = .string(absolute.description)
                properties["basis"] = stamp.basis.map { .string($0) }
                fix = .replace(stamp.range, with: stamp.label + written, description: "Write the absolute time")
                advice = "write the absolute time (\(written), from the \(stamp.basis ?? "reference date"))"
            } else {
                // Whether to delete the stamp or look the time up is the editor's call.
                fix = .replace(stamp.removalRange, with: "", description: "Remove the stamp", isAutomatic: false)
                advice = stamp.basis == FurnitureScanner.dateOnlyBasis
                    ? "remove it, or write the absolute time (the article's date has no time of day to count back from)"
                    : "remove it, or write the absolute time (no reference time is known to compute it)"
            }
            findings.append(Finding(
                ruleID: id,
                message: "This stamp counts from the moment the page was read and is wrong once published; \(advice).",
                range: stamp.range, fixes: [fix], properties: properties))
        }
        for live in furniture.liveLabels {
            findings.append(Finding(
                ruleID: id,
                message: "A live-page label goes stale once the article is published; remove it.",
                range: live.range,
                fixes: [.replace(live.removalRange, with: "", description: "Remove the label")],
                properties: ["kind": .string("live-label")]))
        }
        return findings
    }
}
