import CopydeskCore

/// One policy kind in one place: the keys it reads, how it reads them from a rule's mapping, how it
/// compiles them into a check, and (the `RuleCheck` it conforms to) how the check runs. A new kind
/// adds its case to `PolicyKind` and `PolicyParameters`, a file here, and a line to `definition`.
protocol PolicyKindDefinition: RuleCheck {
    static var kind: PolicyKind { get }
    /// The keys a rule of this kind may have besides the common ones.
    static var keys: [String] { get }
    /// The kind's parameters read from a rule's mapping, or nil after reporting what is wrong.
    static func read(_ r: PolicyParameterReader) -> PolicyParameters?
    /// The check for a rule of this kind, with its patterns compiled (errors go to the log).
    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)?
    /// The patterns the parameters hold (word lists excluded), which the prefilter reads for inline flags.
    static func patternTexts(of parameters: PolicyParameters) -> [String]
}

extension PolicyKind {
    /// The kind's definition.
    var definition: any PolicyKindDefinition.Type {
        switch self {
        case .existence: return ExistenceCheck.self
        case .substitution: return SubstitutionCheck.self
        case .occurrence: return OccurrenceCheck.self
        case .repetition: return RepetitionCheck.self
        case .consistency: return ConsistencyCheck.self
        case .conditional: return ConditionalCheck.self
        case .capitalization: return CapitalizationCheck.self
        case .sequence: return SequenceCheck.self
        }
    }
}

/// What a kind reads its parameters from: the rule's mapping, and the reading helpers every kind uses.
struct PolicyParameterReader {
    let kind: PolicyKind
    let values: [String: PolicyNode]
    let node: PolicyNode
    let ruleID: String
    let log: DiagnosticLog
    /// Reads the texts (patterns) under a key; the flag says whether the key is required.
    let readTexts: (String, Bool) -> [PolicyText]

    /// The texts (patterns) under a key; `required`: report it missing.
    func texts(_ key: String, _ required: Bool) -> [PolicyText] { readTexts(key, required) }

    /// A list of plain strings (a word list), or none.
    func plainStrings(_ key: String) -> [String] {
        values[key].flatMap { $0.strings(log, what: key) }?.map(\.0) ?? []
    }

    /// Whether one of `keys` is present; reports that one is needed when none is.
    func needsOne(of keys: [String]) -> Bool {
        if keys.contains(where: { values[$0] != nil }) { return true }
        log.error(node.location, "`\(kind.rawValue)` rule `\(ruleID)` needs "
                  + keys.map { "`\($0)`" }.joined(separator: " or "))
        return false
    }

    /// The one text under a required key.
    func single(_ key: String) -> PolicyText? {
        guard let value = values[key] else {
            log.error(node.location, "`\(kind.rawValue)` rule `\(ruleID)` needs `\(key)`")
            return nil
        }
        return value.string(log, what: key).map { PolicyText($0, at: value.location) }
    }
}

/// What a kind compiles its check with: the rule, its pattern compiler and the log of errors.
struct KindCompilation {
    let rule: PolicyRule
    let compiler: PatternCompiler
    let log: DiagnosticLog
    /// The rule's `ignorecase`.
    let caseless: Bool
    /// The rule's exceptions as one pattern (nil when it has none or one did not compile).
    let exceptions: Pattern?
    /// The log's error count before the rule was compiled.
    let errorsBefore: Int
}
