import Foundation

/// Finds a policy pack's folder from a reference: a folder path, or the name of a shipped pack
/// (wherever `ShippedPacks` finds them). The one locator for configurations, the policy plugin's
/// `packs` option and `test-policies`.
///
/// Two search orders remain, each kept for its caller (a candidate for a later behaviour change):
/// a configuration's `packs` (`.configuration`) read a reference with a `/` or a leading `.` as a
/// path relative to the configuration's folder, and any other as a shipped pack's name; the
/// plugin's `packs` option (`.existingFolderFirst`) takes an existing folder of that name relative
/// to the working folder first, and a shipped pack only for a name without `/`.
public enum PackLocator {
    public enum Order: Sendable {
        /// Path-like references are paths relative to the base folder; other names are shipped packs.
        case configuration
        /// An existing folder first (relative to the working folder), else a shipped pack's name.
        case existingFolderFirst
    }

    /// The folder of the pack `reference` names, or nil when there is none.
    public static func folder(for reference: String, base: String = ".", order: Order) -> String? {
        switch order {
        case .configuration:
            if reference.contains("/") || reference.hasPrefix(".") {
                let path = reference.hasPrefix("/") ? reference : base + "/" + reference
                return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path).standardizedFileURL.path : nil
            }
            guard let shipped = ShippedPacks.folder else { return nil }
            let path = shipped + "/" + reference
            return ShippedPacks.isDirectory(path) ? path : nil
        case .existingFolderFirst:
            if ShippedPacks.isDirectory(reference) { return ShippedPacks.standardized(reference) }
            if !reference.contains("/"), let shipped = ShippedPacks.folder {
                let candidate = (shipped as NSString).appendingPathComponent(reference)
                if ShippedPacks.isDirectory(candidate) { return candidate }
            }
            return nil
        }
    }

    /// The folder of a pack named in a configuration whose folder is `base`.
    public static func resolve(_ pack: String, base: String) -> String? {
        folder(for: pack, base: base, order: .configuration)
    }

    /// Names of the shipped packs that can be found.
    public static func shippedPackNames() -> [String] {
        guard let shipped = ShippedPacks.folder else { return [] }
        return ShippedPacks.shippedPackNames.filter { FileManager.default.fileExists(atPath: shipped + "/" + $0) }.sorted()
    }
}
