import CopydeskCore

/// Every PCRE2 pattern the plugin uses, compiled once per plugin instance and shared by its checks.
///
/// Patterns that judge a whole line part start with `\G` (the search's start offset) and end with `\z`
/// (the end of the searched range), so they match the part entirely or not at all.
struct TimestampPatterns: Sendable {
    /// Where a line splits into parts: bars, middle dots, bullets, spaced hyphens and dashes.
    let separator: Pattern
    /// A relative stamp filling a whole part, with an optional label and byline tail.
    let relativeStamp: Pattern
    /// A standalone "Live"/"Breaking" label filling a whole part.
    let liveLabel: Pattern
    /// A "BREAKING:"/"LIVE:" label opening a line of headline text.
    let liveLabelPrefix: Pattern
    /// The label of an "Updated …"/"Last modified …" stamp followed by something date-like.
    let updatedLabel: Pattern
    /// Short-range relative time in running text.
    let proseRelativeTime: Pattern
    /// A dateline carrying a day ("HONG KONG, March 18 -"), which anchors "earlier today".
    let dateline: Pattern
    /// Date forms an Updated label uses.
    let isoDate: Pattern
    let dayMonthYear: Pattern
    let monthDayYear: Pattern
    /// A time of day before the date ("at 14:24 GMT, Friday, …") or after it (", 09:30 a.m. EST").
    let timeBeforeDate: Pattern
    let timeAfterDate: Pattern
    /// What may follow a label's date in its part: nothing, or a note after punctuation.
    let labelTail: Pattern

    init() throws {
        let amount = #"(?:\d{1,3}|"# + TimeVocabulary.amountAlternation + #")"#
        let zone = #"(?:"# + TimeVocabulary.zoneAlternation + #"|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?)"#
        let clock = #"(?<hour>\d{1,2})[:.](?<minute>[0-5]\d)(?:\s*(?<meridiem>[ap])\.?\s?m\b\.?)?(?:\s+\(?(?<zone>"# + zone + #")\)?(?![\p{L}\p{N}]))?"#
        let month = #"(?<month>"# + TimeVocabulary.monthAlternation + #")"#
        let weekday = #"(?:(?:"# + TimeVocabulary.weekdayAlternation + #")\.?,?\s+)?"#

        separator = try Pattern(#"\s*[|·•‧∙▪]\s*|\s+[—–/-]\s+|[—–]"#)

        relativeStamp = try Pattern(#"""
            \G
            (?<label>(?:page\s+)?(?:last\s+)?(?:updated|modified|edited|posted|published|added|refreshed|submitted)(?:\s+on)?\s*:?\s*)?
            (?<core>
                (?<amount>\#(amount))[\s-]*(?<unit>\#(TimeVocabulary.stampUnits))\.?\s+ago
              | (?<compactAmount>\d{1,3})(?-i:(?<compactUnit>\#(TimeVocabulary.compactUnits)))\.?
              | (?<vague>just\s+now|(?:a\s+)?moments?\s+ago|(?:seconds|minutes|hours)\s+ago)
              | (?<dayWord>today|yesterday)(?:(?:\s*,\s*|\s+at\s+|\s+)\#(clock))?
            )
            (?<tail>\s*,?\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?
            (?<period>\s*\.)?
            \s*\z
            """#, options: [.caseless, .extended])

        liveLabel = try Pattern(#"""
            \G(?<live>(?:LIVE|Live)(?:\s+(?:NOW|Now|now|UPDATES|Updates|updates|BLOG|Blog|blog|COVERAGE|Coverage|coverage))?
              |(?:BREAKING|Breaking)(?:\s+(?:NEWS|News|news))?|JUST\s+IN|Just\s+in)\s*:?\s*\z
            """#, options: [.extended])

        liveLabelPrefix = try Pattern(#"\G(?<live>LIVE|Live|BREAKING(?:\s+NEWS)?|Breaking(?:\s+[Nn]ews)?|JUST\s+IN|Just\s+in)\s*:\s+(?=\S)"#)

        updatedLabel = try Pattern(#"""
            \G(?<label>(?:page\s+)?(?:last\s+)?(?:updated|modified|edited|revised|amended)(?:\s+on)?)\s*:?\s*(?:at\s+|on\s+)?
            (?=\d|(?:\#(TimeVocabulary.monthAlternation)|\#(TimeVocabulary.weekdayAlternation))\b)
            """#, options: [.caseless, .extended])

        proseRelativeTime = try Pattern(#"""
            (?<![\p{L}\p{N}-])
            (?:
                (?<amount>\d{1,3}(?:\.\d+)?|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|\#(TimeVocabulary.amountAlternation))
                (?<half>\s+and\s+(?:a\s+half|one-half))?[\s-]+(?<unit>\#(TimeVocabulary.proseUnits))(?<unitHalf>\s+and\s+a\s+half)?\s+ago
              | (?<vague>(?:a\s+)?moments?\s+ago|(?:seconds|minutes|hours)\s+ago)
              | (?<today>(?:earlier|later)\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))
            )
            (?![\p{L}\p{N}])
            """#, options: [.caseless, .extended])

        dateline = try Pattern(#"""
            \A\s*(?:[^\n]*\n\s*\n\s*){0,2}\p{Lu}[\p{L}.'’()/&\s-]{1,60}?,(?:\s+\p{Lu}[\p{L}.]*)*,?\s+
            (?:\#(TimeVocabulary.monthAlternation))\.?\s+\d{1,2}\s*(?:-|–|—|\()
            """#, options: [.caseless, .extended])

        isoDate = try Pattern(#"\G(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?(?:\s?(?<zone>Z|[+-]\d{2}:?\d{2}|"# + TimeVocabulary.zoneAlternation + #"))?)?(?![\p{L}\p{N}])"#, options: [.caseless])
        dayMonthYear = try Pattern(#"\G"# + weekday + #"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+"# + month + #"\.?,?\s+(?<year>\d{4})(?!\d)"#,
                                   options: [.caseless])
        monthDayYear = try Pattern(#"\G"# + weekday + month + #"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?!\d)"#,
                                   options: [.caseless])
        timeBeforeDate = try Pattern(#"\G"# + clock + #"\s*,?\s*(?:on\s+)?(?=\d|[\p{L}])"#, options: [.caseless])
        timeAfterDate = try Pattern(#"\G(?:\s*,?\s*(?:at\s+)?|\s*[-–—]\s*)"# + clock + #"(?![\p{N}])"#, options: [.caseless])
        labelTail = try Pattern(#"\G(?:\s*[.:;,(].*|\s*)\z"#, options: [.dotAll])
    }
}
