/// The verbs reporters use to attribute speech and writing, with their inflected forms.
enum ReportingVerbs {
    enum Form { case base, present, past, participle, gerund }

    struct Entry {
        var lemma: String
        var form: Form
        /// Verbs that can follow a quotation directly ("…,” she said / “…,” said Smith).
        var introducesAfterQuote: Bool
    }

    /// Verbs that attribute a quotation placed right before them ("…,” X said).
    static let afterQuoteLemmas: Set<String> = [
        "say", "add", "ask", "tell", "write", "tweet", "continue", "explain", "reply", "respond", "note", "recall",
        "insist", "argue", "warn", "conclude", "declare", "state", "joke", "quip", "exclaim", "shout", "yell",
        "answer", "observe", "remark", "complain", "concede", "counter", "admit", "acknowledge", "post", "email",
        "text", "testify", "whisper", "boast", "lament", "predict", "promise", "vow", "claim", "chime", "begin",
        "read", "scream", "cry", "sigh", "laugh", "muse", "wonder", "recount", "repeat", "reiterate", "emphasize",
        "emphasise", "stress", "agree", "confirm", "announce", "assert", "maintain", "contend", "charge", "plead",
        "urge", "demand", "suggest", "point", "tell", "proclaim", "thunder", "snap", "retort", "offer", "report",
        "caution", "inform", "advise", "mutter", "murmur", "shrug", "interject", "elaborate", "summarize",
        "summarise", "allege", "estimate", "pledge", "rule", "find", "conclude", "write", "sing", "chant", "put",
        "reveal", "speak", "comment",
    ]

    /// Verbs that attribute a quotation that sits later in their clause (X described it as “…”).
    static let clauseLemmas: Set<String> = [
        "call", "describe", "label", "brand", "deem", "accuse", "criticize", "criticise", "praise", "blast", "slam",
        "mock", "tout", "refer", "characterize", "characterise", "rate", "deny", "cite", "list", "promise",
        "believe", "think", "vow", "dismiss", "hail", "decry", "denounce",
        "condemn", "question", "attack", "defend", "applaud", "welcome", "predict", "recommend", "propose",
        "urge", "invite", "encourage", "challenge", "reject", "term", "liken", "compare", "quote", "show", "blame",
    ]

