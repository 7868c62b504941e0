import CopydeskCore
import Foundation

/// The rules of one `.gitignore` file (or `.git/info/exclude`), matched as git matches them:
/// blank lines and `#` comments skipped, `!` re-includes, a trailing `/` matches folders only, a
/// pattern with a `/` at its start or in its middle is anchored to the file's folder, one without
/// matches a name at any depth, `*` and `?` and `[…]` stay within a path segment, and `**` spans
/// segments (`**/x`, `x/**`, `a/**/b`). The last rule that matches decides.
public struct GitIgnoreFile: Sendable {
    struct Rule: Sendable {
        var negated: Bool
        var folderOnly: Bool
        var anchored: Bool
        var segments: [String]
    }

    /// The folder the patterns are relative to (absolute, normalised).
    public let folder: String
    let rules: [Rule]

    public init(contents: String, folder: String) {
        self.folder = folder
        var rules: [Rule] = []
        for rawLine in contents.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            if line.hasPrefix("#") { continue }
            // Trailing blanks go unless escaped with a backslash.
            while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line.removeLast() }
            if line.hasSuffix("\\ ") { line = line.dropLast(2) + " " }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() }
            else if line.hasPrefix("\\!") || line.hasPrefix("\\#") { line.removeFirst() }
            var folderOnly = false
            while line.hasSuffix("/") { folderOnly = true; line.removeLast() }
            guard !line.isEmpty else { continue }
            let anchored = line.contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            let segments = line.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            guard !segments.isEmpty else { continue }
            rules.append(Rule(negated: negated, folderOnly: folderOnly, anchored: anchored, segments: segments))
        }
        self.rules = rules
    }

    /// Reads a file's rules; nil when there is no such file or it cannot be read.
    public static func read(_ path: String, folder: String) -> GitIgnoreFile? {
        guard let bytes = try? RegularFile.read(path, limit: 8 * 1024 * 1024) else { return nil }
        let file = GitIgnoreFile(contents: String(decoding: bytes, as: UTF8.self), folder: folder)
        return file.rules.isEmpty ? nil : file
    }

    /// true: ignored; false: re-included by a `!` rule; nil: no rule matches. `relativePath` is
    /// relative to `folder`.
    public func decision(relativePath: String, isFolder: Bool) -> Bool? {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard let name = parts.last else { return nil }
        for rule in rules.reversed() {
            if rule.folderOnly && !isFolder { continue }
            let hit = rule.anchored
                ? Glob.match(rule.segments[...], parts[...])
                : Glob.matchSegment(Array(rule.segments[0].unicodeScalars), Array(name.unicodeScalars))
            if hit { return !rule.negated }
        }
        return nil
    }
}

/// The `.gitignore` files in force in a folder being walked, deepest last: those of the folders
/// from the repository's top (the nearest folder above with `.git`, whose `.git/info/exclude` counts
/// too) down to the folder. Outside a repository, only the walked folders' own files count.
public struct GitIgnoreStack: Sendable {
    var files: [GitIgnoreFile] = []

    public init() {}

    /// The files in force in `folder` before walking it, its own excluded (the walk adds it).
    public static func above(_ folder: String) -> GitIgnoreStack {
        var stack = GitIgnoreStack()
        var chain: [String] = []
        var current = folder
        var top: String?
        while true {
            chain.append(current)
            var info = stat()
            if lstat(current + (current == "/" ? "" : "/") + ".git", &info) == 0 { top = current; break }
            if current == "/" { break }
            current = ConfigurationResolver.folder(of: current)
        }
        guard let top else { return stack }
        let gitFolder = (top == "/" ? "" : top) + "/.git"
        if let exclude = GitIgnoreFile.read(gitFolder + "/info/exclude", folder: top) { stack.files.append(exclude) }
        for ancestor in chain.reversed() where ancestor != folder {
            stack.push(folder: ancestor)
        }
        return stack
    }

    /// Adds `folder/.gitignore`, if there is one.
    public mutating func push(folder: String) {
        if let file = GitIgnoreFile.read((folder == "/" ? "" : folder) + "/.gitignore", folder: folder) { files.append(file) }
    }

    /// Whether an absolute path is ignored: the deepest file with a matching rule decides.
    public func isIgnored(_ path: String, isFolder: Bool) -> Bool {
        for file in files.reversed() {
            guard let relative = ConfigurationResolver.path(path, inside: file.folder),
                  let decision = file.decision(relativePath: relative, isFolder: isFolder) else { continue }
            return decision
        }
        return false
    }
}
