/// Everything a rule says about itself: identity, documentation, default level and the examples
/// that serve as its first tests.
public struct RuleDescription: Sendable, Hashable {
    /// `<plugin>/<rule>`, for example `stale-timestamps/relative-timestamp`.
    public var id: String
    /// One line: what the rule finds.
    public var shortDescription: String
    /// A paragraph: what the rule finds and why it matters.
    public var fullDescription: String
    /// How to fix what the rule finds, with an example; Markdown allowed.
    public var help: String
    /// The level a finding has unless the configuration says otherwise.
    public var defaultLevel: Level
    /// Rules that are off unless the configuration turns them on.
    public var enabledByDefault: Bool
    /// Texts that must trigger the rule, and texts that must not.
    public var examples: [RuleExample]
    /// Documentation link for the rule, if any.
    public var helpURI: String?

    public init(
        id: String, shortDescription: String, fullDescription: String, help: String,
        defaultLevel: Level, enabledByDefault: Bool = true, examples: [RuleExample], helpURI: String? = nil
    ) {
        self.id = id
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.help = help
        self.defaultLevel = defaultLevel
        self.enabledByDefault = enabledByDefault
        self.examples = examples
        self.helpURI = helpURI
    }

    /// The plugin part of the id (before the first `/`).
    public var pluginID: String { String(id.prefix { $0 != "/" }) }
}

/// A text that must (or must not) trigger a rule. In a triggering example, the expected finding
/// ranges may be marked with `«` and `»`; when marked, the findings must cover exactly those ranges.
public struct RuleExample: Sendable, Hashable {
    public enum Expectation: String, Sendable, Hashable { case triggers, passes }

    public var text: String
    public var expectation: Expectation
    /// The markup the text is written in.
    public var format: DocumentFormat
    /// The publication date the example is read against, in ISO 8601 form, if any.
    public var referenceDate: String?
    /// The current time for the example (ISO 8601), for rules that compare with "now".
    public var now: String?
    /// Plugin options the example runs with.
    public var options: JSONValue
    /// Expected message fragments or property values, checked when present: each string must occur
    /// in the message of some finding, or in its properties' canonical JSON.
    public var expectedFragments: [String]
    /// The file's last commit time (ISO 8601) the example is read with, for rules that compare it.
    public var lastCommitDate: String?

    public init(
        _ text: String, _ expectation: Expectation, format: DocumentFormat = .plainText,
        referenceDate: String? = nil, now: String? = nil, options: JSONValue = .object([:]),
        expecting expectedFragments: [String] = []
    ) {
        self.text = text
        self.expectation = expectation
        self.format = format
        self.referenceDate = referenceDate
        self.now = now
        self.options = options
        self.expectedFragments = expectedFragments
    }

    /// A text that must trigger the rule.
    public static func triggers(
        _ text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil, now: String? = nil,
        options: JSONValue = .object([:]), expecting: [String] = []
    ) -> RuleExample {
        RuleExample(text, .triggers, format: format, referenceDate: referenceDate, now: now, options: options,
                    expecting: expecting)
    }

    /// A text that must not trigger the rule.
    public static func passes(
        _ text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil, now: String? = nil,
        options: JSONValue = .object([:])
    ) -> RuleExample {
        RuleExample(text, .passes, format: format, referenceDate: referenceDate, now: now, options: options)
    }

    /// A text that must trigger the rule when the file's last commit was at `lastCommitDate`.
    public static func triggers(
        _ text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil, now: String? = nil,
        options: JSONValue = .object([:]), expecting: [String] = [], lastCommitDate: String
    ) -> RuleExample {
        var example = triggers(text, format: format, referenceDate: referenceDate, now: now, options: options,
                               expecting: expecting)
        example.lastCommitDate = lastCommitDate
        return example
    }

    /// A text that must not trigger the rule when the file's last commit was at `lastCommitDate`.
    public static func passes(
        _ text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil, now: String? = nil,
        options: JSONValue = .object([:]), lastCommitDate: String
    ) -> RuleExample {
        var example = passes(text, format: format, referenceDate: referenceDate, now: now, options: options)
        example.lastCommitDate = lastCommitDate
        return example
    }

    /// The example's text with its `«»` markers removed, and the marked ranges as UTF-8 offsets into it.
    public var unmarked: (text: String, marked: [Range<Int>]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var open: Int?
        for scalar in text.unicodeScalars {
            if scalar == "«" { open = bytes.count; continue }
            if scalar == "»", let start = open { ranges.append(start..<bytes.count); open = nil; continue }
            bytes.append(contentsOf: Array(String(scalar).utf8))
        }
        return (String(decoding: bytes, as: UTF8.self), ranges)
    }
}
