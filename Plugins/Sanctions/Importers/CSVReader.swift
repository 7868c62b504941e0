import Foundation

/// A small RFC 4180 reader: quoted fields, doubled quotes, CR/LF line ends.
enum CSVReader {
    enum Encoding { case utf8, latin1 }

    /// The rows of a file.
    static func rows(path: String, encoding: Encoding) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SanctionsListError.unreadable(path)
        }
        return rows(bytes: [UInt8](data), encoding: encoding)
    }

    /// The rows of CSV bytes.
    static func rows(bytes: [UInt8], encoding: Encoding) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
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
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                } else {
                    field.append(byte)
                }
            } else {
                switch byte {
                case 0x22: inQuotes = true
                case 0x2C: endField()
                case 0x0A: endRow()
                case 0x0D: break
                default: field.append(byte)
                }
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// Rows of a file with a header line, as dictionaries keyed by column name.
    static func records(path: String) throws -> [[String: String]] {
        let all = try rows(path: path, encoding: .utf8)
        guard let header = all.first else { return [] }
        return all.dropFirst().map { row in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.count { record[name] = row[index] }
            return record
        }
    }
}

/// A list file that could not be read or understood.
public enum SanctionsListError: Error, CustomStringConvertible, Sendable {
    case unreadable(String)
    case malformed(String, String)
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read sanctions list file \(path)"
        case .malformed(let path, let why): return "sanctions list file \(path): \(why)"
        case .unknownFormat(let format): return "unknown sanctions list format `\(format)`"
        }
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
