/// Ranges sorted for logarithmic questions: does one of them contain, or overlap, a given range?
/// (Linear scans would make a long text with many findings and many spans quadratic.)
struct SpanIndex {
    private let lowers: [Int]
    /// The largest upper bound among the first n spans, at n − 1.
    private let maxUppers: [Int]

    init(_ spans: [Range<Int>]) {
        let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
        lowers = sorted.map(\.lowerBound)
        var maximum = Int.min
        maxUppers = sorted.map { maximum = max(maximum, $0.upperBound); return maximum }
    }

    /// How many spans start at or before `offset` (or strictly before, with `strictly`).
    private func count(startingBefore offset: Int, strictly: Bool) -> Int {
        var low = 0, high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if strictly ? lowers[middle] < offset : lowers[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether a span contains `range`.
    func contains(_ range: Range<Int>) -> Bool {
        let n = count(startingBefore: range.lowerBound, strictly: false)
        return n > 0 && maxUppers[n - 1] >= range.upperBound
    }

    /// Whether a span shares at least one byte with `range`.
    func overlaps(_ range: Range<Int>) -> Bool {
        let n = count(startingBefore: range.upperBound, strictly: true)
        return n > 0 && maxUppers[n - 1] > range.lowerBound
    }
}
