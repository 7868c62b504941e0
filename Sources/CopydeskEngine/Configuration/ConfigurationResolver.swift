import CopydeskCore
import CopydeskPolicies
import Foundation

/// Finds the configuration for each file (walking up from its folder; a folder's file overrides its
/// parent's), merges it, and makes the plugin instances each distinct configuration needs.
public final class ConfigurationResolver: @unchecked Sendable {
    public let registry: PluginRegistry
    /// A configuration file given with `--config`: it alone applies, wherever the file is.
    public let explicitFile: String?
    /// When set, collects the time making each plugin takes (under `<plugin id> (setup)`).
    public var timings: RuleTimings?
    private let lock = NSLock()
    private var chains: [String: [Configuration]] = [:]
    private var pluginSets: [String: PluginSet] = [:]
    /// Effective configurations of folders whose chain has no per-file overrides.
    private var folderConfigurations: [String: EffectiveConfiguration] = [:]
    private let defaultsFolder: String
    /// Whether `.copydesk.yml` files are looked for above each file (false: only `explicitFile`,
    /// or the defaults; for a service that must not read files a request names).
    private let discovers: Bool
    /// The profile of files whose configuration chain names none (`lint --profile`, a service's setting).
    public let defaultProfile: Profile

    public init(registry: PluginRegistry, explicitFile: String?, root: String, discovers: Bool = true,
                defaultProfile: Profile = .article) throws {
        self.registry = registry
        self.discovers = discovers
        self.defaultProfile = defaultProfile
        self.explicitFile = explicitFile.map { FileWalker.absolute($0, relativeTo: root) }
        defaultsFolder = root
        if let file = self.explicitFile {
            guard FileManager.default.fileExists(atPath: file) else {
                throw ConfigurationError(file: explicitFile!, message: "no such configuration file")
            }
            chains[""] = [try ConfigurationLoader.load(file: file, pluginOptions: registry.optionNames)]
        }
    }

    /// The configuration files that apply in `folder`, outermost first.
    public func chain(forFolder folder: String) throws -> [Configuration] {
        if explicitFile != nil { return chains[""]! }
        if !discovers { return [] }
        lock.lock()
        if let cached = chains[folder] { lock.unlock(); return cached }
        lock.unlock()
        let candidate = folder == "/" ? "/" + ConfigurationLoader.fileName : folder + "/" + ConfigurationLoader.fileName
        let own = FileManager.default.fileExists(atPath: candidate)
            ? try ConfigurationLoader.load(file: candidate, pluginOptions: registry.optionNames) : nil
        var result: [Configuration] = []
        // A root configuration stops the walk up: its parents' files are not even read.
        let parent = folder == "/" ? "" : ConfigurationResolver.folder(of: folder)
        if !(own?.isRoot ?? false), !parent.isEmpty, parent != folder {
            result = try chain(forFolder: parent)
        }
        if let own { result.append(own) }
        lock.lock()
        chains[folder] = result
        lock.unlock()
        return result
    }

    /// Whether an absolute path is ignored by any configuration that applies to it.
    public func isIgnored(absolutePath path: String) -> Bool {
        guard let chain = try? chain(forFolder: ConfigurationResolver.folder(of: path)) else { return false }
        for configuration in chain where !configuration.ignore.isEmpty {
            guard let relative = ConfigurationResolver.path(path, inside: configuration.folder) else { continue }
            if configuration.ignore.contains(where: { $0.matches(relative) }) { return true }
        }
        return false
    }

    /// The folder part of an absolute path.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `folder` when it is inside it (both absolute and normalised).
    static func path(_ path: String, inside folder: String) -> String? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// The merged settings for the file at an absolute path.
    public func effectiveConfiguration(forFile path: String) throws -> (EffectiveConfiguration, [Configuration]) {
        let folder = ConfigurationResolver.folder(of: path)
        let chain = try chain(forFolder: folder)
        let hasOverrides = chain.contains { !$0.overrides.isEmpty }
        if !hasOverrides {
            lock.lock()
            let cached = folderConfigurations[folder]
            lock.unlock()
            if let cached { return (cached, chain) }
        }
        let profile = chain.last(where: { $0.profile != nil })?.profile ?? defaultProfile
        let defaults = Configuration.defaults(folder: defaultsFolder, profile: profile)
        var effective = EffectiveConfiguration(packs: [], plugins: profile.plugins, rules: profile.rules, gitDates: false)
        effective.profile = profile
        var packs: [String] = []
        for pack in defaults.packs ?? [] {
            // A default pack that cannot be found is a broken install, never a quiet run without it.
            guard let resolved = PackLocator.resolve(pack, base: defaults.folder) else {
                let place = ShippedPacks.location.map { "in \($0.folder) (\($0.origin))" }
                    ?? "anywhere ($COPYDESK_POLICIES, share/copydesk/Policies beside the executable, its source checkout, the copy linked in)"
                throw ConfigurationError(file: "copydesk",
                                         message: "the shipped policy pack `\(pack)` cannot be found \(place); `copydesk doctor` shows where Copydesk looks")
            }
            packs.append(resolved)
        }
        for configuration in chain {
            if let named = configuration.packs {
                packs = []
                for pack in named {
                    guard let resolved = PackLocator.resolve(pack, base: configuration.folder) else {
                        let position = configuration.packPositions[pack]
                        let shipped = PackLocator.shippedPackNames()
                        let hint = pack == "moderation" ? " (the moderation pack became the built-in `moderation` plugin, on by default: remove it from `packs:`)"
                            : pack.contains("/") ? "" : Suggestions.hint(for: pack, among: shipped)
                        throw ConfigurationError(file: configuration.file ?? "configuration", line: position?[0], column: position?[1],
                                                 message: "policy pack `\(pack)` not found\(hint) (shipped packs: \(shipped.joined(separator: ", ")); a path is relative to the configuration file)")
                    }
                    packs.append(resolved)
                }
            }
            ConfigurationResolver.merge(plugins: configuration.plugins, into: &effective.plugins)
            effective.rules.merge(configuration.rules) { _, new in new }
            if let git = configuration.gitDates { effective.gitDates = git }
            effective.ignoreTokens += configuration.ignoreTokens
            effective.ignoreBlocks += configuration.ignoreBlocks
            if let prose = configuration.htmlProse { effective.htmlProse = prose }
            if let exclude = configuration.htmlExclude { effective.htmlExclude = exclude }
            for override in configuration.overrides {
                guard let relative = ConfigurationResolver.path(path, inside: override.folder),
                      override.files.contains(where: { $0.matches(relative) }) else { continue }
                ConfigurationResolver.merge(plugins: override.plugins, into: &effective.plugins)
                effective.rules.merge(override.rules) { _, new in new }
            }
        }
        effective.packs = packs
        if !hasOverrides {
            lock.lock()
            folderConfigurations[folder] = effective
            lock.unlock()
        }
        return (effective, chain)
    }

