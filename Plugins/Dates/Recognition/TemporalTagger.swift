import CopydeskCore

/// A temporal expression found in a text, with its TIMEX3 normalisation.
struct TaggedExpression: Sendable {
    /// UTF-8 range in the text.
    var range: Range<Int>
    var timex: Timex
    /// The calendar date as written, for the checks.
    var written: WrittenDate?
}

/// Finds and normalises the temporal expressions of a text.
struct TemporalTagger: Sendable {
    var numericOrder: NumericOrder = .mdy

    /// Tags `text`, anchoring relative expressions at `reference` (the publication date).
    func tag(_ text: String, reference: DocumentDate?) -> [TaggedExpression] {
        var text = text
        let tokens = text.withUTF8 { DatesVocabulary.tokens(in: $0) }
        var resolver = Resolver(reference: reference, tokens: tokens)
        // Each expression is resolved as it is recognised (the resolver reads them in order, as the
        // grammar finds them), so the grammar's readings are never all held at once.
        var tagged: [TaggedExpression] = []
        TemporalGrammar(tokens: tokens, numericOrder: numericOrder).recognise { expression in
            let range = tokens[expression.tokens.lowerBound].range.lowerBound..<tokens[expression.tokens.upperBound - 1].range.upperBound
            tagged.append(TaggedExpression(range: range, timex: resolver.resolve(expression), written: expression.written))
        }
        return tagged
    }
}
