import CopydeskCore

/// The attribution plugin's rules: ids, documentation and examples.
enum AttributionRules {
    static let quote = "attribution/quote"
    static let unattributedQuote = "attribution/unattributed-quote"
    static let unbalancedQuote = "attribution/unbalanced-quote"
    static let vagueSource = "attribution/vague-source"
    static let anonymousSource = "attribution/anonymous-source"
    static let firstReference = "attribution/first-reference"
    static let verbTense = "attribution/verb-tense"

    static let all: [RuleDescription] = [
        RuleDescription(
            id: quote,
            shortDescription: "A direct quotation and its source.",
            fullDescription: """
                Reports every direct quotation, its region covering the quotation marks, with a `quote` fact tag: \
                `speaker` (the source as written, which may be a pronoun, an organisation or a document), \
                `speakerRegion`, `resolvedSpeaker` (the full name a pronoun or surname refers to), `verb` and `kind` \
                (`full` or `partial`). Titles, nicknames and scare quotes are not reported. A quotation over several \
                paragraphs (no closing mark where the paragraph ends, a new opening mark on the next) is one result.
                """,
            help: """
                This is an informational fact tag: check that the source is the one you mean. \
                Example: `“We will reopen the bridge in May,” said transport director Ana Ruiz.` is tagged with \
                speaker `transport director Ana Ruiz` and verb `said`.
                """,
            defaultLevel: .note,
            examples: [
                .triggers("«“We will reopen the bridge in May,”» said transport director Ana Ruiz.",
                          expecting: ["transport director Ana Ruiz", "said"]),
                .triggers("Ana Ruiz runs the transport office. «\"It will be late,\"» she said.",
                          expecting: ["\"speaker\":\"she\"", "\"resolvedSpeaker\":\"Ana Ruiz\""]),
                .triggers("The mayor called the delay «“regrettable”» on Friday.", expecting: ["The mayor", "partial"]),
                .triggers("# Bridge work\n\nThe engineer Tom Baird said: “The steel is sound.”\n", format: .markdown,
                          expecting: ["The engineer Tom Baird"]),
                .triggers("<p>“Traffic will flow again by June,” the council said.</p>", format: .html,
                          expecting: ["the council"]),
                .triggers("The embassy, which dismissed the claims as «“baseless rumour,”» declined to comment.",
                          expecting: ["The embassy"]),
                .triggers("The coroner’s conclusion was blunt: «“This death was preventable.”»", expecting: ["The coroner’s conclusion"]),
                .triggers("«“It is over,”» the coach said, while his captain called it «“a relief.”»", expecting: ["his captain"]),
                .passes("The so-called “quiet zone” starts at the river, near the café known as “The Anchor.”"),
                .passes("Economists call it “greedflation”, and shoppers feel it."),
                .passes("Boxer Jo “the Rocket” Lane retired on Sunday."),
            ]),
        RuleDescription(
            id: unattributedQuote,
            shortDescription: "A direct quotation with no source in reach.",
            fullDescription: """
                A quotation whose source is named neither in its sentence nor in the sentences and paragraphs \
                around it (said-after, said-before, colon, "according to", a continued quotation paragraph). \
                Readers cannot weigh words whose speaker they do not know. A quotation paragraph that follows a \
                closed quotation and names no source of its own is reported too, as attributed only by context \
                (AP style wants each such paragraph attributed); its likely speaker is kept as `resolvedSpeaker`. \
                A paragraph that continues an unclosed quotation keeps its speaker. The result carries the `quote` \
                fact tag with `speaker: null`.
                """,
            help: """
                Name the source next to the quotation. Instead of `Sales fell again. “We are worried.”` write \
                `Sales fell again. “We are worried,” said shop owner Lea Park.`
                """,
            defaultLevel: .warning,
            examples: [
                .triggers("Sales fell again in March. «“Every shop on this street is worried.”» The figures come out monthly."),
                .triggers("Rents rose sharply.\n\n> “Nobody here can afford this any more.”\n", format: .markdown,
                          expecting: ["no source"]),
                .triggers("“Sales fell again,” said shop owner Lea Park.\n\n«“Every shop on this street is worried.”»",
                          expecting: ["only by context", "likely shop owner Lea Park"]),
                .passes("Sales fell again in March. “Every shop on this street is worried,” said shop owner Lea Park."),
                .passes("Pickets said they would stay out. “We are not going anywhere,” said one. Another added, “Nor are we.”"),
                .passes("“Nobody will back that,” an aide to a senior senator said."),
                .passes("Lea Park said on Monday: “Sales fell again.\n\n“Every shop on this street is worried.”"),
                .passes("<p>Lea Park, who owns a bakery, was blunt: “We are worried.”</p>", format: .html),
            ]),
        RuleDescription(
            id: unbalancedQuote,
            shortDescription: "A quotation mark that never closes, or a closing mark with no opening one.",
            fullDescription: """
                An opening quotation mark with no closing mark before the paragraph ends (unless the next paragraph \
                opens with a quotation mark, the newswire convention for a quotation that runs on), or a closing \
                mark that closes nothing. Either leaves readers unsure where the speaker's words end.
                """,
            help: """
                Add the missing mark, or remove the stray one: `“We are ready, he said.` becomes \
                `“We are ready,” he said.`
                """,
            defaultLevel: .error,
            examples: [
                .triggers("«“»We are ready for the storm, the chief said.\n\nCrews worked all night."),
                .triggers("The crews are ready,«”» the chief said."),
                .triggers("# Storm\n\n“We are ready, said the chief.\n", format: .markdown),
                .passes("“We are ready for the storm.\n\n“Crews will work all night,” the chief said."),
                .passes("<p>The fans’ chant, ‘We are ready,’ echoed through the ’90s arena.</p>", format: .html),
            ]),
        RuleDescription(
            id: vagueSource,
            shortDescription: "Vague attribution: \"critics say\", \"it is understood\", \"reportedly\".",
            fullDescription: """
                Phrases that attribute a claim to no one in particular ("critics say", "sources said", \
                "experts believe", "it is understood", "reportedly", "many people"). They let a claim stand \
                without a source readers can weigh.
                """,
            help: """
                Name the source, or say how the claim is known. Instead of `Critics say the plan is too costly` \
                write `The taxpayers' association says the plan is too costly`.
                """,
            defaultLevel: .warning,
            examples: [
                .triggers("«Critics say» the tunnel will cost twice the estimate."),
                .triggers("The striker was «reportedly» unhappy with his contract."),
                .triggers("<p>It is understood that the board met on Sunday.</p>", format: .html),
                .passes("The auditor general said the tunnel will cost twice the estimate."),
                .passes("- The club confirmed the striker signed a new contract.\n", format: .markdown),
            ]),
        RuleDescription(
            id: anonymousSource,
            shortDescription: "An anonymous source; a warning when no reason for anonymity is given.",
            fullDescription: """
                A source the text does not name ("a source familiar with the talks", "an official who asked not \
                to be named"). Reported as a note when the sentence gives the reason for anonymity, and as a \
                warning when it does not: news standards ask reporters to tell readers why a source is not named.
                """,
            help: """
                Say why the source is not named: `said an official who asked not to be named` becomes \
                `said an official who asked not to be named because she was not authorised to discuss the talks`.
                """,
            defaultLevel: .note,
            examples: [
                .triggers("The deal is off, said «a person familiar with the talks».", expecting: ["no reason"]),
                .triggers("The deal is off, said «an aide who spoke» on condition of anonymity because the talks are private.",
                          expecting: ["reason for anonymity is given"]),
                .triggers("1. The deal is off, a source said.\n", format: .markdown),
                .passes("The deal is off, said trade minister Olu Bello."),
                .passes("<p>The deal is off, the company said in a filing.</p>", format: .html),
            ]),
        RuleDescription(
            id: firstReference,
            shortDescription: "A source quoted by surname before the full name appears.",
            fullDescription: """
                A quoted person referred to by surname only ("Carver said", "Mr Carver said") where no earlier \
                mention gives the full name. Style guides ask for the full name (and role) at first reference, the \
                surname after. Countries, capitals, institutions and companies quoted under one word ("Moscow \
                said", "Uefa said", a name the text writes "in Ashford", "Mitel Corp", "brewer Hollandia", \
                "Corvex <CVX.N>" or "Glasshouse were") are not people; nor are ordinary words, nationalities and \
                parties read as a speaker ("Anger", "German", "Tory"), a first name used alone ("Priya, a nurse, \
                said"), or a name the text introduces as one ("winger Zeca"). A surname that is also a word \
                ("Brown", "May") counts with a courtesy title or a full name later in the text. An office before \
                the surname ("President Reagan") is an accepted first reference; in Spanish and Portuguese names \
                the surname used later is the first of two ("Paredes" after "Rodrigo Paredes Ibarra"); a full \
                name given earlier inside a quotation or across a line counts.
                """,
            help: """
                Give the full name the first time: `“We won,” Carver said.` becomes \
                `“We won,” coach Joe Carver said.`, and use `Carver` afterwards.
                """,
            defaultLevel: .warning,
            examples: [
                .triggers("“We won the hard way,” «Carver» said. Joe Carver has coached the team since May.",
                          expecting: ["Joe Carver"]),
                .triggers("## Match report\n\n“We won the hard way,” Carver said.\n", format: .markdown),
                .passes("Coach Joe Carver was pleased. “We won the hard way,” Carver said."),
                .passes("“The border stays closed,” Moscow said. “Disciplinary proceedings are open,” Uefa said."),
                .passes("Mitel Corp cut its forecast. “Demand is weak,” Mitel said."),
                .passes("Rock band Glasshouse were named best new act. “We never expected this,” Glasshouse said."),
                .passes("Joanne, a nurse and mother of three, said: “I have not been paid since June.”"),
                .triggers("“The figures do not add up,” «Mr Little» said."),
                .passes("Dockers’ leader Rodrigo Paredes Ibarra spoke first. “The port is ours,” Paredes said."),
                .passes("<p>“We won the hard way,” said coach Joe Carver.</p>", format: .html),
            ]),
        RuleDescription(
            id: verbTense,
            shortDescription: "One speaker introduced with both \"says\" and \"said\".",
            fullDescription: """
                Mixed tenses for the same speaker's reporting verbs ("she says" then "she said") read as an \
                editing slip. Off by default: features use "says" and news uses "said", and some copy mixes them \
                on purpose.
                """,
            help: """
                Pick one tense per speaker: `“Yes,” Ada Cole says. … “No,” Cole said.` becomes \
                `… “No,” Cole says.`
                """,
            defaultLevel: .warning,
            enabledByDefault: false,
            examples: [
                .triggers("“Yes,” Ada Cole says. “Not today,” Cole «said»."),
                .triggers("- “Yes,” Ada Cole says.\n- “Not today,” Cole said.\n", format: .markdown),
                .passes("“Yes,” Ada Cole says. “Not today,” Cole says."),
                .passes("<p>“Yes,” Ada Cole said. “Not today,” Cole said.</p>", format: .html),
            ]),
    ]
}
