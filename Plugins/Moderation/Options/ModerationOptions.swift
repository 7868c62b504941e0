import CopydeskCore

/// The plugin's options, read from its configuration (`plugins: moderation:`); the `comments`
/// profile sets `context: comments`.
public struct ModerationOptions: Sendable, Hashable {
    /// What the text is: an article (copy), where abusive words in a direct quotation are notes for
    /// the editor and spam signals of social posts are not looked for; or readers' comments and
    /// social posts, where everything is flagged wherever it stands.
    public enum Context: String, Sendable, Hashable { case article, comments }

    public var context = Context.article
    /// The severity (0–1) from which the verdict is `review`, and from which it is `block`.
    public var reviewAt = 0.3
    public var blockAt = 0.7
    /// Listed terms of a lower severity are not reported: in comments, mild words such as `damn`
    /// and `crap` (0.25); in copy, also words that news uses in earnest (`porn`) and mild taunts (0.4).
    public var minimumSeverity = ModerationOptions.defaultMinimumSeverity(.article)

    static let accepted = [
        PluginOption("context", "article (default: quoted abuse is a note for the editor) or comments (everything is flagged; the comments profile sets it)."),
        PluginOption("review", "Severity from 0 to 1 at which the moderation/verdict is review (default 0.3)."),
        PluginOption("block", "Severity from 0 to 1 at which the moderation/verdict is block (default 0.7)."),
        PluginOption("minimumSeverity", "Listed terms below this severity are not reported (default 0.4 in articles, 0.25 in comments: mild words such as damn and crap; 0 reports them all)."),
    ]

    public init() {}

    static func defaultMinimumSeverity(_ context: Context) -> Double { context == .article ? 0.4 : 0.25 }

    init(_ options: JSONValue) throws {
        guard case .object(let members) = options else {
            if options == .null { return }
            throw PluginOptionError(option: "moderation", message: "expected a mapping of options")
        }
        for (name, value) in members {
            switch name {
            case "context":
                guard let raw = value.stringValue, let context = Context(rawValue: raw) else {
                    throw PluginOptionError(option: name, message: "expected `article` or `comments`")
                }
                self.context = context
                if members["minimumSeverity"] == nil { minimumSeverity = ModerationOptions.defaultMinimumSeverity(context) }
            case "review", "block", "minimumSeverity":
                guard let number = value.doubleValue, (0...1).contains(number) else {
                    throw PluginOptionError(option: name, message: "expected a number from 0 to 1")
                }
                switch name {
                case "review": reviewAt = number
                case "block": blockAt = number
                default: minimumSeverity = number
                }
            default:
                throw PluginOptionError(option: name, message: "unknown option; the plugin accepts \(ModerationOptions.accepted.map(\.name).joined(separator: ", "))")
            }
        }
        guard reviewAt <= blockAt else {
            throw PluginOptionError(option: "review", message: "the review threshold (\(reviewAt)) must not be above the block threshold (\(blockAt))")
        }
    }
}
