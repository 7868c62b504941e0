import Foundation
import SanctionsPlugin
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The UN Security Council Consolidated List (`consolidated.xml`).
public enum UNConsolidatedXML {
    public static let listName = "UN Security Council"

    /// Reads the list; also returns the list's `dateGenerated`.
    public static func load(path: String, report: ImportReport = ImportReport()) throws -> (entries: [SanctionsEntry], date: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
        let reader = Reader(path: path, report: report)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        let parsed = parser.parse()
        if let root = reader.wrongRoot {
            throw SanctionsListError.malformed(path, "line \(root.line) opens <\(root.name)>: expected the UN consolidated list, an XML file whose root element is <CONSOLIDATED_LIST>")
        }
        guard parsed else {
            let what = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "XML error"
            let truncated = reader.sawRoot && !reader.closedRoot ? " (the file looks truncated)" : ""
            throw SanctionsListError.malformed(path, "line \(parser.lineNumber), column \(parser.columnNumber): not well-formed XML\(truncated): \(what)")
        }
        guard reader.sawRoot else {
            throw SanctionsListError.malformed(path, "no XML element: expected the UN consolidated list (<CONSOLIDATED_LIST>)")
        }
        guard reader.closedRoot else {
            throw SanctionsListError.malformed(path, "line \(parser.lineNumber): the file ends before </CONSOLIDATED_LIST>: it looks truncated")
        }
        guard !reader.entries.isEmpty else {
            throw SanctionsListError.malformed(path, "no <INDIVIDUAL> or <ENTITY> with a reference number and a name: expected the UN consolidated list")
        }
        return (reader.entries, reader.dateGenerated)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let file: String
        let report: ImportReport
        var entries: [SanctionsEntry] = []
        var wrongRoot: (name: String, line: Int)?
        var sawRoot = false
        var closedRoot = false
        private var recordLine = 0

        init(path: String, report: ImportReport) {
            self.file = path
            self.report = report
        }

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
            if path.isEmpty {
                guard element == "CONSOLIDATED_LIST" else {
                    wrongRoot = (element, parser.lineNumber)
                    parser.abortParsing()
                    return
                }
                sawRoot = true
            }
            if element == "CONSOLIDATED_LIST" { dateGenerated = attributes["dateGenerated"].map { String($0.prefix(10)) } }
            if element == "INDIVIDUAL" || element == "ENTITY" {
                record = [:]
                aliases = []
                isIndividual = element == "INDIVIDUAL"
                recordLine = parser.lineNumber
            }
            if element.hasSuffix("_ALIAS") { aliasName = ""; aliasQuality = "" }
            path.append(element)
            textBuffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { textBuffer += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            let text = textBuffer.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !path.isEmpty else { return }
            path.removeLast()
            if path.isEmpty && element == "CONSOLIDATED_LIST" { closedRoot = true }
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
            guard let reference = field("REFERENCE_NUMBER") else {
                report.skip(file, line: recordLine, "<\(isIndividual ? "INDIVIDUAL" : "ENTITY")> without a REFERENCE_NUMBER")
                return
            }
            let parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].compactMap(field)
            guard !parts.isEmpty else {
                report.skip(file, line: recordLine, "\(reference) has no name")
                return
            }
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
