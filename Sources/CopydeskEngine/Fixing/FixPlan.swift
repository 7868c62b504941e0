import CopydeskCore
import CopydeskReporters
import Foundation

/// The edits `lint --fix` makes to one file: the fix of every result that offers exactly one,
/// automatic fix (a weekday that does not match its date offers two, and is left to the writer),
/// minus suppressed and baselined results and any fix that overlaps one already taken.
public struct FixPlan: Sendable {
    /// One edit: a byte range of the source and its replacement.
    public struct Edit: Sendable, Hashable {
        public var range: Range<Int>
        public var text: String
    }

    public var path: String
    /// The source the fixes were computed against.
    public var source: SourceFile
    /// The edits, in source order, none overlapping.
    public var edits: [Edit]
    /// Results fixed by the edits.
    public var fixed: Int
    /// Results with an automatic fix that could not be taken this time (it overlaps another).
    public var deferred: Int

    /// The plans of every file with something to fix, in path order.
    public static func plans(for report: Report) -> [FixPlan] {
        var byPath: [String: [ReportedResult]] = [:]
        for result in report.results where result.suppressions.isEmpty && result.baselineState != .unchanged {
            guard result.fixes.count == 1, result.fixes[0].isAutomatic, !result.fixes[0].replacements.isEmpty else { continue }
            byPath[result.path, default: []].append(result)
        }
        return byPath.keys.sorted().compactMap { path in
            guard let source = report.sources[path] else { return nil }
            var plan = FixPlan(path: path, source: source, edits: [], fixed: 0, deferred: 0)
            var taken: [Range<Int>] = []
            for result in byPath[path]! {
                let edits = result.fixes[0].replacements.map { Edit(range: $0.region.byteRange, text: $0.text) }
                let overlaps = edits.contains { edit in
                    taken.contains { $0.overlaps(edit.range) || ($0.isEmpty || edit.range.isEmpty) && $0.lowerBound == edit.range.lowerBound }
                }
                if overlaps {
                    plan.deferred += 1
                    continue
                }
                taken += edits.map(\.range)
                plan.edits += edits
                plan.fixed += 1
            }
            plan.edits.sort { $0.range.lowerBound < $1.range.lowerBound }
            return plan.edits.isEmpty ? nil : plan
        }
    }

    /// Whether `bytes` (a file as read now) are still the source the fixes were computed against.
    public func isCurrent(_ bytes: [UInt8]) -> Bool {
        let body = source.hadByteOrderMark && bytes.starts(with: FixPlan.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        return body.elementsEqual(source.utf8) && (source.hadByteOrderMark == bytes.starts(with: FixPlan.byteOrderMark))
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes with the edits made (its byte-order mark, if it had one, kept).
    public func applied() -> [UInt8] {
        let original = source.utf8
        var output: [UInt8] = source.hadByteOrderMark ? FixPlan.byteOrderMark : []
        output.reserveCapacity(original.count + 3)
        var at = 0
        for edit in edits {
            output += original[at..<edit.range.lowerBound]
            output += Array(edit.text.utf8)
            at = edit.range.upperBound
        }
        output += original[at...]
        return output
    }

    /// The change as a unified diff (`--- a/path`, `+++ b/path`, hunks with three lines of context).
    public func unifiedDiff() -> String {
        let old = FixPlan.lines(source.utf8[...])
        let newBytes = applied().dropFirst(source.hadByteOrderMark ? 3 : 0)
        let new = FixPlan.lines(newBytes)
        var text = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in FixPlan.hunks(old, new, context: 3) {
            text += "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@\n"
            text += hunk.lines.joined()
        }
        return text
    }

    /// Lines with their line ends (a last line without one gets the usual marker in a diff).
    static func lines(_ bytes: ArraySlice<UInt8>) -> [String] {
        var lines: [String] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(String(decoding: bytes[start...index], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.endIndex { lines.append(String(decoding: bytes[start...], as: UTF8.self) + "\n\\ No newline at end of file\n") }
        return lines
    }

    struct Hunk {
        var oldStart: Int, oldCount: Int, newStart: Int, newCount: Int
        var lines: [String]
    }

    /// Hunks of a line diff. The files differ only inside the edits, so the common prefix and
    /// suffix of each changed stretch are found directly, and the stretches between them compared
    /// line by line (longest common subsequence, bounded by the size of an edit).
    static func hunks(_ old: [String], _ new: [String], context: Int) -> [Hunk] {
        // Operations: " " same, "-" only in old, "+" only in new.
        var operations: [(Character, String)] = []
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)]), newMiddle = Array(new[prefix..<(new.count - suffix)])
        operations += old[..<prefix].map { (" ", $0) }
        operations += lineOperations(oldMiddle, newMiddle)
        operations += old[(old.count - suffix)...].map { (" ", $0) }

        var hunks: [Hunk] = []
        var oldLine = 1, newLine = 1
        var index = 0
        while index < operations.count {
            guard operations[index].0 != " " else { oldLine += 1; newLine += 1; index += 1; continue }
            // A change: take context before it, then changes and context until a gap of unchanged
            // lines longer than twice the context.
            let lead = min(context, operations[..<index].reversed().prefix { $0.0 == " " }.count)
            var hunk = Hunk(oldStart: oldLine - lead, oldCount: 0, newStart: newLine - lead, newCount: 0, lines: [])
            for operation in operations[(index - lead)..<index] { hunk.lines.append(" " + operation.1); hunk.oldCount += 1; hunk.newCount += 1 }
            var end = index
            while end < operations.count {
                if operations[end].0 == " " {
                    let run = operations[end...].prefix { $0.0 == " " }.count
                    if end + run >= operations.count || run > 2 * context {
                        for operation in operations[end..<min(end + context, end + run)] {
                            hunk.lines.append(" " + operation.1); hunk.oldCount += 1; hunk.newCount += 1
                        }
                        break
                    }
                }
                let (kind, line) = operations[end]
                hunk.lines.append(String(kind) + line)
                if kind != "+" { hunk.oldCount += 1 }
                if kind != "-" { hunk.newCount += 1 }
                end += 1
            }
            for operation in operations[index..<min(end, operations.count)] {
                if operation.0 != "+" { oldLine += 1 }
                if operation.0 != "-" { newLine += 1 }
            }
            index = end
            if hunk.oldCount == 0 { hunk.oldStart -= 1 }
            if hunk.newCount == 0 { hunk.newStart -= 1 }
            hunks.append(hunk)
        }
        return hunks
    }

    /// Line operations turning `old` into `new`: a longest-common-subsequence table for stretches
    /// of modest size, else all of old removed and all of new added.
    static func lineOperations(_ old: [String], _ new: [String]) -> [(Character, String)] {
        guard old.count * new.count <= 1_000_000 else { return old.map { ("-", $0) } + new.map { ("+", $0) } }
        var table = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var operations: [(Character, String)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] { operations.append((" ", old[i])); i += 1; j += 1 }
            else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] { operations.append(("-", old[i])); i += 1 }
            else { operations.append(("+", new[j])); j += 1 }
        }
        return operations
    }
}
