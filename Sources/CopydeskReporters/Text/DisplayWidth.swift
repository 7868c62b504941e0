import Foundation

extension String {
    /// Columns the text takes in a terminal: East Asian wide and fullwidth characters and emoji
    /// take two, combining marks and other zero-width characters none, everything else one. The
    /// text reporter lines its caret underline up with it.
    var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}

extension Character {
    /// 0, 1 or 2 columns (a grapheme takes the width of its widest scalar; a lone mark, none).
    var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            width = Swift.max(width, scalar.displayWidth)
            if width == 2 { break }
        }
        if width == 1, unicodeScalars.contains(where: { $0.value == 0xFE0F }), unicodeScalars.first?.properties.isEmoji == true {
            return 2   // an emoji in emoji presentation ("❤️")
        }
        return width
    }
}

extension Unicode.Scalar {
    var displayWidth: Int {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
