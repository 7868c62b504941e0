import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The UN Security Council Consolidated List (`consolidated.xml`).
public enum UNConsolidatedXML {
    public static let listName = "UN Security Council"

    /// Reads the list; also returns the list's `dateGenerated`.
    public static func load(path: String) throws -> (entries: [SanctionsEntry], date: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw SanctionsListError.malformed(path, parser.parserError.map { "\($0)" } ?? "XML error")
        }
        return (reader.entries, reader.dateGenerated)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var entries: [SanctionsEntry] = []
        var dateGenerated: String?
        private var record: [String: [String]] = [:]
        private var aliases: [(name: String, quality: String)] = []
        private var aliasName = ""
        private var aliasQuality = ""
        private var path: [String] = []
        private var textBuffer = ""
        private var isIndividual = false

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if element == "CONSOLIDATED_LIST" { dateGenerated = attributes["dateGenerated"].map { String($0.prefix(10)) } }
            if element == "INDIVIDUAL" || element == "ENTITY" {
                record = [:]
                aliases = []
                isIndividual = element == "INDIVIDUAL"
            }
            if element.hasSuffix("_ALIAS") { aliasName = ""; aliasQuality = "" }
            path.append(element)
            textBuffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { textBuffer += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            let text = textBuffer.trimmingCharacters(in: .whitespacesAndNewlines)
            path.removeLast()
            let parent = path.last ?? ""
            if parent.hasSuffix("_ALIAS") {
                if element == "ALIAS_NAME" { aliasName = text }
                if element == "QUALITY" { aliasQuality = text }
            } else if element.hasSuffix("_ALIAS") {
                if !aliasName.isEmpty { aliases.append((aliasName, aliasQuality)) }
            } else if element == "VALUE" && parent == "DESIGNATION" {
                record["DESIGNATION", default: []].append(text)
            } else if element == "INDIVIDUAL" || element == "ENTITY" {
                finishRecord()
            } else if !text.isEmpty, path.count == 3 {
                record[element, default: []].append(text)
            }
            textBuffer = ""
        }

        private func finishRecord() {
            func field(_ name: String) -> String? { record[name]?.first }
            guard let reference = field("REFERENCE_NUMBER") else { return }
            let parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].compactMap(field)
            guard !parts.isEmpty else { return }
            var names: [EntryName]
            if isIndividual {
                let given = parts.count > 1 ? Array(parts.dropLast()) : []
                names = [EntryName(full: parts.joined(separator: " "), given: given, surname: parts.count > 1 ? parts.last : nil, isPrimary: true)]
            } else {
                names = [EntryName(full: parts.joined(separator: " "), isPrimary: true)]
            }
            if let original = field("NAME_ORIGINAL_SCRIPT") { names.append(EntryName(full: original, isPrimary: true)) }
            for alias in aliases where !names.contains(where: { $0.full == alias.name }) {
                names.append(EntryName(full: alias.name, isPrimary: false, isWeak: alias.quality.lowercased() == "low"))
            }
            let type: EntityType = isIndividual ? .person : .organisation
            entries.append(SanctionsEntry(
                id: "un:\(reference)", list: UNConsolidatedXML.listName, jurisdiction: .unitedNations, type: type,
                names: names, programs: [field("UN_LIST_TYPE")].compactMap { $0 }, listed: field("LISTED_ON"),
                title: record["DESIGNATION"]?.joined(separator: "; ")))
        }
    }
}
