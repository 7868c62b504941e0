/// The characters that can mark a quotation, as they are found in UTF-8: the one place that knows
/// their bytes. Whether a mark opens, closes or is an apostrophe is the scanner's business.
enum QuotationMark: Sendable, Equatable {
    /// `"` U+0022
    case straightDouble
    /// `'` U+0027 (also the apostrophe)
    case straightSingle
    /// `` ` `` U+0060 (two in a row open a wire-style quotation, ``…'')
    case backtick
    /// `“` U+201C
    case leftDouble
    /// `”` U+201D
    case rightDouble
    /// `„` U+201E
    case lowDouble
    /// `‟` U+201F
    case reversedDouble
    /// `‘` U+2018
    case leftSingle
    /// `’` U+2019 (also the typographic apostrophe)
    case rightSingle
    /// `«` U+00AB
    case leftGuillemet
    /// `»` U+00BB
    case rightGuillemet

    /// The mark whose bytes start at `i` and end before `end`, with its length in bytes.
    static func at(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (mark: QuotationMark, length: Int)? {
        switch bytes[i] {
        case 0x22: return (.straightDouble, 1)
        case 0x27: return (.straightSingle, 1)
        case 0x60: return (.backtick, 1)
        case 0xC2 where i + 1 < end:
            switch bytes[i + 1] {
            case 0xAB: return (.leftGuillemet, 2)
            case 0xBB: return (.rightGuillemet, 2)
            default: return nil
            }
        case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80:
            switch bytes[i + 2] {
            case 0x98: return (.leftSingle, 3)
            case 0x99: return (.rightSingle, 3)
            case 0x9C: return (.leftDouble, 3)
            case 0x9D: return (.rightDouble, 3)
            case 0x9E: return (.lowDouble, 3)
            case 0x9F: return (.reversedDouble, 3)
            default: return nil
            }
        default: return nil
        }
    }
}

/// Unicode scalars read straight from UTF-8 bytes, by byte offset (`i` always at a scalar's first byte).
struct UTF8Scalars {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes of the scalar whose first byte is `lead`.
    @inline(__always) static func width(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always) func width(at i: Int) -> Int { Self.width(bytes[i]) }

    /// The scalar starting at byte `i`.
    func scalar(at i: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[i])
        let value: UInt32
        switch Self.width(bytes[i]) {
        case 1: value = lead
        case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The first byte of the scalar that ends at byte `i`.
    @inline(__always) func start(before i: Int) -> Int {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// The scalar that ends at byte `i`.
    func scalar(before i: Int) -> Unicode.Scalar { scalar(at: start(before: i)) }
}
