import CopydeskCore

/// The level each rule reports at under one configuration, worked out once per configuration and
/// plugin set: the runner's settings, the report's rule list and every finding read this table.
struct RuleLevels: Sendable {
    /// What the configuration makes of a rule.
    enum Setting: Sendable, Equatable {
        /// Turned off (by the configuration, or off by default and not turned on).
        case off
        /// At the level the configuration names, whatever a finding says.
        case fixed(Level)
        /// At a finding's own level, else at this one (the rule's default).
        case findingOr(Level)

        /// The setting of `ruleID` (described by `rule` when known) under `configuration`.
        init(ruleID: String, rule: RuleDescription?, configuration: EffectiveConfiguration) {
            switch configuration.rules[ruleID] {
            case .off?: self = .off
            case .on(let level)?: self = level.map(Setting.fixed) ?? .findingOr(rule?.defaultLevel ?? .warning)
            case nil:
                if let rule, !rule.enabledByDefault { self = .off } else { self = .findingOr(rule?.defaultLevel ?? .warning) }
            }
        }

        /// The level of a finding that says `finding` (nil: it names none); nil when the rule is off.
        func level(finding: Level?) -> Level? {
            switch self {
            case .off: return nil
            case .fixed(let level): return level
            case .findingOr(let level): return finding ?? level
            }
        }
    }

    let configuration: EffectiveConfiguration
    private let settings: [String: Setting]

    /// The table for the rules of `plugins` and the engine's own rules.
    init(configuration: EffectiveConfiguration, plugins: PluginSet) {
        self.configuration = configuration
        var settings: [String: Setting] = [:]
        for id in plugins.ruleIDs {
            settings[id] = Setting(ruleID: id, rule: plugins.rule(id), configuration: configuration)
        }
        self.settings = settings
    }

    /// The level a rule reports a finding at (`finding`: the finding's own level), or nil when the rule is off.
    func level(for ruleID: String, finding: Level? = nil) -> Level? {
        (settings[ruleID] ?? Setting(ruleID: ruleID, rule: nil, configuration: configuration)).level(finding: finding)
    }
}
