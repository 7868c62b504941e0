import CopydeskText
import CopydeskCore

/// Finds vague attribution ("critics say", "it is understood", "reportedly") and anonymous sources
/// ("a person familiar with the talks"), each on the phrase itself.
struct WeakSourceFinder: Sendable {
    /// The compiled finder; the patterns are constant, so a failure is a programming error reported per run.
    static let shared = WeakSourceFinderHandle()

    private static let speechVerbs =
        #"(?:say|says|said|argue|argues|argued|believe|believes|believed|claim|claims|claimed|suggest|suggests|suggested|contend|contends|contended|fear|fears|feared|warn|warns|warned|think|thinks|thought|insist|insists|insisted|note|notes|noted|allege|alleges|alleged|point\s+out|pointed\s+out|maintain|maintained|complain|complained|worry|worried)"#

    /// The anonymous-person, anonymous-condition and vague-source patterns, in that order.
    let openerPatterns: OpenerScanner
    let reason: Pattern

    /// The people an anonymous source is ("a senior official familiar with …").
    private static let anonymousNouns = [
        "source", "sources", "official", "officials", "person", "people", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "diplomat", "diplomats", "insider", "insiders", "executive", "executives", "staffer", "staffers",
        "employee", "employees", "member", "members", "officer", "officers",
    ]
    /// The one person of a group quoted ("one diplomat said").
    private static let oneNouns = [
        "diplomat", "official", "banker", "trader", "dealer", "analyst", "aide", "insider", "executive", "economist", "adviser", "advisor",
    ]

