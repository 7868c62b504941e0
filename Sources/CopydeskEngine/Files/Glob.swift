/// Shell-style globs over `/`-separated relative paths: `*` (within a segment), `?`, `[abc]`,
/// `**` (any number of segments). A glob without `/` matches a file name at any depth.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]
    private let anyDepth: Bool

    public init(_ pattern: String) {
        var p = pattern
        if p.hasPrefix("./") { p.removeFirst(2) }
        if p.hasSuffix("/") { p += "**" }
        self.pattern = pattern
        anyDepth = !p.contains("/")
        segments = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether a relative path (or any of its parent folders) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        if anyDepth {
            return parts.contains { Glob.matchSegment(Array((segments.first ?? "").unicodeScalars), Array($0.unicodeScalars)) }
        }
        // A folder pattern also covers what is inside the folder.
        for end in stride(from: parts.count, through: 1, by: -1) where Glob.match(segments[...], parts[0..<end]) {
            return true
        }
        return false
    }

    static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let head = path.first else { return false }
        return matchSegment(Array(first.unicodeScalars), Array(head.unicodeScalars)) && match(pattern.dropFirst(), path.dropFirst())
    }

    static func matchSegment(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count {
                let c = pattern[p]
                if c == "*" { starP = p; starN = n; p += 1; continue }
                if c == "?" { p += 1; n += 1; continue }
                if c == "[", let close = pattern[(p + 1)...].firstIndex(of: "]") {
                    var set = Array(pattern[(p + 1)..<close])
                    let negate = set.first == "!" || set.first == "^"
                    if negate { set.removeFirst() }
                    var hit = false
                    var i = 0
                    while i < set.count {
                        if i + 2 < set.count && set[i + 1] == "-" {
                            if set[i] <= name[n] && name[n] <= set[i + 2] { hit = true }
                            i += 3
                        } else {
                            if set[i] == name[n] { hit = true }
                            i += 1
                        }
                    }
                    if hit != negate { p = close + 1; n += 1; continue }
                } else if c == name[n] { p += 1; n += 1; continue }
            }
            if starP >= 0 { p = starP + 1; starN += 1; n = starN; continue }
            return false
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
