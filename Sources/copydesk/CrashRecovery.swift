import CCrashGuard
import CopydeskEngine
import Foundation

/// Keeps a crash or a hang on one file from losing a run. A journal (an unlinked temporary file
/// kept open across restarts) records which file each worker is on; when a worker traps, or a file
/// runs past its time budget, the crash guard journals it and restarts `copydesk` in place with
/// the same arguments. The restarted run reads the journal, reports those files as errors, lints
/// every other file (those not yet finished first) and writes the report as if nothing happened.
final class CrashRecovery: LintObserver, @unchecked Sendable {
    /// The environment variable that hands the journal's descriptor to the restarted program.
    static let journalVariable = "COPYDESK_RESUME_JOURNAL"

    /// Files not to lint again, with the message each is reported with.
    let abandonedFiles: [String: String]
    /// Files an earlier attempt finished.
    let completedFiles: Set<String>
    /// What made this attempt a restart, for standard error.
    let restartReason: String?

    private let lock = NSLock()
    private var stageNames: [String: UnsafeMutablePointer<CChar>] = [:]

    /// Opens (or, in a restarted program, reads) the journal and installs the crash guard; starts
    /// the watchdog when `fileTimeout` is positive. Returns nil when the guard cannot be installed
    /// (the run then goes on unguarded).
    static func install(fileTimeout: Double) -> CrashRecovery? {
        // A command that lints twice (--fix, then the report of what is left) keeps one guard.
        installLock.lock()
        defer { installLock.unlock() }
        if let installed { return installed }
        installed = makeRecovery(fileTimeout: fileTimeout)
        return installed
    }

    private static let installLock = NSLock()
    nonisolated(unsafe) private static var installed: CrashRecovery?

    private static func makeRecovery(fileTimeout: Double) -> CrashRecovery? {
        var environment = ProcessInfo.processInfo.environment
        let journal: Int32
        var entries = Journal()
        if let inherited = environment[journalVariable].flatMap(Int32.init), fcntl(inherited, F_GETFD) >= 0 {
            journal = inherited
            entries = Journal(parsing: readAll(inherited))
        } else {
            var template = Array((NSTemporaryDirectory() + "/copydesk-journal-XXXXXX").utf8CString)
            journal = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard journal >= 0 else { return nil }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            environment[journalVariable] = String(journal)
        }
        // Children (runtime plugin hosts) must not take the journal for their own.
        unsetenv(journalVariable)
        let recovery = CrashRecovery(entries: entries, fileTimeout: fileTimeout)
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let arguments = CommandLine.arguments
        let variables = environment.map { "\($0.key)=\($0.value)" }.sorted()
        let installed = withCStrings(arguments) { argv in
            withCStrings(variables) { envp in copydesk_guard_install(journal, executable, argv, envp) }
        }
        guard installed == 0 else { return nil }
        if fileTimeout > 0 {
            Thread.detachNewThread {
                while true {
                    Thread.sleep(forTimeInterval: min(0.25, fileTimeout / 4))
                    copydesk_guard_restart_if_overdue(fileTimeout)
                }
            }
        }
        return recovery
    }

    private init(entries: Journal, fileTimeout: Double) {
        var abandoned: [String: String] = [:]
        for event in entries.failures {
            guard let path = entries.paths[event.file] else { continue }
            abandoned[path] = event.message(fileTimeout: fileTimeout)
        }
        abandonedFiles = abandoned
        completedFiles = Set(entries.finished.compactMap { entries.paths[$0] })
        restartReason = entries.failures.last.flatMap { event in
            entries.paths[event.file].map { "\($0): \(event.summary(fileTimeout: fileTimeout)); linting the other files again without it" }
        }
    }

    func workerStarted() { copydesk_guard_enter_worker() }

    func fileStarted(_ index: Int, path: String) {
        // One line per journal entry: a line break in a path is written as a space.
        // Foundation's replacingOccurrences bridges through NSString: ~2% of a plugin's run, paid per file.
        copydesk_guard_begin_file(index, path.utf8.contains(0x0A) ? path.replacingOccurrences(of: "\n", with: " ") : path)
    }

    func stageStarted(_ stage: String) {
        lock.lock()
        let name: UnsafeMutablePointer<CChar>
        if let known = stageNames[stage] {
            name = known
        } else {
            // Kept for the life of the run: the signal handler may read it at any time.
            name = strdup(stage)
            stageNames[stage] = name
        }
        lock.unlock()
        copydesk_guard_begin_plugin(name)
    }

    func fileFinished(_ index: Int) { copydesk_guard_end_file() }

    private static func readAll(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { UnsafePointer(strdup($0)) }
        defer { copies.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
        return (copies + [nil]).withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// What the crash guard journaled in earlier attempts at this run.
struct Journal {
    /// A file that crashed or ran out of time.
    struct Failure {
        var file: Int
        /// The signal, or nil for a time-out.
        var signal: Int32?
        /// The plugin or stage the file was in, where known.
        var stage: String?

        private var signalName: String {
            switch signal {
            case SIGILL: return "SIGILL, a trap"
            case SIGTRAP: return "SIGTRAP, a trap"
            case SIGSEGV: return "SIGSEGV, a bad memory access or a stack overflow"
            case SIGBUS: return "SIGBUS, a bad memory access"
            case SIGFPE: return "SIGFPE, an arithmetic fault"
            case SIGABRT: return "SIGABRT, an abort"
            default: return "signal \(signal ?? 0)"
            }
        }

        private var place: String {
            switch stage {
            case nil: return ""
            case LintStage.reader?: return " while reading the file"
            case LintStage.results?: return " while building its results"
            case let plugin?: return " in the `\(plugin)` plugin"
            }
        }

        func summary(fileTimeout: Double) -> String {
            signal == nil ? "ran past the time budget of \(Journal.seconds(fileTimeout)) per file\(place)"
                : "crashed\(place) (\(signalName))"
        }

        func message(fileTimeout: Double) -> String {
            if signal == nil {
                return "not linted: it \(summary(fileTimeout: fileTimeout)); the other files were linted. "
                    + "Raise the budget with --file-timeout SECONDS, and please report this file at https://github.com/copydesk/copydesk/issues: no article should take this long."
            }
            return "not linted: Copydesk \(summary(fileTimeout: fileTimeout)); the other files were linted. "
                + "This is a bug in Copydesk: please report it with this file at https://github.com/copydesk/copydesk/issues."
        }
    }

    var paths: [Int: String] = [:]
    var finished: Set<Int> = []
    var failures: [Failure] = []

    init() {}

    init(parsing text: String) {
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let file = Int(fields[1]) else { continue }
            let stage = { (text: Substring) in text == "-" ? nil : String(text) }
            switch fields[0] {
            case "begin" where fields.count == 3: paths[file] = String(fields[2])
            case "end":
                finished.insert(file)
                if fields.count == 3 { paths[file] = String(fields[2]) }
            case "timeout" where fields.count == 3: failures.append(Failure(file: file, signal: nil, stage: stage(fields[2])))
            case "crash" where fields.count == 3:
                let rest = fields[2].split(separator: " ", maxSplits: 1)
                guard let signal = rest.first.flatMap({ Int32($0) }) else { continue }
                failures.append(Failure(file: file, signal: signal, stage: rest.count > 1 ? stage(rest[1]) : nil))
            default: continue
            }
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
