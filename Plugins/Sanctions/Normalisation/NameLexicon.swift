/// Word lists the normaliser uses: legal forms, honorifics and name particles (all folded).
public enum NameLexicon {
    /// Legal-form words and phrases that may lead or trail a company name (PJSC, OAO, LLC, Ltd, GmbH …),
    /// as token sequences; longest first.
    public static let legalForms: [[String]] = [
        "open joint stock company", "closed joint stock company", "public joint stock company",
        "non public joint stock company", "joint stock company", "limited liability company", "public limited company",
        "private limited company", "limited liability partnership", "obshchestvo s ogranichennoy otvetstvennostyu",
        "aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo", "otkrytoe aktsionernoe obshchestvo",
        "zakrytoe aktsionernoe obshchestvo", "federal state unitary enterprise", "joint stock co", "co ltd", "co limited",
        "pjsc", "ojsc", "cjsc", "jsc", "oao", "ooo", "zao", "pao", "ao", "tov", "pat", "llc", "ltd", "limited", "plc",
        "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "sa", "s a", "sarl", "sas",
        "srl", "spa", "s p a", "bv", "b v", "nv", "n v", "oy", "ab", "as", "a s", "fze", "fzco", "fzc", "fz llc",
        "llp", "lp", "eood", "ead", "ood", "doo", "d o o", "sp z o o", "kft", "zrt", "nyrt", "sro", "s r o", "pte",
        "pte ltd", "pvt", "pvt ltd", "sdn bhd", "bhd", "tic", "ltd sti", "as", "a s", "sal", "s a l", "se",
        "zartkoruen mukodo reszvenytarsasag", "korlatolt felelossegu tarsasag", "unitary enterprise", "fgup", "fkp",
        "ip", "nao", "jscb", "pjscb", "cb", "kb", "state corporation", "l l c", "l l p", "p l c", "j s c", "p j s c",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Titles and honorifics that may precede a name (President, Mr, Dr, Sheikh …).
    public static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "premier",
        "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "shaikh", "sheik",
        "general", "gen", "colonel", "col", "major", "maj", "lieutenant", "lt", "captain", "capt", "commander",
        "admiral", "marshal", "brigadier", "sergeant", "senator", "sen", "governor", "gov", "mayor", "judge",
        "justice", "ambassador", "deputy", "chairman", "chairwoman", "chair", "director", "secretary", "comrade",
        "mullah", "imam", "ayatollah", "haji", "hajji", "bishop", "patriarch", "metropolitan", "father", "rev",
        "reverend", "oligarch", "tycoon", "businessman", "businesswoman", "billionaire", "dictator", "leader",
        "strongman", "warlord", "commissioner", "spokesman", "spokeswoman", "mp", "lawmaker", "ceo",
    ]

    /// Titles of heads of state or government: a surname after one of these may name a listed person
    /// on its own ("President Lukashenka"); after "Mr" or "Dr" it may not.
    public static let highOffices: Set<String> = ["president", "premier", "king", "queen", "emir", "dictator", "chancellor", "ayatollah", "sultan", "tsar", "czar"]

    /// Lowercase words that may sit inside a name (al-, bin, de, van …) or a company name (of, for, and).
    public static let particles: Set<String> = [
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "abd", "abdul", "de", "del", "della", "der", "di", "da",
        "do", "dos", "das", "du", "la", "le", "van", "von", "y", "e", "of", "for", "and", "the", "und", "et", "im",
        "named", "after", "on", "in", "at", "to", "by",
    ]

    /// Particles that continue a personal name ("Ali al-Khalifa", "Juan de Dios").
    public static let nameParticles: Set<String> = [
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "de", "del", "della", "der", "di", "da", "do", "dos", "das",
        "du", "la", "le", "van", "von", "y",
    ]

    /// Legal forms of one word ("llc", "gmbh").
    static let oneWordLegalForms = Set(legalForms.filter { $0.count == 1 }.map { $0[0] })

    /// Whether a folded token is a legal form on its own.
    public static func isLegalForm(_ token: String) -> Bool { oneWordLegalForms.contains(token) }

    /// Whether folded tokens at `start` spell a legal form; returns its length in tokens.
    public static func legalFormLength(_ tokens: [String], at start: Int) -> Int {
        for form in legalForms where start + form.count <= tokens.count {
            if tokens[start..<start + form.count].elementsEqual(form) { return form.count }
        }
        return 0
    }

    /// Whether a legal form ends just before `end`; returns its length in tokens.
    public static func legalFormLength(_ tokens: [String], endingAt end: Int) -> Int {
        for form in legalForms where end - form.count >= 0 {
            if tokens[end - form.count..<end].elementsEqual(form) { return form.count }
        }
        return 0
    }

    /// The tokens with leading and trailing legal forms removed (at least one token is kept).
    public static func strippingLegalForms(_ tokens: [String]) -> [String] {
        var lower = 0, upper = tokens.count
        var changed = true
        while changed {
            changed = false
            let slice = Array(tokens[lower..<upper])
            let leading = legalFormLength(slice, at: 0)
            if leading > 0 && leading < slice.count { lower += leading; changed = true; continue }
            let trailing = legalFormLength(slice, endingAt: slice.count)
            if trailing > 0 && trailing < slice.count { upper -= trailing; changed = true }
        }
        return Array(tokens[lower..<upper])
    }
}
