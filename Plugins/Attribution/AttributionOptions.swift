import CopydeskCore

/// The attribution plugin's options: none; any key is an error.
struct AttributionOptions: PluginOptionSet {
    static let documentation: [PluginOption] = []

    init(options: JSONValue) throws {
        if let members = options.objectValue, let key = members.keys.sorted().first {
            throw PluginOptionError(option: key, message: "the attribution plugin takes no options")
        }
    }
}
