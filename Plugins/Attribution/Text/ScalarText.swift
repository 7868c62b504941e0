/// A document's prose as an array of Unicode scalars, with the UTF-8 offset of each scalar.
///
/// The attribution analysis works in scalar indices (quotation marks, apostrophes and dashes are
/// single scalars); findings need UTF-8 offsets, which `utf8Range` gives back. Offsets are kept as
/// a `UInt32` every 32 scalars and a byte for each scalar, and words are read from the text itself,
/// not from a copy of its bytes: about 5 bytes a character in all, where 13 were (an `Int` offset
/// and a byte copy; the analysis' largest per-character cost).
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// The UTF-8 offset of every 32nd scalar, and the text's UTF-8 length last.
    private let blockOffsets: [UInt32]
    /// Each scalar's UTF-8 offset from its block's (at most 31 × 4 bytes).
    private let deltas: [UInt8]
    private let text: String
    private static let blockShift = 5

    init(_ text: String) {
        precondition(text.utf8.count < Int(UInt32.max), "a prose text of 4 GiB or more")
        var text = text
        text.makeContiguousUTF8()
        var scalars: [Unicode.Scalar] = []
        var blocks: [UInt32] = []
        var deltas: [UInt8] = []
        // Decoded from the String's UTF-8 (always valid) into buffers sized for the worst case
        // (every scalar one byte): the text's largest per-character cost, kept to a few instructions
        // a byte.
        text.withUTF8 { bytes in
            let count = bytes.count
            var scalarCount = 0
            var blockCount = 0
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalarBuffer, initializedScalars in
                deltas = [UInt8](unsafeUninitializedCapacity: count) { deltaBuffer, initializedDeltas in
                    blocks = [UInt32](unsafeUninitializedCapacity: count >> ScalarText.blockShift + 2) { blockBuffer, initializedBlocks in
                        var offset = 0
                        var blockStart = 0
                        while offset < count {
                            if scalarCount & (1 << ScalarText.blockShift - 1) == 0 {
                                blockBuffer[blockCount] = UInt32(offset)
                                blockCount += 1
                                blockStart = offset
                            }
                            let lead = bytes[offset]
                            let scalar: Unicode.Scalar
                            let width: Int
                            if lead < 0x80 {
                                scalar = Unicode.Scalar(lead)
                                width = 1
                            } else {
                                var value: UInt32
                                if lead < 0xE0 {
                                    value = UInt32(lead & 0x1F)
                                    width = 2
                                } else if lead < 0xF0 {
                                    value = UInt32(lead & 0x0F)
                                    width = 3
                                } else {
                                    value = UInt32(lead & 0x07)
                                    width = 4
                                }
                                for k in 1..<width { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
                                scalar = Unicode.Scalar(value)!
                            }
                            scalarBuffer[scalarCount] = scalar
                            deltaBuffer[scalarCount] = UInt8(offset - blockStart)
                            scalarCount += 1
                            offset += width
                        }
                        blockBuffer[blockCount] = UInt32(offset)
                        blockCount += 1
                        initializedBlocks = blockCount
                    }
                    initializedDeltas = scalarCount
                }
                initializedScalars = scalarCount
            }
        }
        // Give back what a non-ASCII text leaves of the worst case.
        if scalars.capacity - scalars.count > 4096 { scalars = Array(scalars) }
        if deltas.capacity - deltas.count > 4096 { deltas = Array(deltas) }
        self.scalars = scalars
        self.blockOffsets = blocks
        self.deltas = deltas
        self.text = text
    }

    /// The UTF-8 offset of scalar `index`; the text's UTF-8 length for `count`.
    @inline(__always) private func utf8Offset(_ index: Int) -> Int {
        index == deltas.count ? Int(blockOffsets[blockOffsets.count - 1])
            : Int(blockOffsets[index >> ScalarText.blockShift]) + Int(deltas[index])
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar { scalars[index] }

    /// The scalar at `index`, or nil outside the text.
    func at(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    func utf8Range(_ range: Range<Int>) -> Range<Int> { utf8Offset(range.lowerBound)..<utf8Offset(range.upperBound) }

    /// The scalar index of a UTF-8 offset (the first scalar starting at or after it).
    func scalarIndex(ofUTF8 offset: Int) -> Int {
        var low = 0, high = scalars.count
        while low < high {
            let mid = (low + high) / 2
            if utf8Offset(mid) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func string(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Offset(range.lowerBound))
        let end = utf8.index(utf8.startIndex, offsetBy: utf8Offset(range.upperBound))
        return String(Substring(utf8[start..<end]))
    }

    /// The word in `range` as written and lowercased. Most words are ASCII: they are read and
    /// lowercased from the scalars byte by byte (the same as `lowercased()`, without its Unicode
    /// machinery), and one with no capital shares the written form.
    func word(_ range: Range<Int>) -> (text: String, lower: String) {
        var hasUppercase = false
        for i in range {
            let value = scalars[i].value
            guard value < 0x80 else {
                let written = string(range)
                return (written, written.lowercased())
            }
            if value >= 0x41 && value <= 0x5A { hasUppercase = true }
        }
        let written = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, i) in range.enumerated() { buffer[k] = UInt8(truncatingIfNeeded: scalars[i].value) }
            return range.count
        }
        guard hasUppercase else { return (written, written) }
        let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, i) in range.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalars[i].value)
                buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return range.count
        }
        return (written, lower)
    }
}
