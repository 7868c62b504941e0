import CopydeskCore

/// What the configuration says about reading a file, beyond its format: patterns whose matches are
/// not prose (`ignore-tokens`, `ignore-blocks`), whether templating tags are left out, and which
/// elements of an HTML page hold its prose. Settled with the rest of the configuration before
/// linting starts; the same for every file of a folder unless overrides say otherwise.
public struct ReadingOptions: Sendable {
    /// Each match in the source (after front matter) is not prose (Vale's `TokenIgnores`).
    public var ignoreTokens: [Pattern] = []
    /// Each block is not prose (Vale's `BlockIgnores`).
    public var ignoreBlocks: [IgnoreBlock] = []
    /// Leave out Hugo shortcodes and Liquid/Jinja tags in Markdown and HTML (on by default).
    public var templateTags = true
    /// Which parts of an HTML page are prose.
    public var htmlProse = HTMLProseSelection.default
    /// Read Markdown as MDX: ESM lines, JSX tags and `{…}` expressions are not prose (set by the
    /// loader for `.mdx` files).
    public var mdx = false

    public init(ignoreTokens: [Pattern] = [], ignoreBlocks: [IgnoreBlock] = [], templateTags: Bool = true,
                htmlProse: HTMLProseSelection = .default) {
        self.ignoreTokens = ignoreTokens
        self.ignoreBlocks = ignoreBlocks
        self.templateTags = templateTags
        self.htmlProse = htmlProse
    }

    public static let `default` = ReadingOptions()

    /// Source ranges the configuration's patterns exclude, from `start` on. A pattern stopped by
    /// its match limit keeps the matches found before it stopped.
    func ignoredRanges(in source: SourceFile, from start: Int) -> [Range<Int>] {
        guard !ignoreTokens.isEmpty || !ignoreBlocks.isEmpty, start < source.utf8.count else { return [] }
        var ranges: [Range<Int>] = []
        let bounds = start..<source.utf8.count
        for pattern in ignoreTokens {
            try? pattern.forEachMatch(in: source.text, range: bounds) { ranges.append($0.range); return true }
        }
        for block in ignoreBlocks {
            guard let end = block.end else {
                try? block.start.forEachMatch(in: source.text, range: bounds) { ranges.append($0.range); return true }
                continue
            }
            // From each start match to the end of the next end match after it.
            var position = start
            while position < bounds.upperBound,
                  let opening = (try? block.start.firstMatch(in: source.text, range: position..<bounds.upperBound)) ?? nil {
                guard let closing = (try? end.firstMatch(in: source.text, range: opening.range.upperBound..<bounds.upperBound)) ?? nil else { break }
                ranges.append(opening.range.lowerBound..<closing.range.upperBound)
                position = max(closing.range.upperBound, opening.range.lowerBound + 1)
            }
        }
        return ranges
    }
}

/// An `ignore-blocks` entry: one pattern whose matches are blocks, or a start and an end pattern.
public struct IgnoreBlock: Sendable {
    public var start: Pattern
    public var end: Pattern?

    public init(start: Pattern, end: Pattern? = nil) {
        self.start = start
        self.end = end
    }
}
