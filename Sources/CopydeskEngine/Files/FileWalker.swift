import CopydeskCore
import Foundation

/// Expands the paths a run is given into the files to lint: folders recursively (following links,
/// never looping), files Copydesk can read, minus ignored ones, in a stable order. Works on path
/// strings and `readdir`, so that walking a large archive costs little more than listing it.
///
/// In folders it walks, what `.gitignore` files exclude is left out (as ripgrep does: the files of
/// the walked folders and of the folders above them up to the repository's top, and
/// `.git/info/exclude`), unless `honorsGitIgnore` is off. A file named on the command line is
/// linted even when a `.gitignore` or the configuration's `ignore:` lists it, unless
/// `excludesNamedFiles` (`--force-exclude`) asks for `ignore:` to apply to it too.
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
    /// Whether a path is ignored by the configuration (given as an absolute, normalised path).
    public var isIgnored: (String) -> Bool
    /// Whether `.gitignore` files apply in walked folders.
    public var honorsGitIgnore: Bool

    public init(root: String, accepts: @escaping (String) -> Bool, isIgnored: @escaping (String) -> Bool,
                honorsGitIgnore: Bool = true) {
        self.root = FileWalker.absolute(root, relativeTo: "/")
        self.accepts = accepts
        self.isIgnored = isIgnored
        self.honorsGitIgnore = honorsGitIgnore
    }

    /// Folders never walked into.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build", ".swiftpm"]

    /// A file's identity on disk, to notice the same file or folder reached twice.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Whether files named themselves (not found in a folder) are left out when ignored too, as
    /// a pre-commit hook that passes every changed file needs.
    public var excludesNamedFiles = false

    public func expand(_ paths: [String]) -> (items: FileList, problems: [Problem]) {
        var items = FileList(root: root)
        var problems: [Problem] = []
        var seen = Set<FileID>()
        let absolutePaths = paths.map { FileWalker.absolute($0, relativeTo: root) }
        for (path, absolute) in zip(paths, absolutePaths) {
            var info = stat()
            guard stat(absolute, &info) == 0 else {
                problems.append(Problem(displayPath: path, message: "no such file or folder"))
                continue
            }
            let display = FileWalker.relative(absolute, to: root)
            if info.st_mode & S_IFMT == S_IFDIR {
                var ancestors = Set<FileID>()
                let gitIgnores = honorsGitIgnore ? GitIgnoreStack.above(absolute) : nil
                walk(absolute, display: display, id: FileWalker.id(info), gitIgnores: gitIgnores, into: &items, problems: &problems,
                     ancestors: &ancestors, seen: &seen)
            } else if excludesNamedFiles && isIgnored(absolute) {
                continue
            } else if seen.insert(FileWalker.id(info)).inserted {
                items.append(Item(path: absolute, displayPath: display))
            }
        }
        // A file named twice (as itself and inside a folder, or in two folders one inside the other)
        // is linted once. Paths none of which is inside another cannot name a file twice, and then
        // the walk keeps no set of every path it found.
        if FileWalker.someNested(absolutePaths) {
            var seenPaths = Set<String>()
            items = items.filter { seenPaths.insert($0.path).inserted }
        }
        return (items, problems)
    }

    /// Whether one of the absolute, normalised `paths` is another or lies inside it.
    static func someNested(_ paths: [String]) -> Bool {
        // With a slash at the end of each, a path sorts right before those inside it.
        let folders = paths.map { $0 == "/" ? $0 : $0 + "/" }.sorted()
        return zip(folders, folders.dropFirst()).contains { outer, inner in inner.hasPrefix(outer) }
    }

    static func id(_ info: stat) -> FileID { FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) }

    private func walk(_ folder: String, display: String, id: FileID, gitIgnores inherited: GitIgnoreStack?, into items: inout FileList,
                      problems: inout [Problem], ancestors: inout Set<FileID>, seen: inout Set<FileID>) {
        guard ancestors.insert(id).inserted else {
            problems.append(Problem(displayPath: display, message: "folder loop: this link leads back to a folder above it; not walked again"))
            return
        }
        defer { ancestors.remove(id) }
        guard let directory = opendir(folder) else {
            problems.append(Problem(displayPath: display, message: "cannot be read: \(String(cString: strerror(errno)))"))
            return
        }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        closedir(directory)
        entries.sort { $0.name < $1.name }
        var gitIgnores = inherited
        if entries.contains(where: { $0.name == ".gitignore" }) { gitIgnores?.push(folder: folder) }
        for (name, type) in entries {
            if FileWalker.skippedFolders.contains(name) { continue }
            let path = folder == "/" ? "/" + name : folder + "/" + name
            let childDisplay = display == "." ? name : display + "/" + name
            if isIgnored(path) { continue }
            var isDirectory = type == UInt8(DT_DIR)
            var isFile = type == UInt8(DT_REG)
            var info = stat()
            if !isDirectory && !isFile {
                // A link or an unknown type: ask where it leads.
                guard stat(path, &info) == 0 else {
                    if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK {
                        problems.append(Problem(displayPath: childDisplay, message: "broken link"))
                    }
                    continue
                }
                isDirectory = info.st_mode & S_IFMT == S_IFDIR
                isFile = info.st_mode & S_IFMT == S_IFREG
            }
            if let gitIgnores, isDirectory || isFile, gitIgnores.isIgnored(path, isFolder: isDirectory) { continue }
            if isDirectory {
                if info.st_ino == 0 && stat(path, &info) != 0 { continue }
                walk(path, display: childDisplay, id: FileWalker.id(info), gitIgnores: gitIgnores, into: &items, problems: &problems,
                     ancestors: &ancestors, seen: &seen)
            } else if isFile, accepts(path) {
                if info.st_ino != 0 && !seen.insert(FileWalker.id(info)).inserted { continue }
                items.append(Item(path: path, displayPath: childDisplay))
            }
        }
    }

    /// `path` made absolute against `base`, with `.` and `..` resolved (links are not followed).
    public static func absolute(_ path: String, relativeTo base: String) -> String {
        // One pass over the bytes: this runs for every file of a run, and splitting into Substrings
        // and joining them again cost several per cent of a whole lint.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var result: [UInt8] = [slash]
        result.reserveCapacity(base.utf8.count + path.utf8.count + 1)
        func add(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    while i < bytes.count && bytes[i] == slash { i += 1 }
                    let start = i
                    while i < bytes.count && bytes[i] != slash { i += 1 }
                    let length = i - start
                    if length == 0 || (length == 1 && bytes[start] == dot) { continue }
                    if length == 2 && bytes[start] == dot && bytes[start + 1] == dot {
                        // Up one component; above the root stays at the root.
                        let lastSlash = result.lastIndex(of: slash) ?? 0
                        result.removeSubrange(max(lastSlash, 1)...)
                        continue
                    }
                    if result.count > 1 { result.append(slash) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
            }
        }
        if path.utf8.first != slash { add(base) }
        add(path)
        return String(decoding: result, as: UTF8.self)
    }

    /// `path` relative to `base` when inside it; otherwise with `../` steps.
    public static func relative(_ path: String, to base: String) -> String {
        let p = absolute(path, relativeTo: "/").split(separator: "/")
        let b = absolute(base, relativeTo: "/").split(separator: "/")
        var common = 0
        while common < p.count && common < b.count && p[common] == b[common] { common += 1 }
        let parts = Array(repeating: Substring(".."), count: b.count - common) + p[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
