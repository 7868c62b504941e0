/// Ranges, for asking whether any of them holds or overlaps a given range in logarithmic time:
/// their starts in order, each with the furthest end of the ranges up to it.
public struct RangeCover: Sendable {
    private var starts: [Int] = []
    private var furthestEnds: [Int] = []

    public init(_ ranges: [Range<Int>]) {
        var furthest = Int.min
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            furthest = max(furthest, range.upperBound)
            starts.append(range.lowerBound)
            furthestEnds.append(furthest)
        }
    }

    /// How many ranges start before `bound` (or at it, when `inclusive`).
    private func count(startingBefore bound: Int, inclusive: Bool) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < bound || (inclusive && starts[mid] == bound) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether one of the ranges holds `range` whole.
    public func contains(_ range: Range<Int>) -> Bool {
        let n = count(startingBefore: range.lowerBound, inclusive: true)
        return n > 0 && furthestEnds[n - 1] >= range.upperBound
    }

    /// Whether one of the ranges holds the position `position`.
    public func contains(position: Int) -> Bool {
        let n = count(startingBefore: position, inclusive: true)
        return n > 0 && furthestEnds[n - 1] > position
    }

    /// Whether one of the ranges (none of them empty) shares a position with `range`.
    public func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let n = count(startingBefore: range.upperBound, inclusive: false)
        return n > 0 && furthestEnds[n - 1] > range.lowerBound
    }
}
