import CopydeskCore

/// `<time datetime="…">…</time>` written as raw HTML inside Markdown prose.
enum InlineTimeTag {
    /// For an opening `<time …>` tag, its `datetime` value ("" when it has none); nil for other HTML.
    static func openingDatetime(_ html: UnsafeBufferPointer<UInt8>) -> String? {
        let bytes = Array(html)
        guard hasTagName(bytes, "<time") else { return nil }
        var i = 5
        while i + 8 <= bytes.count {
            if InlineTimeTag.lowercased(bytes[i..<i + 8]) == Array("datetime".utf8), i > 0, isBlank(bytes[i - 1]) {
                var k = i + 8
                while k < bytes.count && isBlank(bytes[k]) { k += 1 }
                guard k < bytes.count && bytes[k] == UInt8(ascii: "=") else { return "" }
                k += 1
                while k < bytes.count && isBlank(bytes[k]) { k += 1 }
                guard k < bytes.count else { return "" }
                let quote = bytes[k]
                let start = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") ? k + 1 : k
                var end = start
                while end < bytes.count {
                    let byte = bytes[end]
                    if start > k ? byte == quote : (isBlank(byte) || byte == UInt8(ascii: ">")) { break }
                    end += 1
                }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            i += 1
        }
        return ""
    }

    /// Whether raw HTML is the closing `</time>` tag.
    static func isClosing(_ html: UnsafeBufferPointer<UInt8>) -> Bool {
        hasTagName(Array(html), "</time")
    }

    private static func hasTagName(_ bytes: [UInt8], _ name: String) -> Bool {
        let prefix = Array(name.utf8)
        guard bytes.count > prefix.count, lowercased(bytes[0..<prefix.count]) == prefix else { return false }
        let next = bytes[prefix.count]
        return isBlank(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
