import CopydeskCore

/// The plugin's rules, with the examples that are their first tests.
enum RuleCatalogue {
    static let listedEntityID = "sanctions/listed-entity"
    static let claimMismatchID = "sanctions/claim-mismatch"

    static let listedEntity = RuleDescription(
        id: listedEntityID,
        shortDescription: "The copy names a person, company or vessel on a sanctions list.",
        fullDescription: """
            Finds names of listed people, companies and vessels however news spells them: letter case, accents, \
            Cyrillic or Greek script, possessives, titles, legal forms (PJSC, LLC, Ltd …), "SURNAME, Given" order, \
            dropped patronymics and middle names, initials and common transliteration variants. Later surname-only \
            mentions are notes pointing at the first mention. Each result carries the matched list entries \
            (id, list, name, type, programmes, listing date) in `properties.sanctions`.
            """,
        help: """
            Check that the copy says the person or company is sanctioned, by whom, and under which programme, and that \
            legal has seen it. For example, "Shares in Sovcomflot fell" names a company on the US and UK lists: say so, \
            or make sure the omission is deliberate.
            """,
        defaultLevel: .warning,
        examples: [
            .triggers("Prosecutors in Sofia questioned «Delyan Peevski» about the tender.", expecting: ["ofac-sdn:32059", "GLOMAG"]),
            .triggers("Traders said «Rosneft»'s export volumes had barely moved."),
            .triggers("An envoy met «Сергей Лавров» in Geneva on Tuesday."),
            .triggers("The committee questioned «D. Peevski» for an hour."),
            .triggers("The tanker «EVENTIN» drifted for days before it was towed to port."),
            .triggers("Coastguards boarded the tanker «Centurion» on Friday."),
            .triggers("Fighters loyal to «Hezbollah» crossed the line overnight."),
            .triggers("The rifle maker «Orsis» said nothing about the report."),
            .passes("The Centurion tank was a British design of the 1940s."),
            .passes("Peace and justice were the themes of the festival, the mayor said."),
            .passes("Nina Peevski, a pianist from Oslo, opened the season."),
        ])

    static let claimMismatch = RuleDescription(
        id: claimMismatchID,
        shortDescription: "The copy's claim about who sanctioned an entity does not match the lists.",
        fullDescription: """
            Compares the jurisdictions a sentence names as sanctioning ("sanctioned by the United States and the United \
            Kingdom") with the loaded lists that carry the entity: a claimed jurisdiction whose list does not carry it is \
            a warning; a loaded jurisdiction whose list carries it but that the sentence leaves out is a note; a claimed \
            jurisdiction whose list is not loaded is a note saying the claim is not checked. Every mention is read, not \
            only the first.
            """,
        help: """
            Correct the jurisdictions, or say why the copy differs from the lists. For example, if a person is listed by \
            the United States only, "sanctioned by Britain" needs checking.
            """,
        defaultLevel: .warning,
        examples: [
            .triggers("The United Nations sanctioned «Delyan Peevski» last year.", expecting: ["the United Nations"]),
            .triggers("Sovcomflot sold two tankers. The United Nations sanctioned «Sovcomflot» in 2022.", expecting: ["the United Nations"]),
            .triggers("The European Union sanctioned «Sovcomflot» in 2022.", expecting: ["not loaded"]),
            .passes("The United States sanctioned Delyan Peevski and Britain followed with its own measures."),
        ])
}
