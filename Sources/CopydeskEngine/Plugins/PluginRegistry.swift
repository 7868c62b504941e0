import CopydeskCore

/// The plugins a run can use. The engine knows none of them by name: the command line starts from
/// `PluginRegistry.builtIn` (in `CopydeskBuiltIns`) and adds any loaded at run time.
public struct PluginRegistry: Sendable {
    public private(set) var factories: [PluginFactory]

    public init(factories: [PluginFactory]) {
        self.factories = factories
    }

    /// Adds a plugin; a later one with the same id replaces the earlier.
    public mutating func register(_ factory: PluginFactory) {
        factories.removeAll { $0.id == factory.id }
        factories.append(factory)
    }

    public func factory(id: String) -> PluginFactory? { factories.first { $0.id == id } }

    /// Option names per plugin id, for checking configuration files.
    public var optionNames: [String: [String]] {
        Dictionary(uniqueKeysWithValues: factories.map { ($0.id, $0.options.map(\.name)) })
    }
}
