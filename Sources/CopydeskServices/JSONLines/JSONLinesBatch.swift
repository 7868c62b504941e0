import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Dispatch
import Foundation

/// `copydesk lint --input jsonl`: one record per input line, `{id, text, format?, referenceDate?,
/// path?}`, one output line per record, `{id, problems[], results[]}` (results as `--format json`
/// writes them). Records are linted in parallel by a fixed number of workers and written in input
/// order; at most a bounded window of records is in memory at once, whatever the input's length.
/// A record that is not JSON, lacks a field or is over the size limit gets a line whose problem
/// says so, and the stream goes on.
public struct JSONLinesBatch: Sendable {
    public var linter: DocumentLinter
    /// Worker threads (0: one per core).
    public var jobs: Int
    /// Bytes a record's line may have; a longer line is skipped (without being held) and reported.
    public var maxRecordBytes: Int
    /// Applies to records without their own `referenceDate` / `minLevel` / `format`.
    public var defaultReferenceDate: DocumentDate?
    public var defaultMinLevel: Level
    public var defaultFormat: DocumentFormat?
    public var now: Date

    public init(linter: DocumentLinter, jobs: Int = 0, maxRecordBytes: Int = 16 * 1024 * 1024,
                defaultReferenceDate: DocumentDate? = nil, defaultMinLevel: Level = .note,
                defaultFormat: DocumentFormat? = nil, now: Date = Date()) {
        self.linter = linter
        self.jobs = jobs
        self.maxRecordBytes = maxRecordBytes
        self.defaultReferenceDate = defaultReferenceDate
        self.defaultMinLevel = defaultMinLevel
        self.defaultFormat = defaultFormat
        self.now = now
    }

    /// What a run saw.
    public struct Summary: Sendable {
        public var records = 0
        /// Records that could not be linted (bad JSON, a missing field, too large, a configuration error).
        public var badRecords = 0
        /// The highest level among unsuppressed results and problems.
        public var highestLevel: Level?
    }

