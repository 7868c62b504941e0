import CopydeskEngine
import CopydeskReporters
import Foundation

/// A fixed set of threads that lint (CPU-bound work kept off the server's event loops and off
/// Swift's cooperative pool), with a time budget per document: a caller stops waiting when the
/// budget is spent, and a document still queued by then is never started.
public final class LintWorkers: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [() -> Void] = []
    private var head = 0
    public let count: Int

    /// Starts `count` threads (0: one per core).
    public init(count: Int = 0) {
        self.count = count > 0 ? count : ProcessInfo.processInfo.activeProcessorCount
        for index in 0..<self.count {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "copydesk-lint-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work() {
        while true {
            condition.lock()
            while head == queue.count { condition.wait() }
            let job = queue[head]
            head += 1
            if head > 1024 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job()
        }
    }

    private func submit(_ job: @escaping () -> Void) {
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    /// What waiting for a lint gave.
    public enum Outcome: Sendable {
        case report(Report)
        case failed(any Error)
        /// The budget was spent before the report was ready.
        case overBudget
    }

    /// Lints `input` on a worker, waiting at most `budget` seconds (0: no limit).
    public func lint(_ input: DocumentLinter.Input, with linter: DocumentLinter, budget: Double) async -> Outcome {
        await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            submit {
                guard !once.isDone else { return }
                do { once.resume(.report(try linter.lint(input))) } catch { once.resume(.failed(error)) }
            }
            if budget > 0 {
                DispatchQueue.global().asyncAfter(deadline: .now() + budget) { once.resume(.overBudget) }
            }
        }
    }
}

/// Resumes a continuation the first time only.
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<LintWorkers.Outcome, Never>?

    init(_ continuation: CheckedContinuation<LintWorkers.Outcome, Never>) { self.continuation = continuation }

    var isDone: Bool { lock.lock(); defer { lock.unlock() }; return continuation == nil }

    func resume(_ outcome: LintWorkers.Outcome) {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume(returning: outcome)
    }
}
