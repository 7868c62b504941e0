import AttributionPlugin
import CopydeskCore
import CopydeskEngine
import CopydeskPolicies
import DatesPlugin
import ModerationPlugin
import SanctionsLists
import SanctionsPlugin
import StaleTimestampsPlugin

/// The plugins Copydesk ships, registered through the same API a third party uses. A new built-in
/// plugin adds one line here (and its target to this module's dependencies in Package.swift).
public enum BuiltInPlugins {
    /// In the order `copydesk rules` lists them.
    public static let factories: [PluginFactory] = [
        DatesRulePlugin.factory,
        AttributionRulePlugin.factory,
        SanctionsRulePlugin.factory,
        StaleTimestampsRulePlugin.factory,
        ModerationRulePlugin.factory,
        PolicyRulePlugin.factory,
    ]
}

extension PluginRegistry {
    /// The built-in plugins (and, when the environment asks for it, the fault-injection plugin that
    /// tests crash recovery).
    public static let builtIn = PluginRegistry(
        factories: BuiltInPlugins.factories + (FaultInjectionPlugin.isRequested ? [FaultInjectionPlugin.factory] : []))
}

extension LintRunner {
    /// A runner with the built-in plugins.
    public init() {
        self.init(registry: .builtIn)
    }
}
