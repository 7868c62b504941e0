import CopydeskCore

/// Names that hold a temporal word: titles and organisations ("The Sunday Times", "the Good Friday
/// Agreement", "Spring Street"), people ("April Jones", "Grace August"), products ("Windows 2000",
/// "Pay ABC 2000") and addresses ("1600 Pennsylvania Avenue").
extension TemporalGrammar {
    /// Whether a recognised expression is part of a name rather than a time.
    func isPartOfName(_ r: Recognised) -> Bool {
        let start = r.tokens.lowerBound, end = r.tokens.upperBound
        switch r.meaning {
        case .weekday, .month, .season, .holiday:
            // A capitalised day, month, season or holiday run on into a capitalised word that is not
            // temporal: "The Sunday Times", "Friday Night Lights", "April Jones", "Spring Street".
            if tokens[end - 1].isCapitalized, let next = tokens[safe: end], next.kind == .word, next.isCapitalized,
               entry(end) == nil, !next.lower.hasPrefix("'"), !Self.introducesDay.contains(word(start - 1)) { return true }
            // A month after a given name: "Grace August, 34".
            if case .month = r.meaning, end - start == 1, let previous = tokens[safe: start - 1], previous.kind == .word,
               previous.isCapitalized, entry(start - 1) == nil, !Self.introducesDay.contains(previous.word),
               !Self.functionWords.contains(previous.word) { return true }
            return false
        case .point(let p) where p.unit == .year && end - start == 1 && tokens[start].kind == .number:
            // A product's model year: "Windows 2000", "Office 2016", "Pay ABC 2000".
            if let previous = tokens[safe: start - 1], previous.kind == .word, previous.isCapitalized, entry(start - 1) == nil,
               !Self.introducesDay.contains(previous.word), !Self.functionWords.contains(previous.word) { return true }
            // A street number: "1600 Pennsylvania Avenue".
            var k = end
            while k < min(end + 3, tokens.count), tokens[k].isCapitalized, tokens[k].kind == .word {
                if Self.streetWords.contains(tokens[k].word) { return k > end }
                k += 1
            }
            return false
        default:
            return false
        }
    }

    /// Words before a temporal word that make it one ("on Sunday", "since April").
    static let introducesDay: WordSet = [
        .on, .since, .until, .till, .by, .from, .before, .after, .last, .next, .this, .every, .early, .late, .mid,
        .`in`, .during, .through, .over, .at, .each, .fiscal, .calendar, .his, .her, .their, .its, .our, .my, .your,
    ]

    /// Capitalised at the start of a sentence, these words are not names.
    static let functionWords: WordSet = [
        .a, .an, .and, .or, .but, .`for`, .to, .`as`, .about, .around, .between, .within, .so, .then, .when, .`while`,
        .`if`, .because, .although, .though, .unlike, .like, .than, .with, .without, .against, .toward, .towards, .into,
        .he, .she, .it, .they, .we, .i, .you, .his, .her, .its, .their, .our, .my, .your, .that, .these, .those,
        .there, .here, .what, .which, .who, .`where`, .why, .how, .all, .both, .only, .even, .still, .yet, .also,
        .however, .meanwhile, .later, .earlier, .again, .once, .up, .down, .out, .off, .under, .above, .below,
        .`is`, .was, .are, .were, .be, .been, .has, .have, .had, .will, .would, .may, .might, .can, .could,
        .shall, .should, .must, .`do`, .does, .did, .not, .no, .yes, .by, .per, .via, .said, .says, .reported,
    ]

    /// The last word of a street's name.
    static let streetWords: WordSet = [
        .avenue, .street, .road, .lane, .boulevard, .drive, .place, .way, .st, .ave, .rd, .court, .square, .terrace,
        .parkway, .highway, .close, .crescent,
    ]
}
