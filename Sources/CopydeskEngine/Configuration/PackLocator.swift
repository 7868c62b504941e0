import CopydeskPolicies
import Foundation

/// Finds policy packs for configurations: shipped packs by name (wherever `ShippedPacks` finds
/// them), users' packs by path relative to the configuration file.
public enum PackLocator {
    /// The folder of a pack named in a configuration whose folder is `base`.
    public static func resolve(_ pack: String, base: String) -> String? {
        if pack.contains("/") || pack.hasPrefix(".") {
            let path = pack.hasPrefix("/") ? pack : base + "/" + pack
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path).standardizedFileURL.path : nil
        }
        guard let shipped = ShippedPacks.folder else { return nil }
        let path = shipped + "/" + pack
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }

    /// Names of the shipped packs that can be found.
    public static func shippedPackNames() -> [String] {
        guard let shipped = ShippedPacks.folder else { return [] }
        return ShippedPacks.shippedPackNames.filter { FileManager.default.fileExists(atPath: shipped + "/" + $0) }.sorted()
    }
}