    static func merge(plugins: [String: PluginSetting], into target: inout [String: PluginSetting]) {
        for (id, setting) in plugins {
            var merged = target[id] ?? PluginSetting()
            if let enabled = setting.enabled { merged.enabled = enabled }
            merged.options.merge(setting.options) { _, new in new }
            target[id] = merged
        }
    }

    /// The plugin instances for a configuration, made once per distinct configuration.
    public func pluginSet(for configuration: EffectiveConfiguration, chain: [Configuration]) throws -> PluginSet {
        let key = configuration.pluginKey
        lock.lock()
        if let cached = pluginSets[key] { lock.unlock(); return cached }
        lock.unlock()
        // The plugins are made side by side (a pack compiles while an index loads): one article's
        // run is mostly this setup. Errors are reported in registry order, as one at a time would.
        let factories = registry.factories.filter { configuration.plugins[$0.id]?.enabled != false }
        let made = MadePlugins(count: factories.count)
        DispatchQueue.concurrentPerform(iterations: factories.count) { k in
            // Last first: the registry lists the policy engine, whose packs take longest to compile, last.
            let index = factories.count - 1 - k
            let factory = factories[index]
            var options = configuration.plugins[factory.id]?.options ?? [:]
            if factory.id == "policies" && options["packs"] == nil {
                options["packs"] = .array(configuration.packs.map(JSONValue.string))
            }
            made.set(index, Result {
                if let timings { return try timings.measure(factory.id + " (setup)") { try factory.make(.object(options)) } }
                return try factory.make(.object(options))
            })
        }
        var plugins: [any RulePlugin] = []
        for (factory, result) in zip(factories, made.results) {
            do {
                plugins.append(try result!.get())
            } catch let error as ConfigurationError {
                throw error
            } catch {
                let setter = chain.last(where: { $0.plugins[factory.id] != nil })
                let position = setter?.pluginPositions[factory.id]
                throw ConfigurationError(file: setter?.file ?? chain.last?.file ?? "configuration", line: position?[0], column: position?[1],
                                         message: "plugin `\(factory.id)`: \(error)")
            }
        }
        let set = PluginSet(plugins: plugins)
        for configuration in chain {
            for id in configuration.rules.keys where set.rule(id) == nil && !set.pluginIDs.contains(id) {
                let position = configuration.rulePositions[id]
                throw ConfigurationError(file: configuration.file ?? "configuration", line: position?[0], column: position?[1],
                                         message: "unknown rule `\(id)`\(Suggestions.hint(for: id, among: set.ruleIDs))")
            }
        }
        lock.lock()
        pluginSets[key] = set
        lock.unlock()
        return set
    }
}

/// The plugin instances of one configuration, and their rules by id.
public struct PluginSet: Sendable {
    public let plugins: [any RulePlugin]
    private let rulesByID: [String: RuleDescription]

    public init(plugins: [any RulePlugin]) {
        self.plugins = plugins
        var rules: [String: RuleDescription] = [:]
        for plugin in plugins { for rule in plugin.rules { rules[rule.id] = rule } }
        rulesByID = rules
    }

    /// Rules of the engine itself, which the configuration can set like any other.
    static let engineRules = [InlineSuppressions.unusedRule.id: InlineSuppressions.unusedRule]

    public func rule(_ id: String) -> RuleDescription? { rulesByID[id] ?? PluginSet.engineRules[id] }
    public var ruleIDs: [String] { (Array(rulesByID.keys) + PluginSet.engineRules.keys).sorted() }
    public var pluginIDs: Set<String> { Set(plugins.map(\.id)) }
    public var allRules: [RuleDescription] { rulesByID.values.sorted { $0.id < $1.id } }
}

/// The outcome of each plugin factory, filled in from several threads.
private final class MadePlugins: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<any RulePlugin, any Error>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Result<any RulePlugin, any Error>) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }

    var results: [Result<any RulePlugin, any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}
