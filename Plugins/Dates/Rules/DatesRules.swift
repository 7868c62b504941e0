import CopydeskCore

/// The rules of the `dates` plugin: ids, documentation and examples.
enum DatesRules {
    static let expression = "dates/expression"
    static let weekdayMismatch = "dates/weekday-mismatch"
    static let invalidDate = "dates/invalid-date"
    static let ambiguousNumeric = "dates/ambiguous-numeric"
    static let unresolvedRelative = "dates/unresolved-relative"
    static let houseStyle = "dates/house-style"

    static let frontMatterArticle = """
    ---
    title: Council vote
    date: 2025-12-06
    ---

    The council met on «Tuesday» and will vote again «next week».
    """

    static let htmlArticle = """
    <html><head><title>Council vote</title>
    <meta property="article:published_time" content="2025-12-06T09:00:00Z"></head>
    <body><p>The council met on «Tuesday» and approved the budget for «2026».</p></body></html>
    """

    static let all: [RuleDescription] = [
        RuleDescription(
            id: expression,
            shortDescription: "A temporal expression, normalised to a TIMEX3 value against the publication date.",
            fullDescription: """
            Every date, time, duration and frequency in the copy, with its TIMEX3 normalisation in \
            `properties.timex` (type, value, mod, and the anchor: the reference date used). Relative \
            expressions ("Tuesday", "last month", "a year earlier") are resolved against the \
            publication date and the tense of the clause, so an editor can check each one against the \
            calendar.
            """,
            help: """
            Nothing to fix: this is a fact tag. Check that the value is the day you mean. In a story \
            published Saturday 6 December 2025, "met on Tuesday" is 2025-12-02 and "will meet on \
            Tuesday" is 2025-12-09; if the story runs later, write the date ("Dec. 2").
            """,
            defaultLevel: .note,
            examples: [
                .triggers("The council met on «Tuesday».", referenceDate: "2025-12-06", expecting: ["2025-12-02"]),
                .triggers("Profit fell «late last month».", referenceDate: "2025-12-06", expecting: ["\"mod\":\"END\"", "2025-11"]),
                .triggers("The contract runs for «three years».", referenceDate: "2025-12-06", expecting: ["P3Y"]),
                .triggers("The store opens «every Tuesday».", referenceDate: "2025-12-06", expecting: ["XXXX-WXX-2"]),
                .triggers("The law takes effect «Jan. 1».", referenceDate: "2025-12-06", expecting: ["2026-01-01"]),
                .triggers("Doors open at «7.30pm» in the main hall.", referenceDate: "2025-12-06", expecting: ["2025-12-06T19:30"]),
                .triggers("Kick-off «19:45», with the gates open early.", referenceDate: "2025-12-06", expecting: ["2025-12-06T19:45"]),
                .triggers("Polls close at «half past nine tonight».", referenceDate: "2025-12-06", expecting: ["2025-12-06T21:30"]),
                .triggers("The minister speaks at «0930 GMT».", referenceDate: "2025-12-06", expecting: ["2025-12-06T09:30"]),
                .triggers("Shops stay open late before «Eid al-Fitr 2026».", referenceDate: "2025-12-06", expecting: ["2026-03-20"]),
                .triggers("Hotels are booked for «Passover 2027».", referenceDate: "2025-12-06", expecting: ["2027-04-22"]),
                .triggers("Families gathered for «Orthodox Easter last year».", referenceDate: "2025-12-06", expecting: ["2024-05-05"]),
                .triggers("Agents are booking trips for «next Chinese New Year».", referenceDate: "2025-12-06", expecting: ["2026-02-17"]),
                .triggers("The board meets on «the first Monday in June».", referenceDate: "2025-12-06", expecting: ["2026-06-01"]),
                .triggers("Rent is due «the last Friday of the month».", referenceDate: "2025-12-06", expecting: ["2025-12-26"]),
                .triggers("The results come «the day after tomorrow».", referenceDate: "2025-12-06", expecting: ["2025-12-08"]),
                .triggers("The hearing resumes «Friday after next».", referenceDate: "2025-12-06", expecting: ["2025-12-19"]),
                .triggers("Sales rose in «Q2 2026», the filing says.", referenceDate: "2025-12-06", expecting: ["2026-Q2"]),
                .triggers("The offer ends «25/12/2025».", referenceDate: "2025-12-06", expecting: ["2025-12-25"]),
                .triggers("see you «thurs» at the match, the new season starts «march 2026» i think", referenceDate: "2025-12-06", expecting: ["2026-03"]),
                .triggers("The festival will run «12»-«14 March».", referenceDate: "2025-12-06", expecting: ["2026-03-12", "2026-03-14"]),
                .passes("The price of a pint rose to 5.30 in the city.", referenceDate: "2025-12-06"),
                .passes("Sales were good on the whole and we may open a second shop.", referenceDate: "2025-12-06"),
                .triggers(frontMatterArticle, format: .markdown, expecting: ["2025-12-02", "2025-W50"]),
                .triggers(htmlArticle, format: .html, expecting: ["2025-12-02", "\"anchor\":\"2025-12-06T09:00:00Z\""]),
                .passes("The council voted to approve the budget."),
                .passes("The 6-year-old boy said he may come back.", referenceDate: "2025-12-06"),
            ]),
        RuleDescription(
            id: weekdayMismatch,
            shortDescription: "A weekday that does not match the date it is written with.",
            fullDescription: """
            "Tuesday, Dec. 3, 2025" when Dec. 3, 2025 is a Wednesday: one of the two is wrong, and \
            readers will not know which. The year is the written one, or the one the publication date \
            implies.
            """,
            help: """
            Check the calendar and correct the weekday or the date. Two fixes are offered: keep the \
            date and change the weekday ("Wednesday, Dec. 3, 2025"), or keep the weekday and move \
            the date to the nearest such day ("Tuesday, Dec. 2, 2025").
            """,
            defaultLevel: .error,
            examples: [
                .triggers("The hearing is set for «Tuesday, Dec. 3, 2025».", expecting: ["Wednesday"]),
                .triggers("They met on «Friday, 4 December».", referenceDate: "2025-12-06", expecting: ["Thursday"]),
                .passes("The hearing is set for Wednesday, Dec. 3, 2025."),
                .passes("They met on Friday, Dec. 5.", referenceDate: "2025-12-06"),
                .triggers("""
                    <html><head><meta property="article:published_time" content="2025-12-06"></head>
                    <body><p>The talks resume «Monday, Dec. 9».</p></body></html>
                    """, format: .html, expecting: ["Tuesday"]),
                .passes("""
                    ---
                    date: 2025-12-06
                    ---

                    The talks resume Monday, Dec. 8.
                    """, format: .markdown),
            ]),
        RuleDescription(
            id: invalidDate,
            shortDescription: "A date that does not exist, such as Feb. 30 or 31 April.",
            fullDescription: "A day the month does not have: \"Feb. 30\", \"31 April\", \"Feb. 29, 2025\". Usually a typo in the day or the month.",
            help: "Correct the day or the month: \"31 April\" may be \"30 April\" or \"31 March\". February has 29 days in leap years only (2024, 2028).",
            defaultLevel: .error,
            examples: [
                .triggers("The deadline is «Feb. 30».", referenceDate: "2025-12-06"),
                .triggers("Results are due on «31 April 2026».", expecting: ["April has 30 days"]),
                .triggers("It happened on «Feb. 29, 2025»."),
                .passes("It happened on Feb. 29, 2024."),
                .passes("Results are due on 30 April 2026."),
                .triggers("""
                    ---
                    date: 2026-02-10
                    ---

                    The filing deadline is «Feb. 30».
                    """, format: .markdown, expecting: ["February 2026 has 28 days"]),
                .passes("<html><body><p>The filing deadline is Feb. 28.</p></body></html>", format: .html),
            ]),
        RuleDescription(
            id: ambiguousNumeric,
            shortDescription: "A numeric date whose day and month could be swapped, such as 03/04/2025.",
            fullDescription: """
            "03/04/2025" is 4 March in the United States and 3 April in most of the world. The rule \
            reports numeric dates whose two leading numbers could both be a month, unless the \
            plugin option `numericOrder` (`mdy` or `dmy`) says how the newsroom writes them.
            """,
            help: """
            Write the month as a word ("March 4, 2025" or "3 April 2025"); or, if the copy follows \
            one convention, set it in `.copydesk.yml`:

            ```yaml
            plugins:
              dates:
                numericOrder: dmy
            ```
            """,
            defaultLevel: .warning,
            examples: [
                .triggers("The filing is dated «03/04/2025».", expecting: ["March 4, 2025", "3 April 2025"]),
                .passes("The filing is dated 03/24/2025."),
                .passes("The filing is dated 03/04/2025.", options: ["numericOrder": "dmy"]),
                .triggers("<html><body><p>Filed «04/05/2025» in Boston.</p></body></html>", format: .html),
                .passes("""
                    ---
                    date: 2025-12-06
                    ---

                    Filed 04/25/2025 in Boston.
                    """, format: .markdown),
            ]),
        RuleDescription(
            id: unresolvedRelative,
            shortDescription: "Relative dates in a file with no publication date to resolve them against.",
            fullDescription: """
            "Tuesday", "last month" and "a year ago" mean nothing without the day the story was \
            published. Reported once per file, at the first relative expression, when the file has no \
            publication date (front matter `date`, HTML `article:published_time`, or `--reference-date`).
            """,
            help: """
            Give the file its publication date: `date: 2025-12-06` in the front matter, \
            `<meta property="article:published_time" content="2025-12-06T09:00:00Z">` in HTML, or \
            `copydesk lint --reference-date 2025-12-06` for plain text.
            """,
            defaultLevel: .note,
            examples: [
                .triggers("The council met on «Tuesday» and will meet again next week."),
                .triggers("<html><body><p>Shares fell «yesterday».</p></body></html>", format: .html),
                .passes("""
                    ---
                    date: 2025-12-06
                    ---

                    Shares fell yesterday.
                    """, format: .markdown),
                .passes("The council met on Tuesday.", referenceDate: "2025-12-06"),
                .passes("The council met on Dec. 2, 2025."),
            ]),
        RuleDescription(
            id: houseStyle,
            shortDescription: "A date written in another style than the house style (AP or day-month-year).",
            fullDescription: """
            Dates written with a month name and a day, in another form than the configured style: \
            AP ("Dec. 6, 2025"; March to July spelled out; no ordinals) or day-month-year \
            ("6 December 2025"). Off by default; choose the style with the plugin option `style`.
            """,
            help: """
            Rewrite the date in the house style; the fix does it. Turn the rule on and pick the style:

            ```yaml
            plugins:
              dates:
                style: dmy
            rules:
              dates/house-style: warning
            ```
            """,
            defaultLevel: .warning,
            enabledByDefault: false,
            examples: [
                .triggers("The vote is on «6 December 2025».", expecting: ["Dec. 6, 2025"]),
                .triggers("The vote is on «December 6th».", referenceDate: "2025-12-01", expecting: ["Dec. 6"]),
                .triggers("The vote is on «Dec. 6, 2025».", options: ["style": "dmy"], expecting: ["6 December 2025"]),
                .passes("The vote is on Dec. 6, 2025, in the old hall."),
                .passes("The vote is on 6 December 2025.", options: ["style": "dmy"]),
                .triggers("""
                    <html><head><meta property="article:published_time" content="2025-12-01T08:00:00Z"></head>
                    <body><p>The vote is on «December 6».</p></body></html>
                    """, format: .html, expecting: ["Dec. 6"]),
                .passes("""
                    ---
                    date: 2025-12-01
                    ---

                    The vote is on Dec. 6.
                    """, format: .markdown),
            ]),
    ]
}
