import CopydeskCore

/// What kind of text a configuration lints (`profile:` in `.copydesk.yml`): a profile gives the
/// defaults that the configuration files then override.
///
/// - `article` (the default): news copy. Every built-in plugin and the default packs; the
///   `moderation` plugin reads copy (`context: article`: abuse in a direct quotation is a note for
///   the editor), its verdict is off.
/// - `comments`: readers' comments, social posts and other user submissions. Moderation on with
///   `context: comments` (quoted abuse is flagged too, spam signals are looked for) and its
///   `moderation/verdict` fact tag on; of the packs only `pii` (doxxing: phone numbers, addresses);
///   the article-only plugins off: `dates` (no "no reference date" notes on short texts),
///   `attribution` (first references, quotes), `stale-timestamps` (page furniture), `sanctions`.
public enum Profile: String, Sendable, Hashable, CaseIterable {
    case article, comments

    /// The packs used unless a configuration names its own.
    public var packs: [String] {
        switch self {
        case .article: return ["newsroom", "consistency", "scrape-residue", "pii"]
        case .comments: return ["pii"]
        }
    }

    /// Plugin settings a configuration's own settings are merged over.
    public var plugins: [String: PluginSetting] {
        switch self {
        case .article: return [:]
        case .comments:
            return ["dates": PluginSetting(enabled: false), "attribution": PluginSetting(enabled: false),
                    "stale-timestamps": PluginSetting(enabled: false), "sanctions": PluginSetting(enabled: false),
                    "moderation": PluginSetting(enabled: true, options: ["context": .string("comments")])]
        }
    }

    /// Rule settings a configuration's own settings are merged over.
    public var rules: [String: RuleSetting] {
        switch self {
        case .article: return [:]
        case .comments: return ["moderation/verdict": .on(nil)]
        }
    }
}