    init() throws {
        let verbs = Self.speechVerbs
        let vague = try OpenerPattern([
            .init(openers: ["critics", "opponents", "observers", "experts", "analysts", "insiders", "sources", "commentators", "pundits",
                            "detractors", "skeptics", "sceptics", "officials", "diplomats", "bankers", "traders", "dealers",
                            "economists", "investors", "strategists", "forecasters"],
                  rest: #"\s+(?:(?:have|had|would|also|often)\s+)?"# + verbs + #"\b"#),
            .init(openers: ["some", "many", "most", "several"],
                  rest: #"(?:\s+(?:people|observers|economists|scientists|voters|americans|residents|members|lawmakers|analysts|experts|critics))?\s+(?:have\s+)?"# + verbs + #"\b"#),
            // "Many people in the town feel …", not "many people were injured".
            .init(openers: ["many"], rest: #"\s+people\b(?=(?:\s+[\p{L}’'-]+){0,4}?\s+(?:feel|feels|felt|fear|fears|feared|"# + verbs.dropFirst(3) + #"\b)"#),
            .init(openers: ["there"], rest: #"\s+(?:is|was|has\s+been)\s+(?:growing\s+|widespread\s+|much\s+)?(?:speculation|talk)\b"#),
            .init(openers: ["rumours", "rumors"], rest: #"\s+(?:have\s+|had\s+)?(?:circulated|swirled|spread|persisted)\b"#),
            .init(openers: ["it"],
                  rest: #"\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|now\s+|also\s+)?(?:understood|believed|thought|said|reported|claimed|rumou?red|alleged|suggested|argued|feared)\b"#),
            .init(openers: ["reportedly", "allegedly", "supposedly", "purportedly", "rumoredly", "rumouredly"], rest: #"\b"#),
            .init(openers: ["according"], rest: #"\s+to\s+(?:some|many|reports|sources|critics|experts|observers|insiders|people)\b"#),
            .init(openers: ["people", "everybody", "everyone"], rest: #"\s+(?:are|is)\s+saying\b"#),
            .init(openers: ["there"], rest: #"\s+are\s+(?:those|some|many)\s+who\s+(?:say|believe|think|argue)\b"#),
            .init(openers: ["widely", "generally"], rest: #"\s+(?:believed|reported|thought|seen\s+as|regarded\s+as)\b"#),
        ])
        let anonymousPerson = try OpenerPattern([
            .init(openers: ["a", "an", "one", "two", "three", "four", "several", "some", "other", "another", "the"],
                  rest: #"\s+(?:[\p{L}-]+\s+){0,4}?(?:"# + Self.anonymousNouns.joined(separator: "|") + #")(?:\s+(?:at|from|in|with)\s+(?:the\s+|a\s+)?[\p{L}-]+)?\s*,?\s+(?:(?:who\s+(?:is|are|was|were)\s+)?(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about|involved\s+in|privy\s+to)(?:\s+(?:the|a|an|his|her|their|its)\s+[\p{L}-]+)?|who\s+(?:asked|requested|spoke|declined|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not|would\s+not)\b|(?:speaking|spoke)\s+on\s+(?:the\s+)?condition)"#,
                  needs: .init(words: Self.anonymousNouns, reach: 5)),
            .init(openers: ["people", "sources", "those"],
                  rest: #"\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s+(?:the|a|an|his|her|their|its)\s+[\p{L}-]+"#),
            .init(openers: ["friends"], rest: #"\s+of\s+(?:the|his|her|their)\s+(?-i:[a-z][\p{L}-]*)"#),
            .init(openers: ["one"],
                  rest: #"\s+(?:[\p{L}-]+\s+){0,2}?(?:"# + Self.oneNouns.joined(separator: "|") + #")\s+(?:said|says|told)\b"#,
                  needs: .init(words: Self.oneNouns, reach: 3)),
            .init(openers: ["a", "an"], rest: #"\s+anonymous\s+(?:[\p{L}-]+\s+){0,2}?(?:source|sources|official|officials|person|aide|insider|staffer)\b"#,
                  needs: .init(words: ["anonymous"], reach: 1)),
            .init(openers: ["anonymous"], rest: #"\s+(?:[\p{L}-]+\s+){0,2}?(?:source|sources|official|officials|person|aide|insider|staffer)\b"#),
            .init(openers: ["a", "one", "another"], rest: #"\s+(?:[\p{L}-]+\s+){0,2}?source\b(?!\s+of\b)"#,
                  needs: .init(words: ["source"], reach: 3)),
        ])
        let anonymousCondition = try OpenerPattern([
            .init(openers: ["speaking", "spoke", "spoken"], rest: #"\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b"#),
            .init(openers: ["asked", "requested", "declined"], rest: #"\s+not\s+to\s+be\s+(?:named|identified)\b"#),
            .init(openers: ["requested"], rest: #"\s+anonymity\b"#),
            .init(openers: ["asked"], rest: #"\s+for\s+anonymity\b"#),
            .init(openers: ["was", "were"], rest: #"\s+granted\s+anonymity\b"#),
            .init(openers: ["declined"], rest: #"\s+to\s+be\s+(?:named|identified)\b"#),
        ])
        openerPatterns = OpenerScanner([anonymousPerson, anonymousCondition, vague])
        reason = try Pattern(
            #"\b(?:because|not\s+authori[sz]ed|to\s+discuss|to\s+speak\s+(?:publicly|on\s+the\s+record)|for\s+fear|fear\s+of|reprisals?|retaliation|retribution|sensitive|sensitivity|confidential|private|privately|ongoing|not\s+(?:permitted|allowed)|to\s+protect|due\s+to)\b"#,
            options: [.caseless])
    }

    /// Vague-source and anonymous-source findings outside the quotations.
    func findings(in document: Document, quoteRanges: [Range<Int>]) throws -> [Finding] {
        let text = document.text
        // Every question below is answered by binary search, not by a scan of all quotations,
        // sentences or matches for each match (quadratic in a text with thousands of each).
        let quotes = RangeCover(quoteRanges)
        func insideQuote(_ range: Range<Int>) -> Bool { quotes.contains(range) }
        var findings: [Finding] = []

        var anonymous: [(range: Range<Int>, sentence: Range<Int>)] = []
        var anonymousSentences: Set<Range<Int>> = []
        // Split only for a text with an anonymous source.
        lazy var sentences = document.sentences
        lazy var sentencesInOrder = zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
        func sentence(of range: Range<Int>) -> Range<Int> {
            guard sentencesInOrder else { return sentences.first { $0.contains(range.lowerBound) } ?? range }
            var low = 0, high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
            }
            return low < sentences.count && sentences[low].contains(range.lowerBound) ? sentences[low] : range
        }
        // The three patterns' openers are looked for in one pass over the text.
        let matches = try openerPatterns.matches(in: text)
        for range in matches[0] + matches[1] where !insideQuote(range) {
            let containing = sentence(of: range)
            if anonymousSentences.insert(containing).inserted {
                anonymous.append((range, containing))
            }
        }
        let anonymousCover = RangeCover(anonymous.map(\.range).filter { !$0.isEmpty })
        for (range, containing) in anonymous {
            let sentenceText = document.text(of: containing)
            let hasReason = try reason.firstMatch(in: sentenceText) != nil
            let phrase = document.text(of: range)
            findings.append(Finding(
                ruleID: AttributionRules.anonymousSource, level: hasReason ? nil : .warning,
                message: hasReason
                    ? "Anonymous source \"\(phrase)\": the reason for anonymity is given; check it is one readers can accept."
                    : "Anonymous source \"\(phrase)\" with no reason given for granting anonymity.",
                range: range))
        }

        for range in matches[2] where !insideQuote(range) && !anonymousCover.overlaps(range) {
            let phrase = document.text(of: range)
            findings.append(Finding(
                ruleID: AttributionRules.vagueSource,
                message: "Vague attribution \"\(phrase)\": name who says so, or say how the claim is known.",
                range: range))
        }
        return findings
    }
}

/// The shared finder, or the error that kept its patterns from compiling.
struct WeakSourceFinderHandle: Sendable {
    let result: Result<WeakSourceFinder, Error>

    init() {
        result = Result { try WeakSourceFinder() }
    }

    func findings(in document: Document, quoteRanges: [Range<Int>]) throws -> [Finding] {
        try result.get().findings(in: document, quoteRanges: quoteRanges)
    }
}
