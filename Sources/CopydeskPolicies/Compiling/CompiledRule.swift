import CopydeskCore

/// A policy rule ready to run: its description, its compiled check, message and exceptions.
/// A class, so that running a rule does not copy it.
final class CompiledRule: Sendable {
    let id: String
    let scopes: [Scope]
    let description: RuleDescription
    let check: any RuleCheck
    let message: MessageTemplate
    /// Matches of these cancel findings they cover (capitalization applies them to words itself).
    let exceptions: Pattern?
    let caseless: Bool

    init(id: String, scopes: [Scope], description: RuleDescription, check: any RuleCheck, message: MessageTemplate,
         exceptions: Pattern?, caseless: Bool) {
        self.id = id
        self.scopes = scopes
        self.description = description
        self.check = check
        self.message = message
        self.exceptions = exceptions
        self.caseless = caseless
    }

    func findings(_ input: CheckInput) throws -> [Finding] {
        var hits = try check.hits(input)
        guard !hits.isEmpty else { return [] }
        if let exceptions {
            var covers: [Range<Int>] = []
            for range in input.ranges {
                try input.forEachMatch(of: exceptions, in: range) { covers.append($0.range); return true }
            }
            hits.removeAll { hit in covers.contains { $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound } }
        }
        var seen: Set<Range<Int>> = []
        var findings: [Finding] = []
        for hit in hits where seen.insert(hit.range).inserted {
            let matched = input.text(hit.range)
            let text = message.render { $0 == "match" ? matched : hit.values[$0] }
            findings.append(Finding(ruleID: id, message: text, range: hit.range, related: hit.related, fixes: hit.fixes))
        }
        return findings
    }
}

/// Compiles the rules of a pack: every pattern once, word lists folded into one alternation each.
enum PolicyCompiler {
    static func compile(_ pack: PolicyPack) throws -> [CompiledRule] {
        let log = DiagnosticLog()
        let compiled = pack.rules.compactMap { compile($0, log: log) }
        if !log.isEmpty { throw PolicyError(log.diagnostics) }
        return compiled
    }

    /// The patterns a rule's parameters hold (word lists excluded).
    static func patternTexts(of rule: PolicyRule) -> [String] {
        rule.kind.definition.patternTexts(of: rule.parameters)
    }

    /// Whether a pattern turns on caseless matching inline (`(?i)`, `(?mi:`…), which the prefilter must know.
    static func hasInlineCaseless(_ pattern: String) -> Bool {
        var scalars = pattern.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "(") {
            scalars = scalars[scalars.index(after: open)...]
            guard scalars.first == "?" else { continue }
            for scalar in scalars.dropFirst() {
                if scalar == "i" { return true }
                if scalar == "-" || !("a"..."z").contains(scalar) && !("A"..."Z").contains(scalar) { break }
            }
        }
        return false
    }

    static func compile(_ rule: PolicyRule, log: DiagnosticLog) -> CompiledRule? {
        let errorsBefore = log.diagnostics.count
        let compiler = PatternCompiler(rule: rule, log: log)
        let caseless = rule.ignorecase
        var exceptions: Pattern?
        if !rule.exceptions.isEmpty {
            let valid = rule.exceptions.filter { compiler.compile($0) != nil }
            if valid.count == rule.exceptions.count {
                exceptions = compiler.compile(PolicyText(valid.map { "(?:\($0.text))" }.joined(separator: "|"),
                                                         at: rule.exceptions[0].location))
            }
        }

        let compilation = KindCompilation(rule: rule, compiler: compiler, log: log, caseless: caseless, exceptions: exceptions,
                                          errorsBefore: errorsBefore)
        guard let check = rule.kind.definition.compile(rule.parameters, compilation) else { return nil }
        // A capitalization rule applies its exceptions itself, word by word.
        let appliesExceptions = rule.kind != .capitalization

        let template = MessageTemplate(rule.message.text)
        let known = check.placeholders.union(["match"])
        for name in template.placeholders where !known.contains(name) {
            let choices = known.sorted()
            log.error(rule.message.location, "unknown placeholder `{\(name)}` in the message of rule `\(rule.id)`"
                      + Suggestions.hint(for: name, among: choices, matching: .policies, style: .parenthesised) + "; known: "
                      + choices.map { "`{\($0)}`" }.joined(separator: ", "))
        }
        guard log.diagnostics.count == errorsBefore else { return nil }

        let description = RuleDescription(
            id: rule.id, shortDescription: rule.description,
            fullDescription: "\(rule.description) (\(rule.kind.rawValue) rule of the `\(rule.pack)` policy pack)",
            help: rule.help, defaultLevel: rule.level, enabledByDefault: rule.enabled, examples: rule.examples,
            helpURI: rule.link)
        return CompiledRule(id: rule.id, scopes: rule.scopes, description: description, check: check, message: template,
                            exceptions: appliesExceptions ? exceptions : nil,
                            caseless: caseless || patternTexts(of: rule).contains(where: hasInlineCaseless))
    }
}
