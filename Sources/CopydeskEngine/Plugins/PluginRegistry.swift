import AttributionPlugin
import CopydeskCore
import CopydeskPolicies
import DatesPlugin
import ModerationPlugin
import SanctionsPlugin
import StaleTimestampsPlugin

/// The plugins a run can use: the built-in ones, and any loaded at run time.
public struct PluginRegistry: Sendable {
    public private(set) var factories: [PluginFactory]

    public init(factories: [PluginFactory]) {
        self.factories = factories
    }

    /// The built-in plugins, registered through the same API a third party uses (and, when the
    /// environment asks for it, the fault-injection plugin that tests crash recovery).
    public static let builtIn = PluginRegistry(factories: [
        DatesRulePlugin.factory,
        AttributionRulePlugin.factory,
        SanctionsRulePlugin.factory,
        StaleTimestampsRulePlugin.factory,
        ModerationRulePlugin.factory,
        PolicyRulePlugin.factory,
    ] + (FaultInjectionPlugin.isRequested ? [FaultInjectionPlugin.factory] : []))

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
