import CopydeskCore
import Foundation

/// A run's results in report order, gathered while the files are linted: each file's section is
/// given with its rank in the report (files in path order) as soon as a worker has made it, goes
/// to the spool once every file before it has, and is not kept after. Only sections that finish
/// ahead of an earlier file wait in memory. The report's head, written last but placed first,
/// then takes the spooled results with a plain copy.
public final class ResultSpool: @unchecked Sendable {
    private let lock = NSLock()
    private let spool: Spool
    /// Where rule indexes were written that count the optional rule as absent: 16 bytes each (the
    /// offset in `spool` and the index written), in offset order.
    private let patches: Spool
    /// Bytes of the reporter's separator that the report's first result goes without.
    private let separatorToDrop: Int
    private var waiting: [Int: ReportSection] = [:]
    private var next = 0
    private var hasResults = false

    /// A spool for the sections of `reporter`, in memory up to `memoryLimit` bytes.
    public init(for reporter: some Reporter, memoryLimit: Int = Spool.memoryLimit) {
        spool = Spool(memoryLimit: memoryLimit)
        patches = Spool(memoryLimit: memoryLimit)
        separatorToDrop = reporter.resultSeparator.first == UInt8(ascii: ",") ? 1 : 0
    }

    /// Takes the section of the file at `rank` (from 0, each rank once).
    public func add(_ section: ReportSection, at rank: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard rank == next else {
            waiting[rank] = section
            return
        }
        append(section)
        next += 1
        while let ready = waiting.removeValue(forKey: next) {
            append(ready)
            next += 1
        }
    }

    private func append(_ section: ReportSection) {
        guard !section.bytes.isEmpty else { return }
        let dropped = hasResults ? 0 : min(separatorToDrop, section.bytes.count)
        hasResults = true
        let start = spool.count - dropped
        if !section.ruleIndexPatches.isEmpty {
            var records: [UInt8] = []
            records.reserveCapacity(16 * section.ruleIndexPatches.count)
            for patch in section.ruleIndexPatches {
                withUnsafeBytes(of: UInt64(start + patch.offset).littleEndian) { records.append(contentsOf: $0) }
                withUnsafeBytes(of: UInt64(patch.index).littleEndian) { records.append(contentsOf: $0) }
            }
            patches.append(records)
        }
        section.bytes.withUnsafeBufferPointer { spool.append(UnsafeBufferPointer(rebasing: $0[dropped...])) }
    }

    /// Writes every result to `sink`, in report order; with `optionalRuleJoined`, the rule indexes
    /// written as if the optional rule were absent are written one higher.
    public func write(optionalRuleJoined: Bool, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        precondition(waiting.isEmpty, "a file's results never came")
        guard optionalRuleJoined && patches.count > 0 else { return try spool.copy(to: sink) }
        var position = 0
        var record: [UInt8] = []
        record.reserveCapacity(16)
        try patches.copy { chunk in
            for byte in chunk {
                record.append(byte)
                guard record.count == 16 else { continue }
                let (offset, index) = record.withUnsafeBytes {
                    (Int(UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 0, as: UInt64.self))),
                     Int(UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))))
                }
                record.removeAll(keepingCapacity: true)
                try spool.copy(position..<offset, to: sink)
                var digits: [UInt8] = []
                JSONValue.writeInt(index + 1, to: &digits)
                try digits.withUnsafeBufferPointer { try sink($0) }
                position = offset + String(index).utf8.count
            }
        }
        try spool.copy(position..<spool.count, to: sink)
    }
}
