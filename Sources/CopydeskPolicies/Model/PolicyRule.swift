import CopydeskCore

/// A text from a policy file together with where it was written, so that later errors (a pattern
/// that does not compile, a placeholder that does not exist) can point at it.
public struct PolicyText: Sendable, Hashable {
    public var text: String
    public var location: PolicyLocation

    public init(_ text: String, at location: PolicyLocation) {
        self.text = text
        self.location = location
    }
}

/// What a rule looks for.
public enum PolicyKind: String, Sendable, CaseIterable {
    /// Words, phrases or patterns that should not appear.
    case existence
    /// Words or patterns with a preferred replacement, offered as a fix.
    case substitution
    /// At most or at least N matches in each scope range (sentence length, exclamation marks).
    case occurrence
    /// The same word twice in a row.
    case repetition
    /// Two spellings of one thing in one document: the minority spelling is reported.
    case consistency
    /// If the first pattern appears, the second must too (an acronym and its expansion).
    case conditional
    /// Headings or titles that do not follow a capitalization style.
    case capitalization
    /// Patterns that appear in order inside one scope range (double attribution in a sentence).
    case sequence
}

/// A checksum a match must pass to count (a regular expression cannot judge it alone).
public enum PolicyValidator: String, Sendable, CaseIterable {
    /// Payment card numbers: the Luhn check digit.
    case luhn
    /// International Bank Account Numbers: country length and the mod-97 check.
    case iban
}

/// How an `occurrence` rule marks a scope range that has too many matches.
public enum OccurrenceReport: String, Sendable, CaseIterable {
    /// One finding over the whole scope range.
    case scope
    /// One finding on each match beyond the limit.
    case excess
}

/// The capitalization a `capitalization` rule expects.
public enum CapitalizationStyle: String, Sendable, CaseIterable {
    /// Only the first word (and exceptions such as names) capitalized.
    case sentence
    /// Every word capitalized except short function words inside the text.
    case title
    case lower
    case upper
}

/// One preferred replacement of a `substitution` rule.
public struct PolicySwap: Sendable, Hashable {
    /// The word or phrase (or, with `regex: true`, the pattern) to replace.
    public var target: PolicyText
    /// The replacement; with `regex: true` it may use `{group}` placeholders.
    public var replacement: String
}

/// The parts of a rule that depend on its kind.
public enum PolicyParameters: Sendable, Hashable {
    case existence(tokens: [String], patterns: [PolicyText], validator: PolicyValidator?)
    case substitution(swaps: [PolicySwap], regex: Bool)
    case occurrence(tokens: [String], patterns: [PolicyText], max: Int?, min: Int?, report: OccurrenceReport)
    case repetition(patterns: [PolicyText])
    case consistency(sets: [[String]])
    case conditional(first: PolicyText, second: PolicyText)
    case capitalization(style: CapitalizationStyle)
    case sequence(steps: [PolicyText])
}

/// A rule as written in a policy file.
public struct PolicyRule: Sendable, Hashable {
    /// The pack's name (its folder's name).
    public var pack: String
    /// The rule's name inside the pack.
    public var name: String
    /// Where the rule's mapping starts.
    public var location: PolicyLocation
    public var kind: PolicyKind
    /// The message template: `{match}` and named groups, plus what the kind adds.
    public var message: PolicyText
    public var level: Level
    public var description: String
    public var help: String
    public var scopes: [Scope]
    public var ignorecase: Bool
    public var enabled: Bool
    /// Patterns whose matches cancel a finding they cover.
    public var exceptions: [PolicyText]
    public var examples: [RuleExample]
    public var link: String?
    public var parameters: PolicyParameters

    /// `<pack>/<rule>`.
    public var id: String { "\(pack)/\(name)" }
}

/// A folder of policy files, loaded.
public struct PolicyPack: Sendable {
    public var name: String
    public var folder: String
    public var rules: [PolicyRule]
}