    private static let irregular: [String: [(String, Form)]] = [
        "say": [("say", .base), ("says", .present), ("said", .past), ("saying", .gerund)],
        "tell": [("tell", .base), ("tells", .present), ("told", .past), ("telling", .gerund)],
        "write": [("write", .base), ("writes", .present), ("wrote", .past), ("written", .participle), ("writing", .gerund)],
        "begin": [("begin", .base), ("begins", .present), ("began", .past), ("begun", .participle), ("beginning", .gerund)],
        "find": [("find", .base), ("finds", .present), ("found", .past), ("finding", .gerund)],
        "read": [("read", .past), ("reads", .present), ("reading", .gerund)],
        "think": [("think", .base), ("thinks", .present), ("thought", .past), ("thinking", .gerund)],
        "feel": [("feel", .base), ("feels", .present), ("felt", .past), ("feeling", .gerund)],
        "show": [("show", .base), ("shows", .present), ("showed", .past), ("shown", .participle), ("showing", .gerund)],
        "plead": [("plead", .base), ("pleads", .present), ("pleaded", .past), ("pled", .past), ("pleading", .gerund)],
        "snap": [("snap", .base), ("snaps", .present), ("snapped", .past), ("snapping", .gerund)],
        "quip": [("quip", .base), ("quips", .present), ("quipped", .past), ("quipping", .gerund)],
        "slam": [("slam", .base), ("slams", .present), ("slammed", .past), ("slamming", .gerund)],
        "label": [("label", .base), ("labels", .present), ("labeled", .past), ("labelled", .past), ("labeling", .gerund), ("labelling", .gerund)],
        "refer": [("refer", .base), ("refers", .present), ("referred", .past), ("referring", .gerund)],
        "shrug": [("shrug", .base), ("shrugs", .present), ("shrugged", .past), ("shrugging", .gerund)],
        "question": [("question", .base), ("questions", .present), ("questioned", .past), ("questioning", .gerund)],
        "offer": [("offer", .base), ("offers", .present), ("offered", .past), ("offering", .gerund)],
        "answer": [("answer", .base), ("answers", .present), ("answered", .past), ("answering", .gerund)],
        "counter": [("counter", .base), ("counters", .present), ("countered", .past), ("countering", .gerund)],
        "wonder": [("wonder", .base), ("wonders", .present), ("wondered", .past), ("wondering", .gerund)],
        "mutter": [("mutter", .base), ("mutters", .present), ("muttered", .past), ("muttering", .gerund)],
        "thunder": [("thunder", .base), ("thunders", .present), ("thundered", .past), ("thundering", .gerund)],
        "murmur": [("murmur", .base), ("murmurs", .present), ("murmured", .past), ("murmuring", .gerund)],
        "post": [("post", .base), ("posts", .present), ("posted", .past), ("posting", .gerund)],
        "text": [("texted", .past), ("texts", .present)],
        "put": [("put", .past), ("puts", .present)],
        "sing": [("sing", .base), ("sings", .present), ("sang", .past), ("sung", .participle), ("singing", .gerund)],
        "speak": [("speaks", .present), ("spoke", .past), ("spoken", .participle), ("speaking", .gerund)],
        "list": [("lists", .present), ("listed", .past)],
        "term": [("termed", .past), ("terms", .present)],
        "point": [("points", .present), ("pointed", .past), ("pointing", .gerund)],
        "rule": [("rules", .present), ("ruled", .past)],
        "rate": [("rates", .present), ("rated", .past)],
    ]

    /// Verbs whose third-person form is also a common plural noun ("rules", "calls", "reports"): that
    /// form only counts as a verb after a name or a pronoun.
    static let nounLikeLemmas: Set<String> = [
        "rule", "rate", "list", "term", "point", "post", "report", "call", "claim", "note", "answer", "promise",
        "pledge", "demand", "charge", "text", "tweet", "offer", "question", "estimate", "find", "show", "read",
        "cite", "cry", "sigh", "laugh", "counter", "shout", "yell", "email", "snap", "shrug", "whisper", "caution",
        "vow", "quote", "attack", "challenge", "praise", "blast", "slam", "label", "brand", "welcome", "hail",
        "defend", "reject", "compare", "propose", "invite", "dismiss", "comment", "remark", "repeat", "stress",
        "chant", "put", "reveal", "plead", "murmur", "mutter", "thunder", "begin", "state", "respond", "reply",
    ]

    /// Every inflected form, lowercased.
    static let forms: [String: Entry] = {
        var table: [String: Entry] = [:]
        for lemma in afterQuoteLemmas.union(clauseLemmas) {
            let after = afterQuoteLemmas.contains(lemma)
            for (form, kind) in irregular[lemma] ?? regularForms(lemma) where table[form] == nil {
                table[form] = Entry(lemma: lemma, form: kind, introducesAfterQuote: after)
            }
        }
        return table
    }()

    static func entry(_ lowercased: String) -> Entry? { forms[lowercased] }

    private static func regularForms(_ lemma: String) -> [(String, Form)] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var third = lemma + "s"
        var past = lemma + "ed"
        var gerund = lemma + "ing"
        if lemma.hasSuffix("e") {
            past = lemma + "d"
            gerund = String(lemma.dropLast()) + "ing"
        } else if lemma.hasSuffix("y"), let beforeY = lemma.dropLast().last, !vowels.contains(beforeY) {
            third = String(lemma.dropLast()) + "ies"
            past = String(lemma.dropLast()) + "ied"
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            third = lemma + "es"
        }
        return [(lemma, .base), (third, .present), (past, .past), (gerund, .gerund)]
    }
}
