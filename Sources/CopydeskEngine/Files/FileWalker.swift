import CopydeskCore
import Foundation

/// Expands the paths a run is given into the files to lint: folders recursively (following links
/// once, never looping), files Copydesk can read, minus ignored ones, in a stable order.
public struct FileWalker {
    /// One file to lint: where it is, and how reports name it.
    public struct Item: Sendable, Hashable {
        public var path: String
        public var displayPath: String
    }

    /// A path that could not be walked.
    public struct Problem: Sendable, Hashable {
        public var displayPath: String
        public var message: String
    }

    public var root: String
    /// Whether a file found in a folder is one to read (by extension, unless the format is forced).
    public var accepts: (String) -> Bool
    /// Whether a path (relative to the root) is ignored.
    public var isIgnored: (String) -> Bool

    public init(root: String, accepts: @escaping (String) -> Bool, isIgnored: @escaping (String) -> Bool) {
        self.root = root
        self.accepts = accepts
        self.isIgnored = isIgnored
    }

    /// Folders never walked into.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build", ".swiftpm"]

    public func expand(_ paths: [String]) -> (items: [Item], problems: [Problem]) {
        var items: [Item] = []
        var problems: [Problem] = []
        var seenFiles = Set<String>()
        for path in paths {
            let absolute = FileWalker.absolute(path, relativeTo: root)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                problems.append(Problem(displayPath: path, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                walk(absolute, into: &items, problems: &problems, visited: &visited, seen: &seenFiles)
            } else {
                let display = FileWalker.relative(absolute, to: root)
                if seenFiles.insert(FileWalker.canonical(absolute)).inserted {
                    items.append(Item(path: absolute, displayPath: display))
                }
            }
        }
        return (items, problems)
    }

    private func walk(_ folder: String, into items: inout [Item], problems: inout [Problem], visited: inout Set<String>,
                      seen: inout Set<String>) {
        let real = FileWalker.canonical(folder)
        guard visited.insert(real).inserted else {
            problems.append(Problem(displayPath: FileWalker.relative(folder, to: root),
                                    message: "folder loop: this link leads back to \(FileWalker.relative(real, to: root)); not walked again"))
            return
        }
        defer { visited.remove(real) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            problems.append(Problem(displayPath: FileWalker.relative(folder, to: root), message: "cannot be read: permission denied or not a folder"))
            return
        }
        for name in entries {
            if FileWalker.skippedFolders.contains(name) { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let display = FileWalker.relative(path, to: root)
            if isIgnored(display) { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                    problems.append(Problem(displayPath: display, message: "broken link"))
                }
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &items, problems: &problems, visited: &visited, seen: &seen)
            } else if accepts(path), seen.insert(FileWalker.canonical(path)).inserted {
                items.append(Item(path: path, displayPath: display))
            }
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// `path` made absolute against `base`, with `.` and `..` resolved.
    public static func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// `path` relative to `base` when inside it; otherwise with `../` steps.
    public static func relative(_ path: String, to base: String) -> String {
        let p = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        var common = 0
        while common < p.count && common < b.count && p[common] == b[common] { common += 1 }
        let ups = Array(repeating: "..", count: b.count - common)
        let rest = Array(p[common...])
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
