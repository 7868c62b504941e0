import CopydeskText
import CopydeskCore

/// `attribution/first-reference`: a person quoted by surname alone before the text gives the full name.
///
/// Only people need a full name: a country, a capital standing for its government, an institution
/// or a company quoted under one word ("Moscow denied", "Uefa said", "Volkswagen said") is not
/// reported, nor is a surname after an office ("President Reagan"), a speaker in a headline, or a
/// name any earlier full name contains ("Paredes" after "Rodrigo Paredes Ibarra", "Sir Paul" after
/// "Sir Paul McCartney").
enum FirstReferenceCheck {
    static func findings(quotes: [AttributedQuote], analysis: AttributionAnalysis) -> [Finding] {
        let names = analysis.fullNames
        // Where each word of a full name first appears ("rodrigo", "paredes", "ibarra").
        var firstFullName: [String: FullNameMention] = [:]
        for mention in names.values.joined() {
            for word in mention.name.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let key = SpeakerResolver.surnameKey(String(word))
                if let known = firstFullName[key], known.range.lowerBound <= mention.range.lowerBound { continue }
                firstFullName[key] = mention
            }
        }
        let evidence = NonPersonEvidence(paragraphs: analysis.paragraphs)
        let headings = RangeCover(analysis.headingRanges)
        var reported: Set<String> = []
        var findings: [Finding] = []
        for quote in quotes {
            // Only the subject of a reporting verb is "quoted by surname"; a source read off the
            // clause a partial quotation sits in may be any capitalised word ("Investigations found …").
            guard let speaker = quote.speaker, let range = quote.speakerRange,
                  quote.verb != nil || quote.method == Attribution.Method.colon.rawValue else { continue }
            let position = analysis.text.scalarIndex(ofUTF8: range.lowerBound)
            if headings.contains(position: position) { continue }
            let words = speaker.split(separator: " ").map(String.init)
            let titles = words.filter { WordClasses.honorifics.contains($0.lowercased()) }
            // An office before the surname ("President Reagan", "Sir Paul") is a recognised first reference.
            guard titles.allSatisfy({ NonPersonEvidence.courtesyTitles.contains($0.lowercased()) }) else { continue }
            let nameWords = words.filter { !WordClasses.honorifics.contains($0.lowercased()) }
            guard nameWords.count == 1, let surname = nameWords.first, isSurname(surname),
                  !analysis.lowercaseWords.contains(surname.lowercased()) else { continue }
            let key = SpeakerResolver.surnameKey(surname)
            guard !reported.contains(key) else { continue }
            reported.insert(key)
            if titles.isEmpty && evidence.isNonPerson(key) { continue }
            if opensLongerName(analysis.text, after: analysis.text.scalarIndex(ofUTF8: range.upperBound)) { continue }
            if evidence.isTitled(key) { continue }
            let mention = firstFullName[key]
            if let mention, mention.range.lowerBound <= position { continue }
            // A misspelling of a name given in full earlier ("Daveport" after "Lindsay Davenport") is a
            // typo to fix, not a missing first name.
            if mention == nil, key.count >= 5, firstFullName.contains(where: { $0.value.range.lowerBound < position
                && $0.key.count >= 5 && Self.withinTwoEdits(key, $0.key) }) {
                continue
            }
            let message: String
            if let later = mention {
                message = "\(speaker) is quoted by surname before the full name (\(later.name)) appears: give the full name at first reference."
            } else {
                message = "\(speaker) is quoted by surname only: give the full name (and role) at first reference."
            }
            findings.append(Finding(ruleID: AttributionRules.firstReference, message: message, range: range))
        }
        return findings
    }

    /// Whether two words differ by at most two insertions, deletions or substitutions.
    static func withinTwoEdits(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= 2 else { return false }
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) <= 2 }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= 2
    }

    /// Whether the word before `position` opens a longer name the speaker finder cut short: "Ernst
    /// and Young's Sanjay Mehta", "Prescott, Ball and Turben analyst …", "War on Want's John Hilary".
    private static func opensLongerName(_ text: ScalarText, after position: Int) -> Bool {
        func word(at start: Int) -> (String, end: Int)? {
            var i = start
            while i < text.count, CharacterClass.isSpace(text[i]) { i += 1 }
            var j = i
            while j < text.count, CharacterClass.isWordCharacter(text[j]) || text[j] == "’" || text[j] == "'" { j += 1 }
            return j > i ? (text.string(i..<j), j) : nil
        }
        guard position < text.count else { return false }
        if text[position] == "’" || text[position] == "'" { return true }
        var next = position
        if text[position] == "," { next += 1 }
        guard let (first, end) = word(at: next) else { return false }
        if ["and", "&", "on", "of"].contains(first.lowercased()), let (second, _) = word(at: end),
           second.unicodeScalars.first.map(CharacterClass.isUppercase) == true {
            return true
        }
        // "Prescott, Ball and …", "Levesque, Beaubien Inc": capitalised names joined by "and" or
        // closed by a legal form are a firm's name.
        if text[position] == ",", first.unicodeScalars.first.map(CharacterClass.isUppercase) == true,
           let (third, _) = word(at: end),
           third.lowercased() == "and" || NonPersonEvidence.organisationWords.contains(third.lowercased()) {
            return true
        }
        return false
    }

    /// A capitalised single word that reads as a surname: not a pronoun, not an acronym, not a
    /// sentence adverb ("However", "Whenever"), not a common noun's plural or a participle by its
    /// ending ("Academics", "Auditions", "Congressmen", "Answering"), no inner capitals.
    private static func isSurname(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, CharacterClass.isUppercase(first), scalars.count > 1 else { return false }
        let lower = word.lowercased()
        if ["ing", "ions", "ics", "men", "ists", "ments", "ities", "eurs"].contains(where: { lower.hasSuffix($0) }) { return false }
        let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
        for form in [lower, singular] where WordClasses.subjectPronouns.contains(form) || WordClasses.determiners.contains(form)
            || WordClasses.roles.contains(form) || WordClasses.organisations.contains(form) || WordClasses.documents.contains(form)
            || WordClasses.sentenceAdverbs.contains(form) || WordClasses.subordinators.contains(form)
            || WordClasses.weekdays.contains(form) || WordClasses.months.contains(form) {
            return false
        }
        return scalars.dropFirst().allSatisfy { !CharacterClass.isUppercase($0) && ($0.properties.isAlphabetic || $0 == "-" || $0 == "’" || $0 == "'") }
    }
}

/// `attribution/verb-tense`: one speaker introduced with both "says" and "said".
enum VerbTenseCheck {
    static func findings(quotes: [AttributedQuote]) -> [Finding] {
        var firstTense: [String: (present: Bool, verb: String)] = [:]
        var reported: Set<String> = []
        var findings: [Finding] = []
        for quote in quotes {
            guard let speaker = quote.resolvedSpeaker ?? quote.speaker, let verb = quote.verb, let verbRange = quote.verbRange,
                  let entry = ReportingVerbs.entry(verb.lowercased()) else { continue }
            let present: Bool
            switch entry.form {
            case .present: present = true
            case .past: present = false
            default: continue
            }
            let key = speaker.lowercased()
            if let first = firstTense[key] {
                if first.present != present && !reported.contains(key) {
                    reported.insert(key)
                    findings.append(Finding(
                        ruleID: AttributionRules.verbTense,
                        message: "\(speaker) is introduced with \"\(first.verb)\" and later with \"\(verb)\": keep one tense for a speaker.",
                        range: verbRange))
                }
            } else {
                firstTense[key] = (present, verb)
            }
        }
        return findings
    }
}
