import CopydeskCore
import Foundation
import SanctionsPlugin

/// The sanctions plugin as configured: its options read, its lists imported (downloaded and cached
/// when configured so) into indexes, and the plugin made over them.
///
/// Options (all optional):
/// - `lists`: `[{format, path}]` or `[{format, url}]` (optional `namesFrom`, `date`, `supplement`: read
///   only to complete the entries the other lists carry under the same ids); formats `ofac-sdn`,
///   `ofac-consolidated`, `un-xml`, `uk-ofsi`,
///   `uk-fcdo`, `opensanctions-ftm`, `eu-journal`. Paths are relative to the working folder.
/// - `includeDefault`: also load the embedded default index (default: true when `lists` is empty).
/// - `cacheDirectory`: where compiled indexes and downloads live (default `~/.cache/copydesk`).
/// - `index`: a compiled index file to use instead of lists.
extension SanctionsRulePlugin {
    public static let factory = PluginFactory(
        id: "sanctions", summary: "Mentions of people, companies and vessels on sanctions lists.", options: Settings.self
    ) { settings in
        try SanctionsRulePlugin(settings: settings)
    }

    /// The plugin's settings, read from its options.
    public struct Settings: PluginOptionSet {
        public static let documentation = [
            PluginOption("lists", "Lists to load: [{format, path}] or [{format, url}] (formats: \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", ")); `supplement: true` reads a list only to complete the entries the others carry under the same ids)."),
            PluginOption("includeDefault", "Also use the embedded OFAC + UN + UK index (default: only when no lists are given)."),
            PluginOption("cacheDirectory", "Folder for compiled indexes and downloaded lists (default ~/.cache/copydesk)."),
            PluginOption("index", "A compiled index file (from `copydesk sanctions build-index`) to use."),
            PluginOption("maxListAge", "Days after a list's date when the run warns, once, that the lists need updating (default 30; 0: never)."),
        ]

        public var lists: [ListSource] = []
        public var includeDefault: Bool
        public var cacheDirectory: String
        public var indexFile: String?
        public var maxListAge = 30

        public init(options: JSONValue) throws {
            if let lists = options["lists"] {
                guard let items = lists.arrayValue else { throw PluginOptionError(option: "lists", message: "must be a list of {format, path} or {format, url}") }
                self.lists = try items.map(ListSource.init(option:))
            }
            indexFile = options["index"]?.stringValue.map(ListSource.expandingTilde)
            if let include = options["includeDefault"] {
                guard let value = include.boolValue else { throw PluginOptionError(option: "includeDefault", message: "must be true or false") }
                includeDefault = value
            } else {
                includeDefault = lists.isEmpty && indexFile == nil
            }
            cacheDirectory = options["cacheDirectory"]?.stringValue.map(ListSource.expandingTilde) ?? IndexStore.defaultCacheDirectory
            if let age = options["maxListAge"] {
                guard let days = age.intValue, days >= 0 else { throw PluginOptionError(option: "maxListAge", message: "must be a number of days (0: never warn)") }
                maxListAge = days
            }
        }
    }

    /// The plugin over the indexes its options name: the embedded default, an index file, lists
    /// (compiled once and cached).
    public init(options: JSONValue) throws {
        try self.init(settings: Settings(options: options))
    }

    /// The plugin over the indexes `settings` name.
    public init(settings: Settings) throws {
        var indexes: [SanctionsIndex] = []
        do {
            if settings.includeDefault { indexes.append(try IndexStore.embedded()) }
            if let file = settings.indexFile { indexes.append(try IndexFile.read(path: file)) }
            if !settings.lists.isEmpty { indexes.append(try IndexStore.index(for: settings.lists, cacheDirectory: settings.cacheDirectory)) }
        } catch let error as PluginOptionError {
            throw error
        } catch {
            throw PluginOptionError(option: settings.lists.isEmpty ? "index" : "lists", message: "\(error)")
        }
        self.init(indexes: indexes, maxListAge: settings.maxListAge)
    }
}
