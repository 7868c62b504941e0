/// Walks ranges sorted by start while the questions asked of it move forward through the text, so
/// that checking every match of a document against every quotation or stamp stays linear.
struct RangeCursor {
    private let ranges: [Range<Int>]
    private var index = 0

    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether a range contains `offset`. Offsets asked must not decrease.
    mutating func contains(_ offset: Int) -> Bool {
        while index < ranges.count && ranges[index].upperBound <= offset { index += 1 }
        return ranges[index...].prefix { $0.lowerBound <= offset }.contains { $0.contains(offset) }
    }

    /// Whether a range overlaps `range`. Ranges asked must not start earlier than the previous one.
    mutating func overlaps(_ range: Range<Int>) -> Bool {
        while index < ranges.count && ranges[index].upperBound <= range.lowerBound { index += 1 }
        return ranges[index...].prefix { $0.lowerBound < range.upperBound }.contains { $0.overlaps(range) }
    }
}
