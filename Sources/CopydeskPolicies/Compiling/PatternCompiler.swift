import CopydeskCore

/// Compiles a rule's patterns, turning PCRE2 errors into diagnostics that name the pack, the rule,
/// the offset in the pattern and PCRE2's message.
struct PatternCompiler {
    let rule: PolicyRule
    let log: DiagnosticLog

    var options: Pattern.Options { rule.ignorecase ? [.caseless] : [] }

    func compile(_ text: PolicyText, caseless: Bool? = nil) -> Pattern? {
        let options: Pattern.Options = (caseless ?? rule.ignorecase) ? [.caseless] : []
        do {
            return try Pattern(text.text, options: options)
        } catch PatternError.compile(let pattern, let offset, let message) {
            log.error(text.location, "invalid pattern in pack `\(rule.pack)`, rule `\(rule.id)`: /\(PatternError.excerpt(of: pattern, around: offset))/ "
                      + "at offset \(offset): \(message)")
        } catch {
            log.error(text.location, "invalid pattern in pack `\(rule.pack)`, rule `\(rule.id)`: \(error)")
        }
        return nil
    }

    /// The matcher of a word list, or nil when the list is empty (or, logged, does not compile).
    func wordList(_ tokens: [String]) -> WordList? {
        guard !tokens.isEmpty else { return nil }
        return WordList(tokens: tokens, compiler: self)
    }

    /// The word list followed by each pattern.
    func compile(tokens: [String], patterns: [PolicyText]) -> PatternSet {
        PatternSet(words: wordList(tokens), patterns: patterns.compactMap { compile($0) })
    }
}
