import CopydeskCore
import CopydeskDocuments
import Foundation
import Yams

/// Reads `.copydesk.yml` files, checking every key and value and naming file, line and column for
/// anything it cannot accept.
public enum ConfigurationLoader {
    public static let fileName = ".copydesk.yml"
    static let topLevelKeys = ["root", "profile", "packs", "plugins", "rules", "ignore", "overrides", "git-dates", "load",
                               "ignore-tokens", "ignore-blocks", "html"]
    static let htmlKeys = ["prose", "exclude"]
    static let ignoreBlockKeys = ["start", "end"]
    static let loadKeys = ["path", "command", "isolation", "timeout"]
    static let overrideKeys = ["files", "plugins", "rules"]
    static let levelWords = ["off", "note", "warning", "error", "on"]
    /// The largest configuration file read: far more than any real one.
    static let maxFileBytes = 4 * 1024 * 1024

    /// Reads and checks one configuration file. `pluginOptions` lists each known plugin's option names.
    public static func load(file: String, pluginOptions: [String: [String]]) throws -> Configuration {
        let text: String
        do {
            let bytes = try RegularFile.read(file, limit: maxFileBytes)
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                throw ConfigurationError(file: file, message: "is not valid UTF-8")
            }
            text = decoded
        } catch let error as RegularFile.ReadError {
            throw ConfigurationError(file: file, message: "\(error)")
        }
        let folder = (file as NSString).deletingLastPathComponent
        var configuration = Configuration(folder: folder.isEmpty ? "." : folder, file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, reason) = YAMLErrorPosition.describe(error)
            throw ConfigurationError(file: file, line: line, column: column, message: "invalid YAML: \(reason)")
        }
        guard let root else { return configuration }
        let reader = NodeReader(file: file)
        let top = try reader.mapping(root, what: "the configuration")
        for (key, value) in top {
            switch key.string {
            case "packs":
                let packs = try reader.strings(value, what: "`packs`")
                if packs.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
                    throw reader.error(value, "`packs` has an empty name; give shipped pack names or folders")
                }
                configuration.packs = packs
                for item in value.sequence.map(Array.init) ?? [value] {
                    if let name = item.string, let mark = item.mark { configuration.packPositions[name] = [mark.line, mark.column] }
                }
            case "plugins":
                configuration.plugins = try readPlugins(value, reader: reader, pluginOptions: pluginOptions)
                for (pluginKey, _) in try reader.mapping(value, what: "`plugins`") {
                    if let id = pluginKey.string, let mark = pluginKey.mark { configuration.pluginPositions[id] = [mark.line, mark.column] }
                }
            case "rules":
                configuration.rules = try readRules(value, reader: reader)
                for (ruleKey, _) in try reader.mapping(value, what: "`rules`") {
                    if let id = ruleKey.string, let mark = ruleKey.mark { configuration.rulePositions[id] = [mark.line, mark.column] }
                }
            case "ignore": configuration.ignore = try reader.strings(value, what: "`ignore`").map(Glob.init)
            case "git-dates": configuration.gitDates = try reader.bool(value, what: "`git-dates`")
            case "ignore-tokens":
                configuration.ignoreTokens = try reader.scalarItems(value, what: "`ignore-tokens`").map { item in
                    try readPattern(item, reader: reader, what: "`ignore-tokens`", options: [])
                }
            case "ignore-blocks": configuration.ignoreBlocks = try readIgnoreBlocks(value, reader: reader)
            case "html":
                for (htmlKey, htmlValue) in try reader.mapping(value, what: "`html`") {
                    let selectors = try reader.scalarItems(htmlValue, what: "`html: \(htmlKey.string ?? "")`").map { item in
                        let text = item.scalar?.string ?? ""
                        do {
                            _ = try HTMLSelector(parsing: text)
                        } catch {
                            throw reader.error(item, "`html`: selector `\(text)`: \(error)")
                        }
                        return text
                    }
                    switch htmlKey.string {
                    case "prose": configuration.htmlProse = selectors
                    case "exclude": configuration.htmlExclude = selectors
                    default:
                        throw reader.error(htmlKey, "unknown key `\(htmlKey.string ?? "")` in `html`\(Suggestions.hint(for: htmlKey.string ?? "", among: htmlKeys)); known keys: \(htmlKeys.joined(separator: ", "))")
                    }
                }
            case "root": configuration.isRoot = try reader.bool(value, what: "`root`")
            case "profile":
                let names = Profile.allCases.map(\.rawValue)
                guard let name = value.string, let profile = Profile(rawValue: name) else {
                    throw reader.error(value, "`profile` must be one of \(names.joined(separator: ", "))\(Suggestions.hint(for: value.string ?? "", among: names))")
                }
                configuration.profile = profile
            case "load": configuration.load = try readLoad(value, reader: reader, folder: configuration.folder)
            case "overrides":
                guard case .sequence(let items) = value else {
                    throw reader.error(value, "`overrides` must be a list of {files, rules, plugins}")
                }
                for item in items {
                    var override = Override(files: [], plugins: [:], rules: [:], folder: configuration.folder)
                    for (k, v) in try reader.mapping(item, what: "an override") {
                        switch k.string {
                        case "files": override.files = try reader.strings(v, what: "`files`").map(Glob.init)
                        case "plugins": override.plugins = try readPlugins(v, reader: reader, pluginOptions: pluginOptions)
                        case "rules": override.rules = try readRules(v, reader: reader)
                        default:
                            throw reader.error(k, "unknown key `\(k.string ?? "")` in an override\(Suggestions.hint(for: k.string ?? "", among: overrideKeys))")
                        }
                    }
                    if override.files.isEmpty { throw reader.error(item, "an override needs `files:` globs") }
                    configuration.overrides.append(override)
                }
            default:
                let name = key.string ?? "\(key)"
                throw reader.error(key, "unknown key `\(name)`\(Suggestions.hint(for: name, among: topLevelKeys)); known keys: \(topLevelKeys.joined(separator: ", "))")
            }
        }
        return configuration
    }

    /// The `load:` list of the configuration file at `file`, read before the plugins it names are
    /// known (so that `plugins:` may configure them).
    public static func pluginSpecs(file: String) throws -> [PluginSpec] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return [] }
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: text) else { return [] }
        let reader = NodeReader(file: file)
        let folder = (file as NSString).deletingLastPathComponent
        for (key, value) in mapping where key.string == "load" {
            return try readLoad(value, reader: reader, folder: folder.isEmpty ? "." : folder)
        }
        return []
    }

    static func readLoad(_ node: Node, reader: NodeReader, folder: String) throws -> [PluginSpec] {
        guard case .sequence(let items) = node else { throw reader.error(node, "`load` must be a list of plugin paths or {path|command, isolation, timeout}") }
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : folder + "/" + path }
        return try items.map { item in
            if case .scalar(let scalar) = item { return PluginSpec(path: absolute(scalar.string)) }
            var spec = PluginSpec()
            for (key, value) in try reader.mapping(item, what: "a `load` entry") {
                switch key.string {
                case "path": spec = PluginSpec(path: absolute(try reader.strings(value, what: "`path`").first ?? "")).with(spec)
                case "command":
                    var command = try reader.strings(value, what: "`command`")
                    if let first = command.first, first.contains("/") { command[0] = absolute(first) }
                    spec.command = command
                case "isolation":
                    guard case .scalar(let scalar) = value, let isolation = PluginSpec.Isolation(rawValue: scalar.string) else {
                        throw reader.error(value, "`isolation` is `process` or `in-process`")
                    }
                    spec.isolation = isolation
                case "timeout":
                    guard case .scalar(let scalar) = value, let seconds = Double(scalar.string), seconds > 0 else {
                        throw reader.error(value, "`timeout` is a number of seconds")
                    }
                    spec.timeout = seconds
                default:
                    throw reader.error(key, "unknown key `\(key.string ?? "")` in a `load` entry\(Suggestions.hint(for: key.string ?? "", among: loadKeys))")
                }
            }
            if spec.library == nil && spec.command.isEmpty { throw reader.error(item, "a `load` entry needs `path` or `command`") }
            return spec
        }
    }

    /// A regular expression, checked now so that a bad one stops the run with its position.
    static func readPattern(_ node: Node, reader: NodeReader, what: String, options: Pattern.Options) throws -> String {
        let text = node.scalar?.string ?? ""
        if text.isEmpty { throw reader.error(node, "\(what): an empty pattern would match everywhere") }
        do {
            _ = try Pattern(text, options: options)
        } catch {
            throw reader.error(node, "\(what): \(error)")
        }
        return text
    }

    /// `ignore-blocks`: each entry one pattern whose matches are blocks (`^` and `$` match at line
    /// ends), or `{start, end}`: from each match of `start` to the end of the next match of `end`.
    static func readIgnoreBlocks(_ node: Node, reader: NodeReader) throws -> [IgnoreBlockSetting] {
        guard case .sequence(let items) = node else {
            throw reader.error(node, "`ignore-blocks` must be a list of patterns or {start, end} pairs")
        }
        return try items.map { item in
            if item.scalar != nil {
                return IgnoreBlockSetting(start: try readPattern(item, reader: reader, what: "`ignore-blocks`", options: .multiline))
            }
            var start: String?
            var end: String?
            for (key, value) in try reader.mapping(item, what: "an `ignore-blocks` entry") {
                guard value.scalar != nil else { throw reader.error(value, "`ignore-blocks`: `\(key.string ?? "")` must be one pattern") }
                switch key.string {
                case "start": start = try readPattern(value, reader: reader, what: "`ignore-blocks` start", options: .multiline)
                case "end": end = try readPattern(value, reader: reader, what: "`ignore-blocks` end", options: .multiline)
                default:
                    throw reader.error(key, "unknown key `\(key.string ?? "")` in an `ignore-blocks` entry\(Suggestions.hint(for: key.string ?? "", among: ignoreBlockKeys))")
                }
            }
            guard let start, let end else { throw reader.error(item, "an `ignore-blocks` entry needs both `start` and `end` (or is one pattern)") }
            return IgnoreBlockSetting(start: start, end: end)
        }
    }

    static func readPlugins(_ node: Node, reader: NodeReader, pluginOptions: [String: [String]]) throws -> [String: PluginSetting] {
        var plugins: [String: PluginSetting] = [:]
        for (key, value) in try reader.mapping(node, what: "`plugins`") {
            let id = key.string ?? ""
            guard let known = pluginOptions[id] else {
                throw reader.error(key, "unknown plugin `\(id)`\(Suggestions.hint(for: id, among: Array(pluginOptions.keys)))")
            }
            var setting = PluginSetting()
            switch value {
            case .scalar(let scalar):
                switch scalar.string.lowercased() {
                case "off", "false", "no": setting.enabled = false
                case "on", "true", "yes": setting.enabled = true
                default: throw reader.error(value, "plugin `\(id)`: expected on, off or a map of options")
                }
            default:
                for (optionKey, optionValue) in try reader.mapping(value, what: "plugin `\(id)`") {
                    let name = optionKey.string ?? ""
                    if name == "enabled" {
                        setting.enabled = try reader.bool(optionValue, what: "`enabled`")
                        continue
                    }
                    if !known.isEmpty && !known.contains(name) {
                        throw reader.error(optionKey, "plugin `\(id)` has no option `\(name)`\(Suggestions.hint(for: name, among: known + ["enabled"])); its options: \(known.joined(separator: ", "))")
                    }
                    do {
                        setting.options[name] = try JSONValue(yaml: optionValue)
                    } catch let error as YAMLExpansionError {
                        throw ConfigurationError(file: reader.file, line: error.line, column: error.column, message: "plugin `\(id)` option `\(name)`: \(error.message)")
                    }
                }
            }
            plugins[id] = setting
        }
        return plugins
    }

    static func readRules(_ node: Node, reader: NodeReader) throws -> [String: RuleSetting] {
        var rules: [String: RuleSetting] = [:]
        for (key, value) in try reader.mapping(node, what: "`rules`") {
            let id = key.string ?? ""
            guard case .scalar(let scalar) = value else { throw reader.error(value, "rule `\(id)`: expected off, note, warning or error") }
            switch scalar.string.lowercased() {
            case "off", "false", "no": rules[id] = .off
            case "on", "true", "yes": rules[id] = .on(nil)
            case let word:
                guard let level = Level(rawValue: word) else {
                    throw reader.error(value, "rule `\(id)`: `\(scalar.string)` is not a level\(Suggestions.hint(for: word, among: levelWords)); use off, note, warning or error")
                }
                rules[id] = .on(level)
            }
        }
        return rules
    }
}

