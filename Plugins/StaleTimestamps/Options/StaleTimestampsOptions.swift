import CopydeskCore

/// The plugin's options, read from its configuration.
struct StaleTimestampsOptions: PluginOptionSet {
    /// How many days the file's last commit may follow its Updated label before `git-modified` reports it.
    var gitModifiedDays = 1

    static let documentation = [
        PluginOption("gitModifiedDays",
                     "Days the file's last git commit may follow its Updated label before git-modified reports it (default 1)."),
    ]

    init(options: JSONValue) throws {
        guard case .object(let members) = options else {
            if options == .null { return }
            throw PluginOptionError(option: "stale-timestamps", message: "expected a mapping of options")
        }
        for (name, value) in members {
            switch name {
            case "gitModifiedDays":
                guard let days = value.intValue, days >= 0 else {
                    throw PluginOptionError(option: name, message: "expected a whole number of days, 0 or more")
                }
                gitModifiedDays = days
            default:
                throw PluginOptionError(option: name, message: "unknown option; the plugin accepts \(StaleTimestampsOptions.documentation.map(\.name).joined(separator: ", "))")
            }
        }
    }
}
