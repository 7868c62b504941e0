/// One thing a rule reports about a document.
///
/// Ranges are UTF-8 byte offsets into `Document.text` (the prose view); the runner maps them back
/// to exact source positions.
public struct Finding: Sendable, Hashable {
    /// `<plugin>/<rule>`.
    public var ruleID: String
    /// The level, or nil for the rule's configured level.
    public var level: Level?
    public var message: String
    public var range: Range<Int>
    public var related: [RelatedRange]
    public var fixes: [Fix]
    /// Typed facts about the finding (for example `timex`, `quote`, `sanctions`).
    public var properties: [String: JSONValue]

    public init(
        ruleID: String, level: Level? = nil, message: String, range: Range<Int>,
        related: [RelatedRange] = [], fixes: [Fix] = [], properties: [String: JSONValue] = [:]
    ) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.range = range
        self.related = related
        self.fixes = fixes
        self.properties = properties
    }
}

/// A second place a finding points at, with a short message.
public struct RelatedRange: Sendable, Hashable {
    public var range: Range<Int>
    public var message: String

    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}

/// A proposed change: one or more replacements that together fix a finding.
public struct Fix: Sendable, Hashable {
    public var description: String
    public var replacements: [Replacement]
    /// Whether `lint --fix` may apply it without asking when it is the only fix offered; false for
    /// a fix that is a suggestion to weigh (such as deleting what cannot be corrected).
    public var isAutomatic: Bool

    public init(description: String, replacements: [Replacement], isAutomatic: Bool = true) {
        self.description = description
        self.replacements = replacements
        self.isAutomatic = isAutomatic
    }

    /// A fix that replaces one range.
    public static func replace(_ range: Range<Int>, with text: String, description: String, isAutomatic: Bool = true) -> Fix {
        Fix(description: description, replacements: [Replacement(range: range, text: text)], isAutomatic: isAutomatic)
    }
}

/// Replace the text in `range` (UTF-8 offsets into `Document.text`) with `text`.
public struct Replacement: Sendable, Hashable {
    public var range: Range<Int>
    public var text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }
}
