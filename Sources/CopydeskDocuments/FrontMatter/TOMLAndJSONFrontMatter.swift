import CopydeskCore
import TOMLKit

/// TOML front matter (between `+++` lines), read with TOMLKit (toml++).
enum TOMLFrontMatter {
    /// A TOML error: 1-based line and column (in code points) within the TOML text, and the reason.
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// The TOML text as a JSON-like value. Dates, times and date-times become ISO 8601 strings, as
    /// YAML front matter's timestamps are strings, so `date = 2025-03-01T09:00:00Z` gives the same
    /// publication date as `date: 2025-03-01T09:00:00Z`.
    static func value(_ toml: String) throws -> JSONValue {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw Failure(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        }
        var budget = JSONValue.yamlValueLimit
        return try convert(table.tomlValue, budget: &budget)
    }

    private static func convert(_ value: TOMLValueConvertible, budget: inout Int) throws -> JSONValue {
        budget -= 1
        if budget < 0 {
            throw Failure(line: 1, column: 1, message: "more than \(JSONValue.yamlValueLimit) values; a file this large is refused")
        }
        switch value.type {
        case .table:
            guard let table = value.table else { return .null }
            var members: [String: JSONValue] = [:]
            for (key, member) in table { members[key] = try convert(member, budget: &budget) }
            return .object(members)
        case .array:
            guard let array = value.array else { return .null }
            var items: [JSONValue] = []
            for item in array { items.append(try convert(item, budget: &budget)) }
            return .array(items)
        case .string: return value.string.map(JSONValue.string) ?? .null
        case .int: return value.int.map(JSONValue.int) ?? .null
        case .double: return value.double.map(JSONValue.double) ?? .null
        case .bool: return value.bool.map(JSONValue.bool) ?? .null
        case .date: return value.date.map { .string(iso($0)) } ?? .null
        case .time: return value.time.map { .string(iso($0)) } ?? .null
        case .dateTime:
            guard let dateTime = value.dateTime else { return .null }
            var text = iso(dateTime.date) + "T" + iso(dateTime.time)
            if let offset = dateTime.offset?.offset {
                if offset == 0 {
                    text += "Z"
                } else {
                    let minutes = abs(offset)
                    text += (offset < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
                }
            }
            return .string(text)
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func iso(_ date: TOMLDate) -> String { pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2) }

    private static func iso(_ time: TOMLTime) -> String {
        var text = pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        if time.nanoSecond > 0 {
            var fraction = pad(time.nanoSecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }
}

/// JSON front matter: a JSON object that opens the file (as Hugo accepts), ending on a line of its
/// own. Parsed here rather than with Foundation so that an error names its line and column, the
/// object's end is known, and nesting is bounded.
enum JSONFrontMatter {
    /// Whether the bytes open with `{` followed (after blanks) by `"` or `}`: a JSON object rather
    /// than a Liquid or Jinja tag (`{%`, `{{`).
    static func opensObject(_ bytes: [UInt8]) -> Bool {
        var i = 1
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D) { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "}"))
    }

    static let maxDepth = 1_000

    struct Failure: Error {
        var offset: Int
        var message: String
    }

    static func read(_ source: SourceFile) throws -> FrontMatter {
        let bytes = source.utf8
        var parser = Parser(bytes: bytes)
        do {
            let value = try parser.value(depth: 0)
            // The rest of the closing line must be blank.
            var end = parser.index
            while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D) { end += 1 }
            if end < bytes.count && bytes[end] != 0x0A {
                throw Failure(offset: end, message: "the JSON front matter must end with `}` on a line of its own")
            }
            return FrontMatter(value: value, range: 0..<min(bytes.count, end + 1), syntax: .json)
        } catch let error as Failure {
            let offset = min(error.offset, bytes.count)
            let line = source.lineIndex(ofByte: offset) + 1
            let lineStart = source.lineStarts[line - 1]
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).utf16.count + 1
            throw DocumentError.frontMatter(line: line, column: column, message: "JSON: " + error.message)
        }
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0
        var budget = JSONValue.yamlValueLimit

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipBlanks() {
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D) {
                index += 1
            }
        }

        func failure(_ message: String) -> Failure {
            Failure(offset: index, message: index >= bytes.count ? "the JSON ends early: " + message : message)
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws {
            skipBlanks()
            guard index < bytes.count && bytes[index] == byte else { throw failure("expected \(what)") }
            index += 1
        }

        mutating func value(depth: Int) throws -> JSONValue {
            budget -= 1
            if budget < 0 { throw failure("more than \(JSONValue.yamlValueLimit) values; a file this large is refused") }
            if depth > JSONFrontMatter.maxDepth { throw failure("objects and arrays nested more than 1,000 levels deep") }
            skipBlanks()
            guard index < bytes.count else { throw failure("expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [String: JSONValue] = [:]
                skipBlanks()
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                while true {
                    skipBlanks()
                    guard index < bytes.count && bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
                    let key = try string()
                    try expect(UInt8(ascii: ":"), "`:` after a key")
                    members[key] = try value(depth: depth + 1)
                    skipBlanks()
                    if index < bytes.count && bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    try expect(UInt8(ascii: "}"), "`,` or `}`")
                    return .object(members)
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [JSONValue] = []
                skipBlanks()
                if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipBlanks()
                    if index < bytes.count && bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    try expect(UInt8(ascii: "]"), "`,` or `]`")
                    return .array(items)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): return try word("true", .bool(true))
            case UInt8(ascii: "f"): return try word("false", .bool(false))
            case UInt8(ascii: "n"): return try word("null", .null)
            default:
                return try number()
            }
        }

        mutating func word(_ text: String, _ value: JSONValue) throws -> JSONValue {
            let utf8 = Array(text.utf8)
            guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
                throw failure("expected a value")
            }
            index += utf8.count
            return value
        }

        mutating func number() throws -> JSONValue {
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if let value = Int(text) { return .int(value) }
            if let value = Double(text), !text.isEmpty { return .double(value) }
            index = start
            throw failure("expected a value")
        }

        mutating func string() throws -> String {
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: out, as: UTF8.self) }
                if byte == 0x0A { throw failure("a string is not closed on its line") }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { break }
                    let letter = bytes[index + 1]
                    let simple: [UInt8: UInt8] = [UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
                                                  UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
                                                  UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
                    if let decoded = simple[letter] { out.append(decoded); index += 2; continue }
                    guard letter == UInt8(ascii: "u"), var scalar = hex4(at: index + 2) else { throw failure("an unknown escape") }
                    index += 6
                    if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u"), let low = hex4(at: index + 2), (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
                    continue
                }
                out.append(byte)
                index += 1
            }
            throw failure("a string is not closed")
        }

        func hex4(at start: Int) -> UInt32? {
            guard start + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[start..<start + 4] {
                guard let digit = CommonMarkEntities.digitValue(byte, hex: true) else { return nil }
                value = value * 16 + UInt32(digit)
            }
            return value
        }
    }
}
