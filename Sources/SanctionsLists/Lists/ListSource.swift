import CopydeskCore
import Foundation
import SanctionsPlugin

/// One configured list: its format and where its files are (a local path, or a URL that
/// `copydesk sanctions update` downloads into the cache).
public struct ListSource: Sendable, Hashable {
    /// The published formats the importers read.
    public enum Format: String, Sendable, CaseIterable {
        /// A folder with `sdn.csv`, `alt.csv`, `add.csv` (OFAC legacy CSV).
        case ofacSDN = "ofac-sdn"
        /// A folder with `cons_prim.csv`, `cons_alt.csv`, `cons_add.csv` (OFAC consolidated non-SDN list).
        case ofacConsolidated = "ofac-consolidated"
        /// The UN Security Council consolidated XML file.
        case unXML = "un-xml"
        /// A folder with the UK Sanctions List tables `subjects.csv`, `subject_names.csv`, `subject_identifiers.csv`.
        case ukFCDO = "uk-fcdo"
        /// OFSI's Consolidated List: `ConList.csv`, or its name table (CSV with `group_id`, `name_1`…`name_6`, `name_non_latin`).
        case ofsi = "uk-ofsi"
        /// OpenSanctions FollowTheMoney JSON lines.
        case openSanctions = "opensanctions-ftm"
        /// EU Official Journal consolidated CSV (a file or a folder of them); non-commercial licence.
        case euJournal = "eu-journal"

        /// The files a folder of this format holds (empty for single-file formats).
        public var fileNames: [String] {
            switch self {
            case .ofacSDN: return ["sdn.csv", "alt.csv", "add.csv"]
            case .ofacConsolidated: return ["cons_prim.csv", "cons_alt.csv", "cons_add.csv"]
            case .ukFCDO: return ["subjects.csv", "subject_names.csv", "subject_identifiers.csv"]
            case .unXML, .openSanctions, .euJournal, .ofsi: return []
            }
        }
    }

    public var format: Format
    public var path: String?
    public var url: String?
    /// For OFAC lists: another OFAC primary-name file that names entries found only in the alias
    /// file (OFAC shares entry numbers across its lists).
    public var namesFrom: String?
    /// The list's publication date when its files do not say it (OFAC's CSV files carry none).
    public var date: String?
    /// Read only to complete the entries other lists carry under the same ids (names, a position,
    /// IMO numbers): it adds no entry of its own. For another publication of a loaded list that
    /// prints more about each entry, such as OFSI's ConList beside the UK Sanctions List tables.
    public var supplement: Bool

    public init(format: Format, path: String? = nil, url: String? = nil, namesFrom: String? = nil, date: String? = nil,
                supplement: Bool = false) {
        self.format = format
        self.path = path
        self.url = url
        self.namesFrom = namesFrom
        self.date = date
        self.supplement = supplement
    }

