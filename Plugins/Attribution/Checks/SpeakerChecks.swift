import CopydeskText
import CopydeskCore

/// `attribution/first-reference`: a source quoted by surname alone before the text gives the full name.
enum FirstReferenceCheck {
    static func findings(quotes: [AttributedQuote], analysis: AttributionAnalysis) -> [Finding] {
        let names = analysis.fullNames
        var reported: Set<String> = []
        var findings: [Finding] = []
        for quote in quotes {
            guard let speaker = quote.speaker, let range = quote.speakerRange else { continue }
            let words = speaker.split(separator: " ").map(String.init)
            let nameWords = words.filter { !WordClasses.honorifics.contains($0.lowercased()) }
            guard nameWords.count == 1, let surname = nameWords.first, isSurname(surname),
                  !analysis.lowercaseWords.contains(surname.lowercased()) else { continue }
            let key = SpeakerResolver.surnameKey(surname)
            guard !reported.contains(key) else { continue }
            reported.insert(key)
            let position = analysis.text.scalarIndex(ofUTF8: range.lowerBound)
            let mentions = names[key] ?? []
            if mentions.contains(where: { $0.range.lowerBound < position }) { continue }
            let message: String
            if let later = mentions.first {
                message = "\(speaker) is quoted by surname before the full name (\(later.name)) appears: give the full name at first reference."
            } else {
                message = "\(speaker) is quoted by surname only: give the full name (and role) at first reference."
            }
            findings.append(Finding(ruleID: AttributionRules.firstReference, message: message, range: range))
        }
        return findings
    }

    /// A capitalised single word that reads as a surname: not a pronoun, not an acronym, no inner capitals.
    private static func isSurname(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, CharacterClass.isUppercase(first), scalars.count > 1 else { return false }
        let lower = word.lowercased()
        let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
        for form in [lower, singular] where WordClasses.subjectPronouns.contains(form) || WordClasses.determiners.contains(form)
            || WordClasses.roles.contains(form) || WordClasses.organisations.contains(form) || WordClasses.documents.contains(form) {
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
