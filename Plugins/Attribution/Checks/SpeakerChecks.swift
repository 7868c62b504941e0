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
        // Where each word of a full name first appears ("rodrigo", "paredes", "ibarra"): read once a
        // candidate surname asks.
        lazy var firstFullName: [String: FullNameMention] = {
            var result: [String: FullNameMention] = [:]
            for mention in analysis.fullNames.values.joined() {
                for word in mention.name.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    let key = SpeakerResolver.surnameKey(String(word))
                    if let known = result[key], known.range.lowerBound <= mention.range.lowerBound { continue }
                    result[key] = mention
                }
            }
            return result
        }()
        // Read off the whole text only once a candidate surname gets as far as asking it.
        lazy var evidence = NonPersonEvidence(paragraphs: analysis.paragraphs)
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
            let mention = firstFullName[key]
            let laterFullName = mention.map { $0.range.lowerBound > position && Self.opensWithGivenName($0.name) } ?? false
            if OrganisationWords.legalForms.contains(key) { continue }
            // A colon's source read off the clause before it must be that clause's subject, followed by
            // its verb ("Rahimi was blunt:", "Okafor disagreed:"), not a modifier ("German desert uniform …").
            if quote.verb == nil, !isFollowedByVerb(analysis.text, after: analysis.text.scalarIndex(ofUTF8: range.upperBound)) { continue }
            if let verbRange = quote.verbRange, !isVerbsSubject(analysis.text, speaker: position..<analysis.text.scalarIndex(ofUTF8: range.upperBound),
                                                              verb: analysis.text.scalarIndex(ofUTF8: verbRange.lowerBound)..<analysis.text.scalarIndex(ofUTF8: verbRange.upperBound)) {
                continue
            }
            if isCoordinatedInsidePhrase(analysis.text, before: position) { continue }
            // Only a person's surname needs a first name: without a courtesy title ("Mr Howard") or a
            // later full name ("Gordon Brown"), a word the language, the text or a list makes
            // something else is not one ("Anger", "German", "Tory", "Michelle", "Softbank", "Ronaldinho").
            let person = !titles.isEmpty || evidence.isCourtesyTitled(key)
            if !person {
                if evidence.isNonPerson(key) || evidence.isOneName(key) { continue }
                if !laterFullName, GroupAdjectives.contains(key) || PersonalNames.isChieflyGivenName(key)
                    || (EnglishWords.isOrdinary(key) && !PersonalNames.isSurnameWord(key)) {
                    continue
                }
            }
            if isPartOfLongerToken(analysis.text, before: position) { continue }
            if opensLongerName(analysis.text, after: analysis.text.scalarIndex(ofUTF8: range.upperBound)) { continue }
            if evidence.isTitled(key) { continue }
            if let mention, mention.range.lowerBound <= position { continue }
            if hasEarlierFullName(analysis.text, surname: SpeakerResolver.surnameKey(surname, keepingCase: true),
                                  through: analysis.text.scalarIndex(ofUTF8: range.upperBound)) { continue }
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

    /// Words that follow a clause's subject as its verb in a colon-introduced quotation's lead-in:
    /// forms of "be" and "have", modals, and words ending like a verb in the past or present tense.
    private static let leadInVerbs: Set<String> = [
        "was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must",
        "should", "put", "sees", "saw", "thinks", "thought", "knew", "knows", "took", "takes", "felt", "feels",
        "made", "makes", "kept", "keeps", "left", "went", "goes", "came", "comes", "gave", "gives", "got", "gets",
        "also", "then", "later", "again", "still", "too",
    ]

    /// Whether the word after the source reads as its verb ("Rahimi was blunt:", "Okafor disagreed:",
    /// "Lane warns:"), or the source ends its clause.
    private static func isFollowedByVerb(_ text: ScalarText, after position: Int) -> Bool {
        var i = position
        while i < text.count, CharacterClass.isSpace(text[i]) { i += 1 }
        guard i < text.count, CharacterClass.isLetter(text[i]) else { return true }
        var j = i
        while j < text.count, CharacterClass.isLetter(text[j]) { j += 1 }
        let word = text.string(i..<j)
        if CharacterClass.isUppercase(text[i]) { return false }
        let lower = word.lowercased()
        if leadInVerbs.contains(lower) || ReportingVerbs.entry(lower) != nil { return true }
        return lower.hasSuffix("ed") || (lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("ous"))
    }

    /// Whether the source stands right by its verb, as a reporting verb's subject does: "Carver
    /// said", "Carver also told", "Carver, who …, said", "Carver, however, said", "Carver, who has
    /// described", "said Carver", "according to Carver". A source the finder read off a clause whose verb is further on
    /// ("Church ministers are trying …, saying") is not a surname used alone.
    private static func isVerbsSubject(_ text: ScalarText, speaker: Range<Int>, verb: Range<Int>) -> Bool {
        if verb.upperBound <= speaker.lowerBound {
            let between = text.string(verb.upperBound..<speaker.lowerBound).split(whereSeparator: { $0 == " " || $0 == "\n" })
            return between.isEmpty || between == ["to"]
        }
        guard speaker.upperBound <= verb.lowerBound else { return false }
        let words = text.string(speaker.upperBound..<verb.lowerBound).split(whereSeparator: { $0 == " " || $0 == "\n" })
        if let first = words.first, let last = words.last, first.hasPrefix(","), last.hasSuffix(",") { return true }
        // "Mr Blair, who has described …": the verb of a relative clause on the source.
        if words.count >= 2, words[0] == ",", words[1] == "who" { return true }
        return words.allSatisfy { word in
            let lower = word.lowercased()
            return WordClasses.verbModifiers.contains(lower) || WordClasses.isAdverb(lower)
        }
    }

    /// Whether the speaker is the second of two names joined by "and" inside a phrase the speaker
    /// finder cut short: "the star of Rain Man and Tootsie said", "the MP for Sittingbourne and Sheppey said".
    private static func isCoordinatedInsidePhrase(_ text: ScalarText, before position: Int) -> Bool {
        var words: [String] = []
        var i = position
        while words.count < 6 {
            while i > 0, CharacterClass.isSpace(text[i - 1]) { i -= 1 }
            var start = i
            while start > 0, CharacterClass.isLetter(text[start - 1]) || text[start - 1] == "&" { start -= 1 }
            guard start < i else { break }
            words.append(text.string(start..<i))
            i = start
        }
        guard words.count >= 3, words[0] == "and" || words[0] == "&" else { return false }
        var k = 1
        while k < words.count, CharacterClass.isCapitalized(words[k]) { k += 1 }
        guard k > 1, k < words.count else { return false }
        return ["of", "for", "in", "at", "from", "with", "the", "by"].contains(words[k])
    }

    /// Whether a full name opens with a given name or an initial ("Gordon Brown", "J. Brown"), so
    /// that the surname is a person's even when it is also a word.
    private static func opensWithGivenName(_ name: String) -> Bool {
        guard let first = name.split(whereSeparator: { $0 == " " || $0 == "\n" }).first else { return false }
        return PersonalNames.isGivenName(first.lowercased()) || SpeakerResolver.isInitials(String(first))
    }

    /// Whether the speaker's word is the end of a longer token: a number before it ("50 Cent") or a
    /// period with no space ("Halo.Bungie.Org").
    private static func isPartOfLongerToken(_ text: ScalarText, before position: Int) -> Bool {
        guard position > 0 else { return false }
        if text[position - 1] == "." { return true }
        var i = position - 1
        guard CharacterClass.isSpace(text[i]) else { return false }
        while i > 0, CharacterClass.isSpace(text[i]) { i -= 1 }
        return CharacterClass.isDigit(text[i])
    }

    /// Whether the surname appears up to `position` (the speaker itself included) as the last word
    /// of a longer name the tokens miss: inside a quotation ("thank (sporting director) Frank Arnesen"), across a line
    /// break, or after a particle joined to it ("Khalaf al-Oteiba", "Rory O' Neill"). The word
    /// before it must be a given name, an initial, or a capitalised word that is not an ordinary
    /// English word, a title, a place or a calendar word ("Methat Shalaby"; not "Yesterday Shalaby").
    static func hasEarlierFullName(_ text: ScalarText, surname: String, through position: Int) -> Bool {
        let pattern = Array(surname.unicodeScalars)
        guard !pattern.isEmpty, position <= text.count else { return false }
        var start = 0
        while start + pattern.count <= position {
            var matches = true
            for (k, scalar) in pattern.enumerated() where text[start + k] != scalar {
                matches = false
                break
            }
            if matches, start + pattern.count == text.count || !CharacterClass.isLetter(text[start + pattern.count]),
               start == 0 || !CharacterClass.isLetter(text[start - 1]),
               let previous = wordBefore(text, start), isFirstNameLike(previous) {
                return true
            }
            start += 1
        }
        return false
    }

    /// The word before the one starting at `start`, over spaces and line breaks; a particle joined
    /// by a hyphen or an apostrophe ("al-", "O'") is stepped over.
    private static func wordBefore(_ text: ScalarText, _ start: Int) -> String? {
        var i = start
        if i > 0, text[i - 1] == "-" || text[i - 1] == "'" || text[i - 1] == "’" {
            i -= 1
            while i > 0, CharacterClass.isLetter(text[i - 1]) { i -= 1 }
        } else if i > 1, text[i - 1] == " ", text[i - 2] == "'" || text[i - 2] == "’" {
            // "O' Neill": an apostrophe particle set apart by a space.
            i -= 2
            while i > 0, CharacterClass.isLetter(text[i - 1]) { i -= 1 }
        }
        var end = i
        while end > 0, CharacterClass.isSpace(text[end - 1]) { end -= 1 }
        guard end < i else { return nil }
        var wordStart = end
        while wordStart > 0, CharacterClass.isLetter(text[wordStart - 1]) || text[wordStart - 1] == "." { wordStart -= 1 }
        return wordStart < end ? text.string(wordStart..<end) : nil
    }

    private static func isFirstNameLike(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, CharacterClass.isUppercase(first) else { return false }
        if SpeakerResolver.isInitials(word) { return true }
        let lower = word.lowercased()
        if PersonalNames.isGivenName(lower) { return true }
        // An acronym ("FA", "BBC") is a body, not a first name.
        if word.unicodeScalars.allSatisfy({ !CharacterClass.isLowercase($0) }) { return false }
        if word.unicodeScalars.contains(".") { return false }
        return !EnglishWords.isOrdinary(lower) && !WordClasses.honorifics.contains(lower)
            && !NonPersonEvidence.courtesyTitles.contains(lower) && !GroupAdjectives.contains(lower)
            && !PlaceNames.all.contains(lower) && !WordClasses.weekdays.contains(lower) && !WordClasses.months.contains(lower)
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
        // "Prescott, Ball and …", "Levesque, Beaubien Inc", "Schroeder, Muenchmeyer, Hengst's
        // Hutmann": capitalised names joined by commas up to "and", a legal form or a possessive
        // are a firm's name.
        var link = position
        var name = first
        var nameEnd = end
        for _ in 0..<4 {
            guard text[link] == ",", name.unicodeScalars.first.map(CharacterClass.isUppercase) == true else { return false }
            if name.hasSuffix("’s") || name.hasSuffix("'s") { return true }
            guard let (third, _) = word(at: nameEnd) else {
                // Another comma-joined name follows ("…, Hengst …").
                var i = nameEnd
                while i < text.count, CharacterClass.isSpace(text[i]) { i += 1 }
                guard i < text.count, text[i] == ",", let (next, nextEnd) = word(at: i + 1) else { return false }
                link = i
                name = next
                nameEnd = nextEnd
                continue
            }
            let lower = third.lowercased()
            return lower == "and" || NonPersonEvidence.organisationWords.contains(lower) || OrganisationWords.legalForms.contains(lower)
        }
        return false
    }

    /// A capitalised single word that reads as a surname: not a pronoun, not an acronym, not a
    /// sentence adverb ("However", "Whenever"), not a common noun's plural or a participle by its
    /// ending ("Academics", "Auditions", "Congressmen", "Answering", "Arbitragers"), no inner capitals.
    private static func isSurname(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, CharacterClass.isUppercase(first), scalars.count > 1 else { return false }
        let lower = word.lowercased()
        if ["ing", "ions", "ics", "men", "ists", "ments", "ities", "eurs"].contains(where: { lower.hasSuffix($0) }) { return false }
        // "Arbitragers", "Investors": a group, unless a common surname ends so ("Rogers", "Connors").
        if lower.hasSuffix("ers") || lower.hasSuffix("ors"), !PersonalNames.isAgentPluralSurname(lower) { return false }
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
