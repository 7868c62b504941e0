import CopydeskReporters

/// The files of a run, each an absolute path and the path reports name it by. Only the names
/// reports use are kept, as `FileNames`: the absolute path is the name resolved against the run's
/// root folder (`root/name`, or with `../` steps for a file outside it), so a run over a large
/// archive keeps its names' bytes and little else.
public struct FileList: Sendable {
    /// The folder display paths are relative to (absolute, normalised).
    public let root: String
    public private(set) var displayPaths = FileNames()
    /// The absolute paths that the display path does not resolve to, by index (none is expected:
    /// display paths are made from absolute, normalised paths by `FileWalker.relative`).
    private var pathsOutsideRoot: [Int: String] = [:]

    public init(root: String) {
        self.root = root
    }

    public init(root: String, _ items: [FileWalker.Item]) {
        self.root = root
        for item in items { append(item) }
    }

    public var count: Int { displayPaths.count }
    public var isEmpty: Bool { displayPaths.isEmpty }

    /// The absolute path of the file at `index`.
    public func path(at index: Int) -> String {
        pathsOutsideRoot[index] ?? FileList.path(of: displayPaths[index], resolvedAgainst: root)
    }

    public subscript(index: Int) -> FileWalker.Item {
        let display = displayPaths[index]
        return FileWalker.Item(path: pathsOutsideRoot[index] ?? FileList.path(of: display, resolvedAgainst: root), displayPath: display)
    }

    public mutating func append(_ item: FileWalker.Item) {
        if item.path != FileList.path(of: item.displayPath, resolvedAgainst: root) { pathsOutsideRoot[count] = item.path }
        displayPaths.append(item.displayPath)
    }

    /// The files for which `isIncluded` holds, in the same order.
    public func filter(_ isIncluded: (FileWalker.Item) throws -> Bool) rethrows -> FileList {
        var kept = FileList(root: root)
        for index in 0..<count {
            let item = self[index]
            if try isIncluded(item) { kept.append(item) }
        }
        return kept
    }

    private static func path(of display: String, resolvedAgainst root: String) -> String {
        if display == "." || display.hasPrefix("../") || display == ".." { return FileWalker.absolute(display, relativeTo: root) }
        return root == "/" ? "/" + display : root + "/" + display
    }
}