    /// Reads records from `input` until its end, writing each record's line to `output` in input order.
    public func run(input: Int32, output: @escaping @Sendable ([UInt8]) throws -> Void) throws -> Summary {
        let workers = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        let writer = OrderedWriter(output: output)
        // Records read but not yet written: bounds memory to a few records per worker.
        let window = DispatchSemaphore(value: 4 * workers)
        let workerSlots = DispatchSemaphore(value: workers)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "copydesk.jsonl", attributes: .concurrent)
        var reader = LineReader(descriptor: input, maxLineBytes: maxRecordBytes)
        var sequence = 0
        var readError: Error?
        do {
            while let line = try reader.next() {
                if writer.failure != nil { break }
                if case .complete(let bytes) = line, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let number = sequence
                let lineNumber = reader.lineNumber
                sequence += 1
                window.wait()
                workerSlots.wait()
                group.enter()
                queue.async {
                    let record = self.process(line, lineNumber: lineNumber)
                    workerSlots.signal()
                    writer.put(record, at: number) { window.signal() }
                    group.leave()
                }
            }
        } catch {
            readError = error
        }
        group.wait()
        if let failure = writer.failure { throw failure }
        if let readError { throw readError }
        return writer.summary
    }

    /// One record's output line (with its trailing line feed) and what it counts for.
    struct Record {
        var bytes: [UInt8]
        var isBad: Bool
        var highestLevel: Level?
    }

    func process(_ line: LineReader.Line, lineNumber: Int) -> Record {
        var id: JSONValue = .null
        let request: CheckRequest
        switch line {
        case .tooLong(let bytes):
            return badRecord(id: id, "line \(lineNumber): the record is \(bytes) bytes, over the limit of \(maxRecordBytes) (raise it with --max-file-size)")
        case .complete(let bytes):
            do {
                let json = try CheckRequest.decode(bytes)
                id = json["id"] ?? .null
                request = try CheckRequest(json: json, extraFields: ["id"])
                switch json["id"] {
                case .string?, .int?, .double?: break
                case nil: throw CheckRequest.FieldError(field: "id", message: "missing: every record needs an id (a string or a number)")
                default: throw CheckRequest.FieldError(field: "id", message: "must be a string or a number")
                }
            } catch {
                return badRecord(id: id, "line \(lineNumber): \(error)")
            }
        }
        var input = request.input(pathStem: "record-\(lineNumber)", defaultReferenceDate: defaultReferenceDate,
                                  defaultMinLevel: defaultMinLevel, now: now)
        if input.format == nil { input.format = defaultFormat }
        let report: Report
        do { report = try linter.lint(input) } catch {
            return badRecord(id: id, "line \(lineNumber): configuration error: \(error)")
        }
        let problems = report.fileErrors.map { error in
            ReportedProblem(level: .error, message: (error.line.map { "line \($0): " } ?? "") + error.message, path: error.path)
        } + report.problems
        return Record(bytes: JSONLinesBatch.line(id: id, problems: problems, results: report.results),
                      isBad: false, highestLevel: report.highestLevel)
    }

    func badRecord(id: JSONValue, _ message: String) -> Record {
        Record(bytes: JSONLinesBatch.line(id: id, problems: [ReportedProblem(level: .error, message: message)], results: []),
               isBad: true, highestLevel: .error)
    }

    /// `{"id":…,"problems":[…],"results":[…]}` and a line feed: keys in order, results as
    /// `--format json` writes them, compact.
    static func line(id: JSONValue, problems: [ReportedProblem], results: [ReportedResult]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + results.count * 400)
        out.append(contentsOf: Array(#"{"id":"#.utf8))
        id.write(to: &out, indent: nil, depth: 0)
        out.append(contentsOf: Array(#","problems":"#.utf8))
        JSONValue.array(problems.map(JSONReporter.value)).write(to: &out, indent: nil, depth: 0)
        out.append(contentsOf: Array(#","results":["#.utf8))
        let reporter = JSONReporter()
        for (index, result) in results.enumerated() {
            if index > 0 { out.append(0x2C) }
            reporter.write(result, to: &out, indent: nil, depth: 0)
        }
        out.append(contentsOf: [0x5D, 0x7D, 0x0A])
        return out
    }
}

/// Writes records in sequence order as they complete out of order.
final class OrderedWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: JSONLinesBatch.Record] = [:]
    private var next = 0
    private let output: @Sendable ([UInt8]) throws -> Void
    private(set) var summary = JSONLinesBatch.Summary()
    private var writeFailure: Error?

    init(output: @escaping @Sendable ([UInt8]) throws -> Void) { self.output = output }

    var failure: Error? { lock.lock(); defer { lock.unlock() }; return writeFailure }

    /// Stores record `number`, writes every record now in sequence, and calls `released` once per
    /// record written.
    func put(_ record: JSONLinesBatch.Record, at number: Int, released: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        pending[number] = record
        while let ready = pending.removeValue(forKey: next) {
            next += 1
            summary.records += 1
            if ready.isBad { summary.badRecords += 1 }
            if let level = ready.highestLevel, summary.highestLevel.map({ level > $0 }) ?? true { summary.highestLevel = level }
            if writeFailure == nil {
                do { try output(ready.bytes) } catch { writeFailure = error }
            }
            released()
        }
    }
}

/// Reads a file descriptor line by line (LF, with an optional CR before it) in 64 KiB reads,
/// never holding more of a line than its limit.
struct LineReader {
    enum Line {
        case complete([UInt8])
        /// A line over the limit, skipped; its length in bytes.
        case tooLong(Int)
    }

    let descriptor: Int32
    let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(descriptor: Int32, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
    }

    mutating func next() throws -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if start == end {
                if atEnd { break }
                let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                if count == 0 { atEnd = true; break }
                start = 0
                end = count
            }
            let newline = buffer[start..<end].firstIndex(of: 0x0A)
            let stop = newline ?? end
            length += stop - start
            if length <= maxLineBytes { line.append(contentsOf: buffer[start..<stop]) } else if !line.isEmpty { line = [] }
            start = newline.map { $0 + 1 } ?? end
            if newline != nil {
                lineNumber += 1
                return finished(line, length: length)
            }
        }
        if length == 0 { return nil }
        lineNumber += 1
        return finished(line, length: length)
    }

    private func finished(_ line: [UInt8], length: Int) -> Line {
        if length > maxLineBytes { return .tooLong(length) }
        return .complete(line.last == 0x0D ? Array(line.dropLast()) : line)
    }
}
