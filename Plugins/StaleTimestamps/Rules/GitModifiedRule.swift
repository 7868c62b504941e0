import CopydeskCore

/// `stale-timestamps/git-modified`: the file changed in git well after its Updated label says.
enum GitModifiedRule {
    static let id = "stale-timestamps/git-modified"

    static let description = RuleDescription(
        id: id,
        shortDescription: "The file's last git commit is later than its \"Updated\" label by more than a few days.",
        fullDescription: """
            When a file in a git work tree was last committed days after the date its "Updated …" label gives, the \
            text changed without the label. Off by default: the run must look up each file's last commit \
            (the engine fills it in when asked). The option `gitModifiedDays` (default 1) sets how many days the \
            commit may follow the label.
            """,
        help: """
            Update the label to the date of the last change (`Updated 12 December 2025` for a commit made that \
            day), or remove it. Turn the rule on in `.copydesk.yml` and set the tolerance with \
            `stale-timestamps: { gitModifiedDays: 3 }`.
            """,
        defaultLevel: .warning,
        enabledByDefault: false,
        examples: [
            .triggers("«Updated 6 December 2025»\n\nThe council approved the budget.", referenceDate: "2025-12-06",
                      now: "2025-12-13T12:00:00Z", expecting: ["6 days after"], lastCommitDate: "2025-12-12T10:00:00Z"),
            .passes("Updated 6 December 2025\n\nThe council approved the budget.", referenceDate: "2025-12-06",
                    now: "2025-12-13T12:00:00Z", lastCommitDate: "2025-12-07T10:00:00Z"),
            .passes("Updated 6 December 2025\n\nThe council approved the budget.", referenceDate: "2025-12-06",
                    now: "2025-12-13T12:00:00Z", options: .object(["gitModifiedDays": .int(7)]),
                    lastCommitDate: "2025-12-12T10:00:00Z"),
            .passes("Updated 6 December 2025\n\nThe council approved the budget.", referenceDate: "2025-12-06"),
        ]
    )

    static func findings(_ furniture: FurnitureScan, document: Document, maxDays: Int) -> [Finding] {
        guard let commit = document.metadata.lastCommitDate else { return [] }
        return furniture.updatedLabels.compactMap { label in
            let days = DateArithmetic.days(from: label.date.date, to: commit)
            guard days > Double(maxDays) else { return nil }
            let whole = Int(days.rounded(.down))
            return Finding(
                ruleID: id,
                message: "The file's last commit (\(commit)) is \(whole) day\(whole == 1 ? "" : "s") after its Updated label (\(label.date.date)); the text changed without the label.",
                range: label.range,
                fixes: [.replace(label.date.range, with: AbsoluteTimeText.format(commit), description: "Date the label by the last commit")],
                properties: ["labelDate": .string(label.date.date.description), "lastCommitDate": .string(commit.description)])
        }
    }
}
