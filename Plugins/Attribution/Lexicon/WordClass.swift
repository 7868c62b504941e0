import CopydeskText

/// The word lists of the attribution analysis a lowercased word belongs to, one bit per list.
///
/// A token's classes are looked up once, when it is made (one hash of its lowercased form), so that
/// the analysis' many questions about it ("a determiner?", "a role?") are bit tests, not hashes of
/// the same String into one set after another. Each class holds exactly the words of its list.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let clauseBoundaries = WordClass(rawValue: 1 << 0)
    static let prepositions = WordClass(rawValue: 1 << 1)
    static let determiners = WordClass(rawValue: 1 << 2)
    static let subjectPronouns = WordClass(rawValue: 1 << 3)
    static let personalPronouns = WordClass(rawValue: 1 << 4)
    static let nonSpeakers = WordClass(rawValue: 1 << 5)
    static let verbModifiers = WordClass(rawValue: 1 << 6)
    static let timeWords = WordClass(rawValue: 1 << 7)
    static let roles = WordClass(rawValue: 1 << 8)
    static let organisations = WordClass(rawValue: 1 << 9)
    static let documents = WordClass(rawValue: 1 << 10)
    static let titleModifiers = WordClass(rawValue: 1 << 11)
    static let honorifics = WordClass(rawValue: 1 << 12)
    static let passiveAuxiliaries = WordClass(rawValue: 1 << 13)
    static let headlineVerbs = WordClass(rawValue: 1 << 14)
    static let communicationNouns = WordClass(rawValue: 1 << 15)
    static let clauseConjunctions = WordClass(rawValue: 1 << 16)
    static let subordinators = WordClass(rawValue: 1 << 17)
    static let modals = WordClass(rawValue: 1 << 18)
    static let weekdays = WordClass(rawValue: 1 << 19)
    static let months = WordClass(rawValue: 1 << 20)
    static let sentenceAdverbs = WordClass(rawValue: 1 << 21)
    static let courtesyTitles = WordClass(rawValue: 1 << 22)
    static let organisationWords = WordClass(rawValue: 1 << 23)
    static let placePrepositions = WordClass(rawValue: 1 << 24)
    static let oneNameIntroducers = WordClass(rawValue: 1 << 25)
    static let businessNouns = WordClass(rawValue: 1 << 26)
    static let thingNamingVerbs = WordClass(rawValue: 1 << 27)
    static let pluralVerbs = WordClass(rawValue: 1 << 28)
    static let legalForms = WordClass(rawValue: 1 << 29)
    static let organisationDescriptors = WordClass(rawValue: 1 << 30)
    static let expressionVerbs = WordClass(rawValue: 1 << 31)
    static let viewNouns = WordClass(rawValue: 1 << 32)
    static let pronounDeterminers = WordClass(rawValue: 1 << 33)
    static let intentionNouns = WordClass(rawValue: 1 << 34)
    static let termIntroducers = WordClass(rawValue: 1 << 35)

    /// The classes of a lowercased word.
    static func of(_ lowercased: String) -> WordClass { table[lowercased] ?? [] }

    private static let table: [String: WordClass] = {
        let lists: [(Set<String>, WordClass)] = [
            (WordClasses.clauseBoundaries, .clauseBoundaries), (WordClasses.prepositions, .prepositions),
            (WordClasses.determiners, .determiners), (WordClasses.subjectPronouns, .subjectPronouns),
            (WordClasses.personalPronouns, .personalPronouns), (WordClasses.nonSpeakers, .nonSpeakers),
            (WordClasses.verbModifiers, .verbModifiers), (WordClasses.timeWords, .timeWords), (WordClasses.roles, .roles),
            (WordClasses.organisations, .organisations), (WordClasses.documents, .documents),
            (WordClasses.titleModifiers, .titleModifiers), (WordClasses.honorifics, .honorifics),
            (WordClasses.passiveAuxiliaries, .passiveAuxiliaries), (WordClasses.headlineVerbs, .headlineVerbs),
            (WordClasses.communicationNouns, .communicationNouns), (WordClasses.clauseConjunctions, .clauseConjunctions),
            (WordClasses.subordinators, .subordinators), (WordClasses.modals, .modals), (WordClasses.weekdays, .weekdays),
            (WordClasses.months, .months), (WordClasses.sentenceAdverbs, .sentenceAdverbs),
            (NonPersonEvidence.courtesyTitles, .courtesyTitles), (NonPersonEvidence.organisationWords, .organisationWords),
            (NonPersonEvidence.placePrepositions, .placePrepositions), (NonPersonEvidence.oneNameIntroducers, .oneNameIntroducers),
            (NonPersonEvidence.businessNouns, .businessNouns), (NonPersonEvidence.thingNamingVerbs, .thingNamingVerbs),
            (NonPersonEvidence.pluralVerbs, .pluralVerbs), (OrganisationWords.legalForms, .legalForms),
            (OrganisationWords.descriptors, .organisationDescriptors), (SpeakerFinder.expressionVerbs, .expressionVerbs),
            (SpeakerFinder.viewNouns, .viewNouns), (SpeakerFinder.pronounDeterminers, .pronounDeterminers),
            (SpeakerFinder.intentionNouns, .intentionNouns), (SpeechFilter.termIntroducers, .termIntroducers),
        ]
        var table: [String: WordClass] = [:]
        for (words, wordClass) in lists {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        return table
    }()
}
