import CopydeskCore

/// Reports words or patterns that have a preferred replacement, with the replacement as a fix.
struct SubstitutionCheck: RuleCheck {
    /// All literal targets as one word list, and their replacements by normalized text.
    let wordList: WordList?
    let replacements: [String: String]
    /// Pattern targets (`regex: true`), each with its replacement template.
    let regexSwaps: [(pattern: Pattern, replacement: MessageTemplate)]
    let caseless: Bool
    let requiredLiterals: Set<String>?

    init(swaps: [PolicySwap], regex: Bool, compiler: PatternCompiler) {
        caseless = compiler.rule.ignorecase
        if regex {
            wordList = nil
            replacements = [:]
            regexSwaps = swaps.compactMap { swap in
                compiler.compile(swap.target).map { ($0, MessageTemplate(swap.replacement)) }
            }
            requiredLiterals = PatternSet(patterns: regexSwaps.map(\.pattern)).requiredLiterals(caseless: caseless)
        } else {
            wordList = compiler.wordList(swaps.map(\.target.text))
            var table: [String: String] = [:]
            for swap in swaps { table[SubstitutionCheck.key(swap.target.text, caseless: caseless)] = swap.replacement }
            replacements = table
            regexSwaps = []
            let isCaseless = compiler.rule.ignorecase
            requiredLiterals = wordList.flatMap { $0.requiredLiterals(caseless: isCaseless) }
        }
    }

    static func key(_ text: String, caseless: Bool) -> String {
        let collapsed = text.collapsingWhitespace
        return caseless ? collapsed.lowercased() : collapsed
    }

    var placeholders: Set<String> { Set(["replacement"]).union(regexSwaps.flatMap(\.pattern.groupNumbers.keys)) }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var hits: [Hit] = []
        func add(_ range: Range<Int>, _ replacement: String, _ groups: [String: String]) {
            let matched = input.text(range)
            let adapted = SubstitutionCheck.matchingCase(of: matched, replacement)
            guard adapted != matched else { return }
            var values = groups
            values["replacement"] = adapted
            hits.append(Hit(range: range, values: values,
                            fixes: [.replace(range, with: adapted, description: "Replace with ‘\(adapted)’")]))
        }
        for range in input.ranges {
            try wordList?.forEachMatch(input, in: range) { match in
                let key = SubstitutionCheck.key(input.text(match), caseless: caseless)
                if let replacement = replacements[key] { add(match, replacement, [:]) }
            }
            for (pattern, template) in regexSwaps {
                try PatternSet(patterns: [pattern]).forEachMatch(input, in: range) { match in
                    let groups = match.groupValues(input)
                    let matched = input.text(match.range)
                    add(match.range, template.render { $0 == "match" ? matched : groups[$0] ?? "" }, groups)
                }
            }
        }
        return hits
    }

    /// The replacement with the matched text's initial capital, when the match has one and the replacement does not.
    static func matchingCase(of matched: String, _ replacement: String) -> String {
        guard let first = matched.unicodeScalars.first, first.properties.isUppercase,
              let replacementFirst = replacement.unicodeScalars.first, replacementFirst.properties.isLowercase else {
            return replacement
        }
        return String(replacement.prefix(1)).uppercased() + replacement.dropFirst()
    }
}

extension SubstitutionCheck: PolicyKindDefinition {
    static let kind = PolicyKind.substitution
    static let keys = ["swap", "regex"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard let swapNode = r.values["swap"] else {
            r.log.error(r.node.location, "`substitution` rule `\(r.ruleID)` needs a `swap` mapping")
            return nil
        }
        let regex = r.values["regex"].flatMap { $0.bool(r.log, what: "regex") } ?? false
        guard let pairs = swapNode.pairs(r.log, what: "`swap`") else { return nil }
        var swaps: [PolicySwap] = []
        for (key, keyNode, value) in pairs {
            guard let replacement = value.string(r.log, what: "swap replacement") else { continue }
            swaps.append(PolicySwap(target: PolicyText(key, at: keyNode.location), replacement: replacement))
        }
        if swaps.isEmpty { r.log.error(swapNode.location, "`swap` is empty") }
        return .substitution(swaps: swaps, regex: regex)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .substitution(let swaps, let regex) = parameters else { return nil }
        return SubstitutionCheck(swaps: swaps, regex: regex, compiler: c.compiler)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .substitution(let swaps, let regex) = parameters else { return [] }
        return regex ? swaps.map(\.target.text) : []
    }
}
