/// Maps UTF-8 offsets in a document's prose view back to UTF-8 offsets in its source.
///
/// The prose is made of segments. A verbatim segment copies source bytes one for one; a replaced
/// segment stands for a whole source span (a decoded entity, a collapsed escape), whatever the two
/// lengths: `&nang;` and the `∠⃒` it decodes to are both six bytes, and neither half of one maps to
/// half of the other.
/// Bytes that no segment covers (separators the reader inserted) map to the nearest segment.
public struct OffsetMap: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public var proseStart: Int
        public var proseLength: Int
        public var sourceStart: Int
        public var sourceLength: Int
        /// Whether the prose copies the source byte for byte (then both lengths are equal).
        public var isVerbatim: Bool

        /// A segment; verbatim unless `isVerbatim` is false or the lengths differ.
        public init(proseStart: Int, proseLength: Int, sourceStart: Int, sourceLength: Int, isVerbatim: Bool = true) {
            self.proseStart = proseStart
            self.proseLength = proseLength
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
            self.isVerbatim = isVerbatim && proseLength == sourceLength
        }

        var proseEnd: Int { proseStart + proseLength }
        var sourceEnd: Int { sourceStart + sourceLength }
    }

    /// Segments in prose order (and, for every reader here, in source order).
    public private(set) var segments: [Segment] = []

    public init() {}

    /// The identity map for a prose view that is the source itself.
    public static func identity(length: Int) -> OffsetMap {
        var map = OffsetMap()
        map.append(proseStart: 0, proseLength: length, sourceStart: 0, sourceLength: length)
        return map
    }

    /// Adds a segment (verbatim unless `isVerbatim` is false or the lengths differ); adjacent
    /// verbatim segments are merged.
    public mutating func append(proseStart: Int, proseLength: Int, sourceStart: Int, sourceLength: Int, isVerbatim: Bool = true) {
        let segment = Segment(proseStart: proseStart, proseLength: proseLength, sourceStart: sourceStart,
                              sourceLength: sourceLength, isVerbatim: isVerbatim)
        if let last = segments.last, last.isVerbatim, segment.isVerbatim,
           last.proseEnd == proseStart, last.sourceEnd == sourceStart {
            segments[segments.count - 1].proseLength += proseLength
            segments[segments.count - 1].sourceLength += sourceLength
            return
        }
        segments.append(segment)
    }

    /// Index of the first segment whose prose end is greater than `offset`.
    private func firstSegment(endingAfter offset: Int) -> Int {
        var low = 0, high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].proseEnd > offset { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Source offset for a prose offset that starts a range.
    public func sourceStart(forProse offset: Int) -> Int {
        guard !segments.isEmpty else { return offset }
        let i = firstSegment(endingAfter: offset)
        if i == segments.count { return segments[segments.count - 1].sourceEnd }
        let segment = segments[i]
        if offset < segment.proseStart { return segment.sourceStart }
        return segment.isVerbatim ? segment.sourceStart + (offset - segment.proseStart) : segment.sourceStart
    }

    /// Source offset for a prose offset that ends a range (exclusive).
    public func sourceEnd(forProse offset: Int) -> Int {
        guard !segments.isEmpty else { return offset }
        // The last segment that starts before the offset.
        var low = 0, high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].proseStart < offset { low = mid + 1 } else { high = mid }
        }
        let i = low - 1
        if i < 0 { return segments[0].sourceStart }
        let segment = segments[i]
        if offset >= segment.proseEnd { return segment.sourceEnd }
        return segment.isVerbatim ? segment.sourceStart + (offset - segment.proseStart) : segment.sourceEnd
    }

    /// The source range for a prose range.
    public func sourceRange(forProse range: Range<Int>) -> Range<Int> {
        let start = sourceStart(forProse: range.lowerBound)
        if range.isEmpty { return start..<start }
        let end = sourceEnd(forProse: range.upperBound)
        return start..<max(start, end)
    }
}
