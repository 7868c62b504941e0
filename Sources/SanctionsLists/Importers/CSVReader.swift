import Foundation
import SanctionsPlugin

/// A small RFC 4180 reader: quoted fields, doubled quotes, CR/LF line ends.
enum CSVReader {
    enum Encoding { case utf8, latin1 }

    /// One row and the line it starts on (1-based).
    struct Row {
        var line: Int
        var fields: [String]
    }

    /// A file's rows, and how it ends.
    struct Table {
        var path: String
        var rows: [Row]
        /// The last row ran to the end of the file without a line end.
        var lastRowUnterminated: Bool

        /// The name of the file, for messages.
        var name: String { (path as NSString).lastPathComponent }
    }

    /// The rows of a file.
    static func rows(path: String, encoding: Encoding) throws -> [[String]] {
        try table(path: path, encoding: encoding).rows.map(\.fields)
    }

    /// The rows of a file with their line numbers. A file that is not CSV text (an HTML or XML
    /// page, binary data, a quoted field that never ends) is an error naming the file and where.
    static func table(path: String, encoding: Encoding) throws -> Table {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SanctionsListError.unreadable(path)
        }
        let bytes = [UInt8](data)
        try SanctionsListError.checkNotMarkup(bytes, path: path, expected: "CSV")
        if let zero = bytes.firstIndex(of: 0) {
            throw SanctionsListError.malformed(path, "byte \(zero) is a NUL byte: this is binary data, not CSV text")
        }
        if encoding == .utf8, let bad = firstInvalidUTF8(bytes) {
            throw SanctionsListError.malformed(path, "line \(lineNumber(of: bad, in: bytes)) (byte \(bad)) is not UTF-8: expected UTF-8 CSV text")
        }
        var table = Table(path: path, rows: [], lastRowUnterminated: false)
        var openQuoteLine: Int?
        table.rows = rows(bytes: bytes, encoding: encoding, openQuoteLine: &openQuoteLine, lastRowUnterminated: &table.lastRowUnterminated)
        if let line = openQuoteLine {
            throw SanctionsListError.malformed(path, "the quoted field that starts on line \(line) never ends: the file looks truncated")
        }
        return table
    }

    /// The rows of CSV bytes.
    static func rows(bytes: [UInt8], encoding: Encoding) -> [[String]] {
        var open: Int?
        var unterminated = false
        return rows(bytes: bytes, encoding: encoding, openQuoteLine: &open, lastRowUnterminated: &unterminated).map(\.fields)
    }

    private static func rows(bytes: [UInt8], encoding: Encoding, openQuoteLine: inout Int?, lastRowUnterminated: inout Bool) -> [Row] {
        var rows: [Row] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1, rowLine = 1, quoteLine = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func decode(_ bytes: [UInt8]) -> String {
            switch encoding {
            case .utf8: return String(decoding: bytes, as: UTF8.self)
            case .latin1: return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            }
        }
        func endField() { row.append(decode(field)); field.removeAll(keepingCapacity: true) }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(Row(line: rowLine, fields: row)) }
            row = []
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A { line += 1 }
            if inQuotes {
                if byte == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                } else {
                    field.append(byte)
                }
            } else {
                switch byte {
                case 0x22: inQuotes = true; quoteLine = line
                case 0x2C: endField()
                case 0x0A: endRow(); rowLine = line
                case 0x0D: break
                default: field.append(byte)
                }
            }
            i += 1
        }
        if inQuotes { openQuoteLine = quoteLine }
        if !field.isEmpty || !row.isEmpty {
            lastRowUnterminated = true
            endRow()
        }
        return rows
    }

    /// Rows of a file with a header line, as dictionaries keyed by column name.
    static func records(path: String) throws -> [[String: String]] {
        try records(table(path: path, encoding: .utf8)).map(\.fields)
    }

    /// Rows of a table with a header line, keyed by column name, with their line numbers.
    static func records(_ table: Table) -> [(line: Int, fields: [String: String])] {
        guard let header = table.rows.first?.fields else { return [] }
        return table.rows.dropFirst().map { row in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.fields.count { record[name] = row.fields[index] }
            return (row.line, record)
        }
    }

    /// Checks that a table's header names the columns a format needs.
    static func requireHeader(_ table: Table, columns: [String], format: String) throws {
        guard let header = table.rows.first else {
            throw SanctionsListError.malformed(table.path, "the file is empty: expected \(format) with a header line naming \(columns.joined(separator: ", "))")
        }
        let missing = columns.filter { !header.fields.contains($0) }
        guard missing.isEmpty else {
            let found = header.fields.prefix(6).map { "`\($0.prefix(30))`" }.joined(separator: ", ")
            throw SanctionsListError.malformed(table.path, "line \(header.line) is not a \(format) header: expected the columns \(missing.joined(separator: ", ")); found \(found)\(header.fields.count > 6 ? ", …" : "")")
        }
    }

    /// The records of a file with a header: the header must name `columns`; a row with another
    /// number of fields than the header is skipped and reported, unless it is the last row cut
    /// short (the file was truncated: an error); a file without any record is an error.
    static func checkedRecords(path: String, columns: [String], format: String,
                               report: ImportReport) throws -> [(line: Int, fields: [String: String])] {
        try checkedRecords(try table(path: path, encoding: .utf8), columns: columns, format: format, report: report)
    }

    /// The records of a table read already (`checkedRecords(path:…)`).
    static func checkedRecords(_ table: Table, columns: [String], format: String,
                               report: ImportReport) throws -> [(line: Int, fields: [String: String])] {
        let path = table.path
        try requireHeader(table, columns: columns, format: format)
        let width = table.rows[0].fields.count
        var kept: [Row] = [table.rows[0]]
        for (position, row) in table.rows.enumerated().dropFirst() {
            if row.fields.count == width { kept.append(row); continue }
            if position == table.rows.count - 1 && table.lastRowUnterminated && row.fields.count < width {
                throw SanctionsListError.malformed(path, "line \(row.line) ends after \(row.fields.count) of \(width) fields without a line end: the file looks truncated")
            }
            report.skip(path, line: row.line, "\(row.fields.count) fields, the header has \(width)")
        }
        guard kept.count > 1 else {
            throw SanctionsListError.malformed(path, "a header and no rows: expected \(format)")
        }
        return records(Table(path: path, rows: kept, lastRowUnterminated: false))
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based line of a byte offset.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

/// Rows an importer left out, reported with the list instead of dropped silently.
public final class ImportReport: @unchecked Sendable {
    public private(set) var skipped: [String] = []
    public private(set) var skippedCount = 0

    public init() {}

    /// Notes a row left out: its file, line and why (the first few are kept word for word).
    func skip(_ file: String, line: Int, _ why: String) {
        skippedCount += 1
        if skipped.count < 5 { skipped.append("\((file as NSString).lastPathComponent) line \(line): \(why)") }
    }

    /// "; 3 rows skipped (sdn.csv line 7: …)", or nothing.
    public var summary: String {
        guard skippedCount > 0 else { return "" }
        return "; \(skippedCount) row\(skippedCount == 1 ? "" : "s") skipped (\(skipped.joined(separator: "; "))\(skippedCount > skipped.count ? "; …" : ""))"
    }
}

extension SanctionsListError {
    /// A file that begins like an HTML or XML page (an error page saved under the list's name) is
    /// not the text format expected.
    static func checkNotMarkup(_ bytes: [UInt8], path: String, expected: String) throws {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 200)], as: UTF8.self).lowercased()
        let kind = head.contains("<html") || head.contains("<!doctype html") ? "an HTML page" : "markup (HTML or XML)"
        throw SanctionsListError.malformed(path, "line 1 starts \(kind), not \(expected): was an error page saved in place of the list?")
    }
}

/// Dates as lists print them, turned into ISO `YYYY-MM-DD` where possible.
enum ListDate {
    /// `dd/mm/yyyy` or `d.m.yyyy` → `yyyy-mm-dd`; ISO dates pass through; anything else is kept as printed.
    static func iso(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), year > 1900 {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        if trimmed.count >= 10, trimmed.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }) { return String(trimmed.prefix(10)) }
        return trimmed
    }
}
