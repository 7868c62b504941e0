/// What a legal form says about a company: the kind of company (limited liability, joint-stock,
/// state enterprise, partnership) and the legal tradition it is written in. Two forms can name one
/// company when their kinds meet and their traditions do not exclude each other: "OOO", "LLC" and
/// "Limited Liability Company" are one company's; "Corp" is not an "LLC"'s, and an American "Inc"
/// is not a Colombian "S.A.".
struct LegalFormFamily: Equatable {
    struct Kinds: OptionSet, Hashable {
        let rawValue: UInt8
        static let limitedLiability = Kinds(rawValue: 1)
        static let jointStock = Kinds(rawValue: 2)
        static let stateEnterprise = Kinds(rawValue: 4)
        static let partnership = Kinds(rawValue: 8)
        static let any: Kinds = [.limitedLiability, .jointStock, .stateEnterprise, .partnership]
    }

    enum Tradition { case neutral, american, civilLaw, postSoviet }

    var kinds: Kinds
    var tradition: Tradition

    /// Whether a company written with one form can be the company a list prints with the other.
    func admits(_ other: LegalFormFamily) -> Bool {
        guard !kinds.isDisjoint(with: other.kinds) else { return false }
        switch (tradition, other.tradition) {
        case (.american, .civilLaw), (.american, .postSoviet), (.civilLaw, .american), (.postSoviet, .american): return false
        default: return true
        }
    }

    /// The family of a legal form (folded tokens, as in `NameLexicon.legalForms`); nil for a form
    /// that says nothing (Co, Company, a bank's "CB").
    static func of(_ form: [String]) -> LegalFormFamily? {
        table[form.joined(separator: " ")]
    }

    private static let table: [String: LegalFormFamily] = {
        var table: [String: LegalFormFamily] = [:]
        func add(_ forms: [String], _ kinds: Kinds, _ tradition: Tradition) {
            for form in forms { table[form] = LegalFormFamily(kinds: kinds, tradition: tradition) }
        }
        add(["llc", "l l c", "limited liability company", "fz llc", "private limited company", "pte ltd", "pvt ltd", "co ltd",
             "co limited", "sdn bhd", "pte", "pvt", "fze", "fzco", "fzc"], .limitedLiability, .neutral)
        add(["ooo", "obshchestvo s ogranichennoy otvetstvennostyu", "tov", "eood", "ood"], .limitedLiability, .postSoviet)
        add(["gmbh", "sarl", "srl", "sro", "s r o", "doo", "d o o", "sp z o o", "kft", "korlatolt felelossegu tarsasag",
             "bv", "b v", "ltd sti"], .limitedLiability, .civilLaw)
        add(["jsc", "j s c", "ojsc", "cjsc", "pjsc", "p j s c", "joint stock company", "open joint stock company",
             "closed joint stock company", "public joint stock company", "non public joint stock company", "joint stock co",
             "jscb", "pjscb", "plc", "p l c", "public limited company"], .jointStock, .neutral)
        add(["ao", "oao", "zao", "pao", "nao", "pat", "aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo",
             "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo", "ead"], .jointStock, .postSoviet)
        add(["sa", "s a", "ag", "nv", "n v", "spa", "s p a", "sas", "sal", "s a l", "se", "as", "a s", "ab", "oy", "zrt",
             "nyrt", "zartkoruen mukodo reszvenytarsasag", "tic"], .jointStock, .civilLaw)
        add(["inc", "incorporated", "corp", "corporation"], .jointStock, .american)
        add(["ltd", "limited", "bhd"], [.limitedLiability, .jointStock], .neutral)
        add(["fgup", "fkp", "federal state unitary enterprise", "unitary enterprise", "state corporation"], .stateEnterprise, .postSoviet)
        add(["llp", "l l p", "lp", "kg"], .partnership, .neutral)
        return table
    }()
}
