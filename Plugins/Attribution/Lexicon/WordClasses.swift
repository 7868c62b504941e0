import CopydeskText

/// Small closed word classes the speaker finder reads: the edges of a noun phrase, headline verbs,
/// clause openers, modals, time names and sentence adverbs.
enum WordClasses {
    /// Words that start a new clause: a noun phrase never runs across them.
    static let clauseBoundaries: Set<String> = [
        "that", "and", "but", "because", "which", "who", "whom", "whose", "while", "when", "whereas", "as", "if",
        "so", "where", "whether", "than", "or", "nor", "though", "although", "since", "until", "unless", "yet",
        "why", "how", "what", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "to",
    ]

    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "from", "with", "for", "by", "during", "about", "into", "over", "under", "of",
        "through", "via", "amid", "against", "between", "among", "outside", "inside", "near", "without", "within",
        "like", "per", "after", "before", "since", "despite", "toward", "towards", "upon", "across", "behind",
        "following", "including", "regarding", "concerning",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one",
        "two", "three", "four", "five", "several", "some", "many", "another", "other", "each", "every", "both",
        "all", "most", "few", "any", "no", "such",
    ]

    /// Pronouns that can be the source of a quotation.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "you"]

    /// Pronouns that refer back to a person.
    static let personalPronouns: Set<String> = ["he", "she", "they", "i", "we"]

    /// Words that are never the source of a quotation.
    static let nonSpeakers: Set<String> = [
        "this", "that", "which", "who", "there", "what", "here", "these", "those", "everything", "nothing",
        "something", "one", "some", "all", "both",
    ]

    /// Words that sit between a subject and its verb without ending the noun phrase ("also", "later").
    static let verbModifiers: Set<String> = [
        "also", "later", "then", "once", "previously", "recently", "again", "never", "just", "already", "still",
        "even", "often", "always", "now", "earlier", "has", "had", "have", "would", "will", "did", "does", "do",
        "could", "can", "may", "might", "must", "should", "not", "further", "simply", "flatly", "first",
        "subsequently", "separately", "initially", "ultimately", "finally", "since",
    ]

    /// Time words that end a noun phrase after a verb ("said Smith on Monday", "said Monday").
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "tomorrow", "last", "earlier", "later", "recently", "tuesday’s", "afterward", "afterwards",
    ]

    /// Lowercase nouns that name a role and may precede a name ("press secretary Dana Whitfield").
    static let roles: Set<String> = [
        "president", "senator", "sen.", "governor", "gov.", "mayor", "minister", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "official", "officials", "chairman", "chairwoman", "chair", "director",
        "chief", "leader", "adviser", "advisor", "aide", "analyst", "expert", "professor", "lawyer", "attorney",
        "judge", "ambassador", "commissioner", "councillor", "councilor", "officer", "executive", "manager",
        "representative", "congressman", "congresswoman", "lawmaker", "candidate", "nominee", "strategist",
        "source", "sources", "person", "people", "host", "anchor", "correspondent", "reporter", "economist",
        "researcher", "scientist", "doctor", "teacher", "resident", "worker", "voter", "supporter", "critic",
        "critics", "organiser", "organizer", "activist", "founder", "member", "head", "deputy",
        "general", "detective", "sheriff", "prosecutor", "pastor", "priest", "coach", "player", "author", "writer",
        "editor", "pollster", "campaign", "commentator", "columnist", "manager", "owner", "partner", "counsel",
        "envoy", "diplomat", "mother", "father", "wife", "husband", "son", "daughter",
        "friend", "neighbor", "neighbour", "student", "chancellor", "premier", "king", "queen", "prince",
        "speaker", "whip", "delegate", "surrogate", "operative", "consultant", "historian", "attorney-general",
    ]

    /// Nouns for organisations ("the port authority", "the ministry").
    static let organisations: Set<String> = [
        "authority", "department", "ministry", "agency", "council", "committee", "government", "administration",
        "company", "group", "party", "union", "office", "court", "board", "commission", "police", "team",
        "utility", "firm", "bank", "university", "institute", "foundation", "organisation",
        "organization", "association", "federation", "regulator", "panel", "coalition", "alliance", "club", "band",
    ]

    /// Nouns for documents and bodies that speak through text ("the report", "a statement").
    static let documents: Set<String> = [
        "report", "statement", "poll", "survey", "study", "memo", "letter", "document", "ad", "filing",
        "release", "website", "post", "tweet", "email", "lawsuit", "complaint", "ruling", "decision", "analysis",
        "transcript", "indictment", "affidavit", "brief", "order", "opinion", "editorial", "notice", "message",
        "headline", "article", "book", "video", "advert", "advertisement", "spot", "commercial", "piece", "story",
        "column", "feature", "profile", "bylaws", "rules", "guidelines", "policy", "platform", "website", "blog",
    ]

    /// Lowercase words that open a title before a name ("former President", "interim chairwoman").
    static let titleModifiers: Set<String> = [
        "former", "then", "current", "acting", "interim", "senior", "chief", "deputy", "vice", "assistant", "top",
        "longtime", "retired", "local", "federal", "state", "white", "house", "republican", "democratic",
        "presidential", "national", "veteran", "outgoing", "incoming", "new",
    ]

    /// Honorifics before a name.
    static let honorifics: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "gov.", "sen.", "rep.", "gen.", "col.", "lt.", "sgt.", "capt.", "adm.", "rev.",
        "prof.", "pres.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "senator",
        "governor", "mayor", "judge", "justice",
    ]

    static func isAdverb(_ lower: String) -> Bool {
        lower.count > 4 && lower.hasSuffix("ly") && lower != "only" && lower != "family" && lower != "italy"
    }

    /// Passive auxiliaries: a reporting verb after them has no speaker as its subject.
    static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "be", "been", "being", "are", "’s", "'s", "get", "got"]

    /// Verbs headlines use for criticism and speech that are not reporting verbs elsewhere.
    static let headlineVerbs: Set<String> = [
        "rip", "rips", "hit", "hits", "knock", "knocks", "rally", "rallies", "corner", "corners", "bash", "bashes",
        "pan", "pans", "rebuke", "rebukes", "reveal", "reveals", "speak", "speaks", "push", "pushes", "fire", "fires",
    ]

    /// Nouns for what someone said or wrote: "the coroner’s conclusion", "the union’s response".
    static let communicationNouns: Set<String> = [
        "finding", "findings", "conclusion", "conclusions", "response", "reply", "answer", "message", "verdict", "report",
        "warning", "statement", "advice", "assessment", "judgement", "judgment", "ruling", "letter", "comment", "comments",
        "reaction", "retort", "explanation", "argument", "summary", "account", "testimony", "plea", "appeal", "demand",
        "instruction", "instructions", "words", "view", "diagnosis", "prognosis", "forecast", "announcement", "remarks",
        "tweet", "post", "note", "memo", "email", "speech", "address", "rebuttal", "complaint", "claim", "defence", "defense",
    ]

    /// Conjunctions that open a new clause after a comma or a quotation (", but the union said …").
    static let clauseConjunctions: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet"]

    /// Words that open a subordinate clause.
    static let subordinators: Set<String> = [
        "while", "when", "although", "though", "as", "after", "before", "if", "because", "since", "once", "until",
        "unless", "whereas", "whether",
    ]

    /// Modal and auxiliary verbs (and "to") that stand before a reporting verb.
    static let modals: Set<String> = ["would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do", "to"]

    /// Weekday names, lowercased.
    static let weekdays = Set(CalendarWords.weekdayNames.dropFirst().map { $0.lowercased() })
    /// Month names and their AP abbreviations with the period ("sept.", and "sep."), lowercased.
    static let months = Set(CalendarWords.monthNames.dropFirst().map { $0.lowercased() }
                            + CalendarWords.apMonthForms.filter { $0.hasSuffix(".") }.map { $0.lowercased() } + ["sep."])

    /// Weekdays, months and numbers: never a source.
    static func isTimeName(_ token: Token) -> Bool {
        token.belongs(to: .weekdays) || token.belongs(to: .months)
            || token.firstScalar.map(CharacterClass.isDigit) == true
    }

    /// Adverbs that open a sentence capitalised without being a name.
    static let sentenceAdverbs: Set<String> = [
        "however", "instead", "meanwhile", "still", "also", "contrary", "whatever", "whoever", "more", "only", "last",
        "next", "earlier", "later", "today", "yesterday", "now", "then", "yet", "thus", "hence", "indeed", "perhaps",
        "already", "even", "finally", "similarly", "likewise", "moreover", "furthermore", "nevertheless",
        "nonetheless", "otherwise", "therefore", "overall", "again", "besides", "anyway", "here", "there", "asked",
        "whenever", "wherever", "whichever", "whoever", "however", "somehow", "sometimes", "often", "recently",
    ]
}
