import CPCRE2

/// A PCRE2 regular expression compiled once (UTF + UCP, JIT when available) and matched over UTF-8
/// text without copying it. Safe to share between threads: every match call uses its own match data,
/// and every match runs under match, depth and heap limits.
public final class Pattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    /// Named capture groups: name to group number.
    public let groupNumbers: [String: Int]
    /// Whether the JIT compiled the pattern (it may be unavailable on some platforms).
    public let isJITCompiled: Bool
    public let limits: MatchLimits
    /// The options the pattern was compiled with.
    public let options: Options

    private let code: OpaquePointer

    /// Compile options, a subset of PCRE2's.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        public static let dotAll = Options(rawValue: PCRE2_DOTALL)
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        public static let ungreedy = Options(rawValue: PCRE2_UNGREEDY)
        /// Match the pattern as a literal string.
        public static let literal = Options(rawValue: PCRE2_LITERAL)
    }

    /// Compiles `source`. Throws `PatternError.compile` naming the pattern, the offset and PCRE2's message.
    public init(_ source: String, options: Options = [], limits: MatchLimits = .default) throws {
        self.source = source
        self.limits = limits
        self.options = options
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | PCRE2_UTF | PCRE2_UCP
        let compiled: OpaquePointer? = source.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) { pointer in
                pcre2_compile_8(pointer, buffer.count - 1, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            let characterOffset = String(decoding: Array(source.utf8).prefix(errorOffset), as: UTF8.self).count
            throw PatternError.compile(pattern: source, offset: characterOffset, message: Pattern.message(for: errorCode))
        }
        code = compiled
        isJITCompiled = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
        groupNumbers = Pattern.readNameTable(compiled)
    }

    deinit { pcre2_code_free_8(code) }

    /// PCRE2's text for an error code.
    static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "PCRE2 error \(errorCode)"
    }

    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var nameBytes: [UInt8] = []
            var p = entry + 2
            while p.pointee != 0 { nameBytes.append(p.pointee); p += 1 }
            names[String(decoding: nameBytes, as: UTF8.self)] = number
        }
        return names
    }

    /// Every non-overlapping match in `text`, or in `range` of it (UTF-8 offsets), in order.
    /// Throws `PatternError.limit` when a limit stops the search; matches found before that are lost,
    /// so callers that want them use `forEachMatch`.
    public func matches(in text: String, range: Range<Int>? = nil) throws -> [Match] {
        var found: [Match] = []
        try forEachMatch(in: text, range: range) { found.append($0); return true }
        return found
    }

    /// Whether the pattern matches anywhere in `text` (or `range`).
    public func firstMatch(in text: String, range: Range<Int>? = nil) throws -> Match? {
        var first: Match?
        try forEachMatch(in: text, range: range) { first = $0; return false }
        return first
    }

    /// Calls `body` for each non-overlapping match until it returns false.
    public func forEachMatch(in text: String, range: Range<Int>? = nil, _ body: (Match) throws -> Bool) throws {
        var text = text
        try text.withUTF8 { try forEachMatch(inUTF8: $0, range: range, body) }
    }

    /// Calls `body` for each non-overlapping match in UTF-8 `bytes` (which must be valid UTF-8).
    public func forEachMatch(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, _ body: (Match) throws -> Bool
    ) throws {
        let bounds = range ?? 0..<bytes.count
        try Searcher(self).forEachMatch(inUTF8: bytes, windows: CollectionOfOne(bounds), textEnd: bounds.upperBound, body)
    }

    /// A pattern's match data and match context (and a JIT stack once one is needed), made once
    /// for many searches on one thread: a search of a short range costs less than making them.
    public final class Searcher {
        public let pattern: Pattern
        private let matchContext: OpaquePointer?
        private let matchData: OpaquePointer?
        private var jitStack: OpaquePointer?
        private let groupCount: Int

        public init(_ pattern: Pattern) {
            self.pattern = pattern
            matchContext = pcre2_match_context_create_8(nil)
            pcre2_set_match_limit_8(matchContext, pattern.limits.match)
            pcre2_set_depth_limit_8(matchContext, pattern.limits.depth)
            pcre2_set_heap_limit_8(matchContext, pattern.limits.heapKibibytes)
            matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil)
            groupCount = Int(pcre2_get_ovector_count_8(matchData))
        }

        deinit {
            pcre2_match_data_free_8(matchData)
            pcre2_match_context_free_8(matchContext)
            if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        }

        /// The first match in `range` of `bytes` (valid UTF-8), if any.
        public func firstMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> Match? {
            var first: Match?
            try forEachMatch(inUTF8: bytes, windows: CollectionOfOne(range), textEnd: range.upperBound) { first = $0; return false }
            return first
        }

        /// Calls `body` for each non-overlapping match inside each of `windows` (ascending, disjoint
        /// ranges of `bytes`), searching each window as if the text went on to `textEnd`: `$` does not
        /// match at a window's end before `textEnd`. Lookbehinds see the bytes before a window.
        /// For patterns whose matches never span a window's end (the policy engine's one-line windows).
        public func forEachMatch<Windows: Sequence>(
            inUTF8 bytes: UnsafeBufferPointer<UInt8>, windows: Windows, textEnd: Int, _ body: (Match) throws -> Bool
        ) throws where Windows.Element == Range<Int> {
            guard let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1) else { return }
            let code = pattern.code
            for window in windows {
                let subjectLength = window.upperBound
                let flags = PCRE2_NO_UTF_CHECK | (subjectLength < textEnd ? PCRE2_NOTEOL : 0)
                var offset = window.lowerBound
                while offset <= subjectLength {
                    var rc = pcre2_match_8(code, base, subjectLength, offset, flags, matchData, matchContext)
                    // JIT code first runs on PCRE2's 32 KiB machine-stack block; a JIT stack (an mmap)
                    // is made only for a search that needs more, and the search is then repeated with it.
                    if rc == PCRE2_ERROR_JIT_STACKLIMIT && pattern.isJITCompiled && jitStack == nil {
                        jitStack = pcre2_jit_stack_create_8(32 * 1024, pattern.limits.jitStackBytes, nil)
                        pcre2_jit_stack_assign_8(matchContext, nil, UnsafeMutableRawPointer(jitStack))
                        rc = pcre2_match_8(code, base, subjectLength, offset, flags, matchData, matchContext)
                    }
                    if rc == PCRE2_ERROR_NOMATCH { break }
                    if rc < 0 { throw PatternError.limit(pattern: pattern.source, message: Pattern.message(for: rc)) }
                    let ovector = pcre2_get_ovector_pointer_8(matchData)!
                    var groups: [Range<Int>?] = []
                    groups.reserveCapacity(min(Int(rc), groupCount))
                    for g in 0..<min(Int(rc), groupCount) {
                        let start = Int(truncatingIfNeeded: ovector[2 * g]), end = Int(truncatingIfNeeded: ovector[2 * g + 1])
                        groups.append(start < 0 || end < start ? nil : start..<end)
                    }
                    guard let whole = groups.first ?? nil else { break }
                    if try !body(Match(groups: groups, pattern: pattern)) { return }
                    if whole.isEmpty {
                        offset = whole.upperBound + 1
                        while offset < subjectLength && base[offset] & 0xC0 == 0x80 { offset += 1 }
                    } else {
                        offset = whole.upperBound
                    }
                }
            }
        }
    }
}

