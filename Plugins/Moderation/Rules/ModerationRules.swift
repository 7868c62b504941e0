import CopydeskCore

/// The plugin's rules: one per category, and the per-document verdict.
enum ModerationRules {
    static let verdictID = "moderation/verdict"
    static let comments: JSONValue = .object(["context": .string("comments")])

    static func id(_ category: ModerationCategory) -> String { "moderation/" + category.rawValue }

    static var all: [RuleDescription] { ModerationCategory.allCases.map(description) + [verdict] }

    static let inQuotationHelp = """
        In an article, a term inside a direct quotation is reported as a note: quoting it is the editor's \
        call (AP: only when the quotation is essential). With `context: comments` (the `comments` profile) \
        every occurrence is flagged.
        """

    static func description(_ category: ModerationCategory) -> RuleDescription {
        switch category {
        case .profanity:
            return RuleDescription(
                id: id(category), shortDescription: "An obscenity or vulgar insult.",
                fullDescription: "Finds English obscenities and vulgar insults, however written: masked (f*ck), in leetspeak (sh1t, a$$hole), spaced out (f u c k), stretched (fuuuuck), with look-alike letters, zero-width characters or punctuation inside, in hashtags. Words that merely contain one (Scunthorpe, cocktail, assassin) and names (Dick Cheney) are left alone.",
                help: "Remove or mask the word (house style: `f---`). " + inQuotationHelp,
                defaultLevel: .warning,
                examples: [
                    .triggers("The striker was sent off for shouting «fuck» at the referee."),
                    .triggers("what a load of «sh1t»", options: comments),
                    .triggers("what an «a$$hole»", options: comments),
                    .triggers("«f u c k» this", options: comments),
                    .triggers("«fuuuuuck» my life", options: comments),
                    .triggers("shut up «b!tch»", options: comments),
                    .triggers("«f*ck» this", options: comments),
                    .triggers("«s.h.i.t» happens", options: comments),
                    .triggers("«sh\u{200B}it» happens", options: comments),
                    .triggers("«fuсk» that", options: comments),
                    .triggers("so done #«fuckthis»", options: comments),
                    .triggers("He said: “This is «bullshit»,” and left.", expecting: ["quotation"]),
                    .passes("Scunthorpe United signed an assassin-themed sponsor for the cocktail bar."),
                    .passes("Former vice-president Dick Cheney spoke on Tuesday."),
                    .passes("They read Moby Dick in class.", options: comments),
                    .passes("Hoe gaat het met jullie? Alles goed hier.", options: comments),
                    .passes("Santa waved, hoe hoe hoe, and the honky-tonk band played on.", options: comments),
                    .triggers("«hoe» is what you are", options: comments),
                ])
        case .slur:
            return RuleDescription(
                id: id(category), shortDescription: "A racial, ethnic, religious, homophobic, transphobic or disability slur.",
                fullDescription: "Finds slurs aimed at a group, obfuscated or not. Idioms and names that contain a listed word (spick and span, Maine Coon, a chink in the armour) are left alone.",
                help: "Do not use slurs outside a direct quotation the story cannot do without; refer to it indirectly (\"a racial slur\"). " + inQuotationHelp,
                defaultLevel: .error,
                examples: [
                    .triggers("get out of here you «f@ggot»", options: comments),
                    .triggers("typical «r3tard» logic", options: comments),
                    .triggers("The councillor called them «wetbacks» in a post.", expecting: ["Slur"]),
                    .passes("Our Maine Coon won best in show, and the kitchen was spick and span."),
                    .passes("It was the one chink in the armour of the defence."),
                    .passes("Me encantan los zapatos negros que compraste.", options: comments),
                    .triggers("get lost you «negro»", options: comments),
                ])
        case .hate:
            return RuleDescription(
                id: id(category), shortDescription: "Dehumanising or eliminationist speech about a group.",
                fullDescription: "Finds statements that call a group animals, vermin or a disease, wish them dead or gone, or tell them to go back where they came from.",
                help: "Remove the statement; in a comment, block it. " + inQuotationHelp,
                defaultLevel: .error,
                examples: [
                    .triggers("«immigrants are animals»", options: comments),
                    .triggers("«those people are nothing but vermin»", options: comments),
                    .triggers("«go back to your country»", options: comments),
                    .passes("The zoo's animals are fed at noon.", options: comments),
                    .passes("Immigrants are a growing share of the workforce.", options: comments),
                ])
        case .threat:
            return RuleDescription(
                id: id(category), shortDescription: "A threat of violence, a death wish or an incitement to self-harm.",
                fullDescription: "Finds threats aimed at the reader or another person (\"I will find you\", \"I know where you live\"), wishes of death (\"you should die\") and incitements to self-harm (\"kys\").",
                help: "Remove the comment and consider reporting it. " + inQuotationHelp,
                defaultLevel: .error,
                examples: [
                    .triggers("«I will find you»", options: comments),
                    .triggers("honestly «you should die»", options: comments),
                    .triggers("«kys»", options: comments),
                    .triggers("«ima kill you»", options: comments),
                    .passes("You should try the soup.", options: comments),
                    .passes("Police said the man was killed in a crash.", options: comments),
                ])
        case .harassment:
            return RuleDescription(
                id: id(category), shortDescription: "An insult aimed at the person addressed.",
                fullDescription: "Finds insults and abuse aimed at the reader (\"you're an idiot\", \"nobody likes you\", \"shut up\").",
                help: "Remove the insult; argue with the point instead. " + inQuotationHelp,
                defaultLevel: .warning,
                examples: [
                    .triggers("«you are such an idiot»", options: comments),
                    .triggers("«nobody likes you»", options: comments),
                    .passes("You are right about the budget.", options: comments),
                ])
        case .sexual:
            return RuleDescription(
                id: id(category), shortDescription: "Sexually explicit language or sexual harassment.",
                fullDescription: "Finds sexually explicit terms and sexual remarks or demands aimed at the person addressed (\"send nudes\"). Medical and news usage (breast cancer, rape charges were filed) is not listed.",
                help: "Remove it; in a comment, block sexual harassment. " + inQuotationHelp,
                defaultLevel: .warning,
                examples: [
                    .triggers("hey «send nudes»", options: comments),
                    .triggers("«show me your tits»", options: comments),
                    .passes("She was treated for breast cancer last year.", options: comments),
                    .passes("Rape charges were filed against the coach on Monday.", options: comments),
                ])
        case .spam:
            return RuleDescription(
                id: id(category), shortDescription: "Spam: link floods, repeated text, shouting, solicitations and scams.",
                fullDescription: "In comments and social posts (`context: comments`), finds three or more links, the same word five times in a row or the same line three times, whole lines in capitals, contact-me solicitations and crypto-scam phrasing. Articles are not checked for spam: a story about a scam quotes its phrasing.",
                help: "Remove the comment.",
                defaultLevel: .warning,
                examples: [
                    .triggers("«double your bitcoin» in a week, «whatsapp me»", options: comments),
                    .triggers("deals «http://a.example http://b.example http://c.example»", options: comments),
                    .triggers("«THIS IS THE WORST NEWSPAPER I HAVE EVER READ IN MY WHOLE LIFE»", options: comments),
                    .triggers("hi\r\nbuy my course now\r\nbuy my course now\r\n«buy my course now»\r\n", options: comments,
                              expecting: ["the same line 3 times"]),
                    .passes("Read the report at https://example.org/report.", options: comments),
                    .passes("The SEC warned investors about schemes that promise to double your bitcoin."),
                ])
        }
    }

    static let verdict = RuleDescription(
        id: verdictID, shortDescription: "The document's moderation verdict (fact tag).",
        fullDescription: "One note per document with `properties.moderation = {verdict: allow|review|block, categories, severity}`: severity (0–1) combines the severities of what the other moderation rules found (1 − ∏(1 − sᵢ)); the verdict is `review` from the `review` threshold (default 0.3) and `block` from the `block` threshold (default 0.7). Off by default; the `comments` profile turns it on, so that a CMS can act on one field.",
        help: "A fact tag for tools: act on `properties.moderation.verdict`. Set the thresholds under `plugins: moderation: {review: 0.3, block: 0.7}`.",
        defaultLevel: .note, enabledByDefault: false,
        examples: [
            .triggers("Great piece, thanks for the reporting.", options: comments, expecting: ["\"verdict\":\"allow\""]),
            .triggers("you are a fucking idiot, kys", options: comments, expecting: ["\"verdict\":\"block\"", "harassment", "threat"]),
            .triggers("well damn", options: comments, expecting: ["\"verdict\":\"allow\""]),
            .passes("", options: comments),
        ])
}