/// Typed access to YAML nodes that reports the node's position on a type error.
struct NodeReader {
    let file: String

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    /// The pairs of a map whose keys are all plain words (a list or map as a key is refused).
    func mapping(_ node: Node, what: String) throws -> [(key: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(what) must be a map of keys to values") }
        for key in mapping.keys where key.scalar == nil {
            throw error(key, "a key in \(what) must be a word, not \(key.sequence != nil ? "a list" : "a map")")
        }
        return mapping.map { ($0.key, $0.value) }
    }

    func strings(_ node: Node, what: String) throws -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            return try sequence.map { item in
                guard case .scalar(let scalar) = item else { throw error(item, "\(what) must be a list of strings") }
                return scalar.string
            }
        default: throw error(node, "\(what) must be a string or a list of strings")
        }
    }

    /// The scalar nodes of a string or a list of strings, for errors that point at one item.
    func scalarItems(_ node: Node, what: String) throws -> [Node] {
        switch node {
        case .scalar: return [node]
        case .sequence(let sequence):
            for item in sequence where item.scalar == nil { throw error(item, "\(what) must be a list of strings") }
            return Array(sequence)
        default: throw error(node, "\(what) must be a string or a list of strings")
        }
    }

    func bool(_ node: Node, what: String) throws -> Bool {
        guard case .scalar(let scalar) = node, let value = Bool.construct(from: scalar) else {
            throw error(node, "\(what) must be true or false")
        }
        return value
    }
}