/// One match: the whole range and each capture group's range, as UTF-8 offsets into the subject.
public struct Match: Sendable {
    /// Index 0 is the whole match; nil for a group that did not take part.
    public let groups: [Range<Int>?]
    let pattern: Pattern

    public var range: Range<Int> { groups[0]! }

    /// The range of a numbered group, if it took part.
    public subscript(group: Int) -> Range<Int>? { group < groups.count ? groups[group] : nil }

    /// The range of a named group, if it exists and took part.
    public subscript(name: String) -> Range<Int>? {
        guard let number = pattern.groupNumbers[name] else { return nil }
        return self[number]
    }
}

/// Limits that keep a catastrophic pattern from hanging a run.
public struct MatchLimits: Sendable, Hashable {
    public var match: UInt32
    public var depth: UInt32
    public var heapKibibytes: UInt32
    public var jitStackBytes: Int

    public init(match: UInt32, depth: UInt32, heapKibibytes: UInt32, jitStackBytes: Int) {
        self.match = match
        self.depth = depth
        self.heapKibibytes = heapKibibytes
        self.jitStackBytes = jitStackBytes
    }

    public static let `default` = MatchLimits(match: 10_000_000, depth: 100_000, heapKibibytes: 64 * 1024,
                                              jitStackBytes: 1 << 20)
}

/// Why a pattern could not be compiled or a search stopped.
public enum PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pattern does not compile: `offset` counts characters from the start of the pattern.
    case compile(pattern: String, offset: Int, message: String)
    /// A match, depth, heap or JIT-stack limit stopped the search.
    case limit(pattern: String, message: String)

    public var description: String {
        switch self {
        case .compile(let pattern, let offset, let message):
            return "invalid regular expression /\(PatternError.excerpt(of: pattern, around: offset))/ at offset \(offset): \(message)"
        case .limit(let pattern, let message):
            return "the search for /\(PatternError.excerpt(of: pattern))/ stopped: \(message)"
        }
    }

    /// A pattern as an error message shows it: whole when short, else the part around `offset`
    /// (or its start) with the length of what is left out, so that a word list of a hundred
    /// thousand words gives a readable line rather than a megabyte.
    public static func excerpt(of pattern: String, around offset: Int? = nil, width: Int = 120) -> String {
        let characters = Array(pattern)
        guard characters.count > width else { return pattern }
        let centre = min(max(offset ?? 0, 0), characters.count)
        let start = max(0, min(centre - width / 2, characters.count - width))
        let end = min(characters.count, start + width)
        let before = start > 0 ? "…(\(start) characters)" : ""
        let after = end < characters.count ? "…(\(characters.count - end) more characters)" : ""
        return before + String(characters[start..<end]) + after
    }
}
