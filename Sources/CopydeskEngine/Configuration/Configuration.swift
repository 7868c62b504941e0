import CopydeskCore

/// One `.copydesk.yml`, as written: every part optional so that a folder's file can override
/// only what it names.
public struct Configuration: Sendable, Hashable {
    /// Policy packs: shipped pack names (`newsroom`) or folders relative to the file.
    public var packs: [String]?
    /// `profile:`, the kind of text linted (`article`, `comments`); nil: the parent's, else the
    /// resolver's default.
    public var profile: Profile?
    /// Per plugin: on or off, and its options.
    public var plugins: [String: PluginSetting] = [:]
    /// Per rule id: off, or the level to report at.
    public var rules: [String: RuleSetting] = [:]
    /// Globs (relative to the file's folder) of paths not to lint.
    public var ignore: [Glob] = []
    /// Settings that apply to some files only.
    public var overrides: [Override] = []
    /// Look up each file's last git commit (for `stale-timestamps/git-modified`).
    public var gitDates: Bool?
    /// Plugins to load at run time (read only from the top configuration).
    public var load: [PluginSpec] = []
    /// `root: true`: files in parent folders do not apply here (the defaults still do).
    public var isRoot = false
    /// The folder the file sits in (absolute); globs and pack paths are relative to it.
    public var folder: String
    /// The file it was read from, or nil for the built-in defaults.
    public var file: String?
    /// Line and column of each rule id named under `rules:`, for errors about unknown rules.
    public var rulePositions: [String: [Int]] = [:]
    /// Line and column of each name under `packs:` and of each plugin under `plugins:`, for errors
    /// about packs that cannot be found and plugin options that are refused.
    public var packPositions: [String: [Int]] = [:]
    public var pluginPositions: [String: [Int]] = [:]
    /// `ignore-tokens`: regular expressions whose matches in a source are not prose.
    public var ignoreTokens: [String] = []
    /// `ignore-blocks`: regular expressions (or start and end pairs) whose blocks are not prose.
    public var ignoreBlocks: [IgnoreBlockSetting] = []
    /// `html: prose:` and `html: exclude:` selectors (nil: the defaults).
    public var htmlProse: [String]?
    public var htmlExclude: [String]?

    public init(folder: String, file: String? = nil) {
        self.folder = folder
        self.file = file
    }

    /// The settings used when no configuration file is found.
    public static func defaults(folder: String, profile: Profile = .article) -> Configuration {
        var configuration = Configuration(folder: folder)
        configuration.packs = profile.packs
        return configuration
    }
}

/// An `ignore-blocks` entry as written: one pattern, or a start and an end pattern.
public struct IgnoreBlockSetting: Sendable, Hashable {
    public var start: String
    public var end: String?

    public init(start: String, end: String? = nil) {
        self.start = start
        self.end = end
    }
}

/// A plugin's setting: whether it runs, and its options.
public struct PluginSetting: Sendable, Hashable {
    public var enabled: Bool?
    public var options: [String: JSONValue]

    public init(enabled: Bool? = nil, options: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.options = options
    }
}

/// A rule's setting.
public enum RuleSetting: Sendable, Hashable {
    case off
    case on(Level?)
}

/// Settings for the files that match some globs.
public struct Override: Sendable, Hashable {
    public var files: [Glob]
    public var plugins: [String: PluginSetting]
    public var rules: [String: RuleSetting]
    /// The folder the globs are relative to.
    public var folder: String
}

/// A configuration or policy error, with the file, line and column it points at.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line = line, column != nil, line > 0 { location += ":\(column!)" }
        return "\(location): \(message)"
    }
}

/// The settings in force for one file: its folder's configuration chain merged, then the overrides
/// that match it.
public struct EffectiveConfiguration: Sendable, Hashable {
    /// The profile in force: the nearest configuration's `profile:`, else the resolver's default.
    public var profile: Profile = .article
    public var packs: [String]
    public var plugins: [String: PluginSetting]
    public var rules: [String: RuleSetting]
    public var gitDates: Bool
    /// What the reader leaves out of the prose (the chain's `ignore-tokens` and `ignore-blocks`
    /// together) and which HTML elements hold the prose (the nearest `html:` setting).
    public var ignoreTokens: [String] = []
    public var ignoreBlocks: [IgnoreBlockSetting] = []
    public var htmlProse: [String]?
    public var htmlExclude: [String]?

    /// A key that is equal for configurations that need the same plugin instances.
    var pluginKey: String {
        var parts = packs
        for id in plugins.keys.sorted() {
            let setting = plugins[id]!
            parts.append("\(id)=\(setting.enabled.map(String.init) ?? "-"):\(JSONValue.object(setting.options).canonicalJSON)")
        }
        return parts.joined(separator: "\u{1F}")
    }
}
