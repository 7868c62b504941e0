import CCmark
import Foundation

/// Decodes character references the way cmark-gfm decodes them in text, so the reader can tell which
/// source span an entity in a text literal came from.
///
/// Numeric references are decoded here (0, surrogates and out-of-range values become U+FFFD, as
/// CommonMark says), with up to 8 digits as cmark-gfm 0.29 accepts; where a parser takes fewer, the
/// text literal keeps the reference as written and the reader matches it byte for byte instead. Named references are decoded by cmark-gfm itself, through a one-line document,
/// so the table is exactly the parser's; answers are cached for the process.
final class CommonMarkEntities: @unchecked Sendable {
    static let shared = CommonMarkEntities()

    private let lock = NSLock()
    private var named: [[UInt8]: [UInt8]?] = [:]

    /// The decoded bytes and source length of the character reference starting at `start`
    /// (which holds `&`), or nil when the bytes there are not a reference cmark-gfm decodes.
    func reference(in source: [UInt8], at start: Int, limit: Int) -> (decoded: [UInt8], length: Int)? {
        var i = start + 1
        guard i < limit else { return nil }
        if source[i] == UInt8(ascii: "#") {
            i += 1
            var value = 0
            var digits = 0
            let isHex = i < limit && (source[i] == UInt8(ascii: "x") || source[i] == UInt8(ascii: "X"))
            if isHex { i += 1 }
            while i < limit, let digit = CommonMarkEntities.digitValue(source[i], hex: isHex) {
                value = min(value * (isHex ? 16 : 10) + digit, 0x110000)
                digits += 1
                i += 1
                if digits > 8 { return nil }
            }
            guard digits > 0, i < limit, source[i] == UInt8(ascii: ";") else { return nil }
            let scalar = (value == 0 || value >= 0x110000 ? nil : Unicode.Scalar(UInt32(value))) ?? Unicode.Scalar(0xFFFD)!
            return (Array(String(Character(scalar)).utf8), i + 1 - start)
        }
        while i < limit, i - start <= 32, CommonMarkEntities.isAlphanumeric(source[i]) { i += 1 }
        guard i > start + 1, i < limit, source[i] == UInt8(ascii: ";") else { return nil }
        let name = Array(source[start...i])
        guard let decoded = decodeNamed(name) else { return nil }
        return (decoded, name.count)
    }

    private func decodeNamed(_ reference: [UInt8]) -> [UInt8]? {
        lock.lock()
        if let cached = named[reference] { lock.unlock(); return cached }
        lock.unlock()
        let decoded = CommonMarkEntities.decodeWithCmark(reference)
        lock.lock()
        named[reference] = .some(decoded)
        lock.unlock()
        return decoded
    }

    /// Parses `&name;` as a one-paragraph document; cmark-gfm replaces a known reference in the text.
    private static func decodeWithCmark(_ reference: [UInt8]) -> [UInt8]? {
        guard let document = reference.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }) else { return nil }
        defer { cmark_node_free(document) }
        var text: [UInt8] = []
        var node = cmark_node_first_child(cmark_node_first_child(document))
        while let current = node {
            if let literal = cmark_node_get_literal(current) {
                text.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self),
                                                            count: strlen(literal)))
            }
            node = cmark_node_next(current)
        }
        return text == reference || text.isEmpty ? nil : text
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46 where hex: return Int(byte - 0x41 + 10)
        case 0x61...0x66 where hex: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }
}
