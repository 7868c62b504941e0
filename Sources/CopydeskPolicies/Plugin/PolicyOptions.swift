import CopydeskCore

/// The policy plugin's options: the packs to load (folders or shipped packs' names), found by
/// `PackLocator` as they are read.
struct PolicyOptions: PluginOptionSet {
    static let documentation = [PluginOption("packs", "Folders of policy YAML files to load, or names of shipped packs "
                                             + "(\(ShippedPacks.shippedPackNames.joined(separator: ", "))); default: all shipped packs.")]

    /// The packs' folders, in order.
    var packFolders: [String]

    init(options: JSONValue) throws {
        let object = options.objectValue ?? [:]
        if options.objectValue == nil, options != .null {
            throw PluginOptionError(option: "policies", message: "options must be a mapping")
        }
        for key in object.keys where key != "packs" {
            throw PluginOptionError(option: key, message: "unknown option" + Suggestions.hint(for: key, among: ["packs"], matching: .policies, style: .parenthesised))
        }
        var references = ShippedPacks.shippedPackNames
        if let packs = object["packs"] {
            guard let list = packs.stringsValue, list.count == (packs.arrayValue?.count ?? 1) else {
                throw PluginOptionError(option: "packs", message: "expected a list of folders or shipped pack names")
            }
            references = list
        }
        var folders: [String] = []
        for reference in references {
            guard let folder = PackLocator.folder(for: reference, order: .existingFolderFirst) else {
                let hint = Suggestions.hint(for: reference, among: ShippedPacks.shippedPackNames, matching: .policies, style: .parenthesised)
                throw PluginOptionError(option: "packs", message: "no policy pack folder `\(reference)`\(hint)")
            }
            folders.append(folder)
        }
        packFolders = folders
    }
}
