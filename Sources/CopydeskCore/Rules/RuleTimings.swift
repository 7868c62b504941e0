import Dispatch
import Foundation

/// Time spent per plugin and per rule over a run, for `copydesk lint --timings`: summed over files
/// and worker threads, so that a pack's slow rule stands out.
public final class RuleTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var nanoseconds: [String: UInt64] = [:]

    public init() {}

    /// Adds time to a plugin's or rule's total.
    public func add(_ id: String, nanoseconds elapsed: UInt64) {
        lock.lock()
        nanoseconds[id, default: 0] += elapsed
        lock.unlock()
    }

    /// Runs `body` and adds its time to `id`.
    public func measure<T>(_ id: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(id, nanoseconds: DispatchTime.now().uptimeNanoseconds - start) }
        return try body()
    }

    /// Every total in seconds, longest first (ties by id).
    public var totals: [(id: String, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return nanoseconds.map { (id: $0.key, seconds: Double($0.value) / 1e9) }
            .sorted { ($1.seconds, $0.id) < ($0.seconds, $1.id) }
    }
}
