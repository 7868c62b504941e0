/// Words that mark a capitalised name as an organisation's, a publication's or a group's rather
/// than a person's. Written for Copydesk, lowercased.
public enum OrganisationWords {
    /// Legal forms that close a company's name ("Mitel Corp", "James Capel and Co", "Levi Strauss & Co.").
    public static let legalForms: Set<String> = [
        "co", "co.", "cos", "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited",
        "plc", "llc", "llp", "lp", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "gmbh", "spa", "s.p.a.", "kk", "pty", "ab",
        "asa", "oy", "oyj", "se", "bhd", "tbk", "assoc", "associates", "cie",
    ]

    /// Common nouns that stand right before an organisation's, a publication's or a band's name as
    /// its description ("communications firm Softbank", "rock band Muse", "the state news agency
    /// Venpres", "brewer Heineken", "rival suitor Euronext"), never before a person's.
    public static let descriptors: Set<String> = [
        "firm", "company", "companies", "group", "conglomerate", "corporation", "business", "giant",
        "maker", "makers", "manufacturer", "producer", "brewer", "distiller", "carmaker", "automaker", "chipmaker",
        "drugmaker", "retailer", "supermarket", "chain", "grocer", "airline", "carrier", "operator", "railway",
        "bank", "lender", "insurer", "broker", "brokerage", "bourse", "exchange", "fund", "utility", "miner",
        "refiner", "shipper", "shipbuilder", "developer", "publisher", "broadcaster", "network", "channel",
        "station", "newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "journal", "agency", "wire",
        "website", "site", "fansite", "portal", "service", "provider", "platform", "app", "studio", "label",
        "band", "duo", "trio", "quartet", "orchestra", "choir", "club", "side", "team", "franchise", "charity",
        "watchdog", "regulator", "lobby", "union", "party", "movement", "body", "organisation", "organization",
        "association", "federation", "institute", "university", "college", "council", "ministry", "department",
        "suitor", "rival", "rivals", "subsidiary", "unit", "affiliate", "supplier", "vendor", "startup",
        "start-up", "outlet", "programme", "program", "show", "film", "album", "game", "console", "robot",
        "software", "browser", "engine", "device", "handset", "brand", "product",
    ]
}