    /// Reads `{format, path}` or `{format, url}`.
    public init(option: JSONValue) throws {
        guard let formatName = option["format"]?.stringValue else {
            throw PluginOptionError(option: "lists", message: "each list needs `format` (\(Format.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let format = Format(rawValue: formatName) else {
            throw PluginOptionError(option: "lists", message: "unknown format `\(formatName)`; known: \(Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let path = option["path"]?.stringValue.map(ListSource.expandingTilde)
        let url = option["url"]?.stringValue
        guard (path == nil) != (url == nil) else {
            throw PluginOptionError(option: "lists", message: "list `\(formatName)` needs exactly one of `path` or `url`")
        }
        var supplement = false
        if let value = option["supplement"] {
            guard let flag = value.boolValue else {
                throw PluginOptionError(option: "lists", message: "`supplement` of list `\(formatName)` takes true or false")
            }
            supplement = flag
        }
        self.init(format: format, path: path, url: url, namesFrom: option["namesFrom"]?.stringValue.map(ListSource.expandingTilde),
                  date: option["date"]?.stringValue, supplement: supplement)
    }

    static func expandingTilde(_ path: String) -> String {
        path.hasPrefix("~/") ? NSHomeDirectory() + String(path.dropFirst()) : path
    }

    /// Where the list's files are read from: the path, or the download folder in the cache.
    public func localPath(cacheDirectory: String) -> String {
        if let path { return path }
        let folder = cacheDirectory + "/sanctions/downloads/" + format.rawValue + "-" + String(TokenHash.hash(url ?? ""), radix: 16)
        return format.fileNames.isEmpty ? folder + "/" + (URL(string: url ?? "")?.lastPathComponent ?? "list") : folder
    }

    /// The files that make up the list on disk (those that exist).
    public func files(cacheDirectory: String) -> [String] {
        let local = localPath(cacheDirectory: cacheDirectory)
        if !format.fileNames.isEmpty {
            return (format.fileNames.map { local + "/" + $0 } + [namesFrom].compactMap { $0 }).filter { FileManager.default.fileExists(atPath: $0) }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: local)) ?? []
            return names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted().map { local + "/" + $0 }
        }
        return FileManager.default.fileExists(atPath: local) ? [local] : []
    }

    /// What identifies this list from one edition to the next: its URL, else its path.
    public var key: String { format.rawValue + " " + (url ?? path ?? "") + (supplement ? " (supplement)" : "") }

    /// Imports the list's entries, with a line describing the source and its date (and the rows
    /// the importer skipped, if any).
    public func load(cacheDirectory: String) throws -> (entries: [SanctionsEntry], description: String) {
        let report = ImportReport()
        let (entries, description) = try load(cacheDirectory: cacheDirectory, report: report)
        guard report.skippedCount > 0, let close = description.lastIndex(of: ")") else { return (entries, description) }
        return (entries, String(description[..<close]) + report.summary + ")")
    }

    private func load(cacheDirectory: String, report: ImportReport) throws -> (entries: [SanctionsEntry], description: String) {
        let local = localPath(cacheDirectory: cacheDirectory)
        switch format {
        case .ofacSDN:
            let entries = try OFACLegacyCSV.load(
                primary: local + "/sdn.csv", aliases: existing(local + "/alt.csv"), addresses: existing(local + "/add.csv"),
                primaryNamesFallback: [namesFrom].compactMap { $0 }, report: report)
            return (entries, "US OFAC SDN (\(entries.count) entries, \(dated(local + "/sdn.csv")))")
        case .ofacConsolidated:
            let entries = try OFACLegacyCSV.load(primary: local + "/cons_prim.csv", aliases: existing(local + "/cons_alt.csv"),
                                                 addresses: existing(local + "/cons_add.csv"), idPrefix: "ofac-cons",
                                                 listName: "US OFAC Consolidated (non-SDN)", report: report)
            return (entries, "US OFAC Consolidated non-SDN (\(entries.count) entries, \(dated(local + "/cons_prim.csv")))")
        case .unXML:
            let (entries, date) = try UNConsolidatedXML.load(path: local, report: report)
            return (entries, "UN Security Council Consolidated List (\(entries.count) entries, generated \(date ?? self.date ?? "?"))")
        case .ukFCDO:
            let (entries, date) = try UKSanctionsListCSV.load(directory: local, report: report)
            return (entries, "UK Sanctions List (\(entries.count) entries, last updated \(date ?? self.date ?? "?"))")
        case .ofsi:
            let (entries, updated) = try OFSIConsolidatedList.loadDated(path: local, report: report)
            return (entries, "UK OFSI Consolidated List (\(entries.count) entries\((updated ?? date).map { ", last updated \($0)" } ?? ""))")
        case .openSanctions:
            let entries = try OpenSanctionsFtM.load(path: local, report: report)
            return (entries, "OpenSanctions FtM (\(entries.count) entries)")
        case .euJournal:
            let entries = try EUJournalCSV.load(path: local, report: report)
            return (entries, "EU Official Journal annexes (\(entries.count) entries; non-commercial licence)")
        }
    }

    private func existing(_ path: String) -> String? { FileManager.default.fileExists(atPath: path) ? path : nil }

    /// "dated …" from the configured date, else "file modified …".
    private func dated(_ path: String) -> String {
        if let date { return "dated \(date)" }
        return "file modified \(modificationDate(path))"
    }

    private func modificationDate(_ path: String) -> String {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return "?" }
        return String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}

