import Foundation

/// What a list entry designates.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organisation, vessel, aircraft

    /// The type a list's own label names ("individual", "Entity", "Ship", "LegalEntity" …), if known.
    public init?(listLabel: String) {
        switch listLabel.lowercased().trimmingCharacters(in: .whitespaces) {
        case "individual", "person", "individuals": self = .person
        case "entity", "entities", "organization", "organisation", "legalentity", "company", "": self = .organisation
        case "vessel", "ship", "ships": self = .vessel
        case "aircraft", "airplane": self = .aircraft
        default: return nil
        }
    }
}

/// One name of an entry. Structured parts are given when the list gives them.
public struct EntryName: Sendable, Hashable {
    /// The name as printed.
    public var full: String
    /// Given names, in order (first name first), when the list separates them.
    public var given: [String]
    /// The family name, when the list separates it.
    public var surname: String?
    /// Whether this is the entry's primary name (or a spelling of it) rather than an alias.
    public var isPrimary: Bool
    /// Whether the list marks the alias as weak or low quality.
    public var isWeak: Bool

    public init(full: String, given: [String] = [], surname: String? = nil, isPrimary: Bool, isWeak: Bool = false) {
        self.full = full
        self.given = given
        self.surname = surname
        self.isPrimary = isPrimary
        self.isWeak = isWeak
    }
}

/// One designation on one sanctions list.
public struct SanctionsEntry: Sendable, Hashable {
    /// `ofac-sdn:<ent_num>`, `uk:<id>`, `un:<reference>`, `opensanctions:<id>`, `eu:<celex>:<annex>:<record>`.
    public var id: String
    /// The list's display name ("US OFAC SDN", "UK Sanctions List", "UN Security Council", …).
    public var list: String
    /// The jurisdiction whose list this is.
    public var jurisdiction: Jurisdiction
    public var type: EntityType
    /// The primary name first, then aliases.
    public var names: [EntryName]
    /// Programmes or regimes.
    public var programs: [String]
    /// The listing date as the list gives it (ISO `YYYY-MM-DD` where it could be parsed).
    public var listed: String?
    /// Title, position or designation text ("President of …"), used to resolve honorific mentions.
    public var title: String?
    /// IMO numbers for vessels.
    public var imoNumbers: [String]
    /// Countries of the entry's addresses, where the list gives them (not kept in the compact index).
    public var countries: [String] = []

    public init(id: String, list: String, jurisdiction: Jurisdiction, type: EntityType, names: [EntryName],
                programs: [String] = [], listed: String? = nil, title: String? = nil, imoNumbers: [String] = []) {
        self.id = id
        self.list = list
        self.jurisdiction = jurisdiction
        self.type = type
        self.names = names
        self.programs = programs
        self.listed = listed
        self.title = title
        self.imoNumbers = imoNumbers
    }

    /// The primary name.
    public var name: String { names.first?.full ?? id }
}

/// Who maintains a list: the party a copy's claim ("sanctioned by the United States") refers to.
public enum Jurisdiction: String, Sendable, Hashable, Codable, CaseIterable {
    case unitedStates = "us"
    case unitedKingdom = "uk"
    case unitedNations = "un"
    case europeanUnion = "eu"
    case other

    /// How copy names the jurisdiction in messages.
    public var displayName: String {
        switch self {
        case .unitedStates: return "the United States"
        case .unitedKingdom: return "the United Kingdom"
        case .unitedNations: return "the United Nations"
        case .europeanUnion: return "the European Union"
        case .other: return "another authority"
        }
    }

    /// The list format that carries the jurisdiction's list, for messages that ask to load it.
    public var listFormatHint: String {
        switch self {
        case .unitedStates: return "`ofac-sdn`"
        case .unitedKingdom: return "`uk-fcdo` or `uk-ofsi`"
        case .unitedNations: return "`un-xml`"
        case .europeanUnion: return "`eu-journal` or an `opensanctions-ftm` EU collection"
        case .other: return "its list"
        }
    }
}
