@testable import CopydeskEngine
import CopydeskReporters
import XCTest

final class FileWalkerTests: XCTestCase {
    private func walker(_ workspace: TestWorkspace) -> FileWalker {
        FileWalker(root: workspace.root, accepts: { $0.hasSuffix(".txt") }, isIgnored: { _ in false }, honorsGitIgnore: false)
    }

    private func listing(_ files: FileList) -> [String] {
        (0..<files.count).map { files[$0].displayPath + " " + files[$0].path }
    }

    /// A file reached through two of the paths given (named itself, or in a folder inside another
    /// folder given) is listed once; every file keeps its absolute path, inside the root or not.
    func testFilesNamedTwiceAreListedOnceWithTheirAbsolutePaths() throws {
        let workspace = try TestWorkspace()
        for file in ["a/x.txt", "a/c/z.txt", "a-b/y.txt"] { try workspace.write(file, "text") }
        let outside = try TestWorkspace()
        try outside.write("w.txt", "text")

        let (files, problems) = walker(workspace).expand(["a", "a/c", "a/x.txt", "a-b", outside.root + "/w.txt"])
        XCTAssertEqual(problems, [])
        let relativeOutside = FileWalker.relative(outside.root + "/w.txt", to: workspace.root)
        XCTAssertEqual(listing(files), [
            "a/c/z.txt \(workspace.root)/a/c/z.txt",
            "a/x.txt \(workspace.root)/a/x.txt",
            "a-b/y.txt \(workspace.root)/a-b/y.txt",
            "\(relativeOutside) \(outside.root)/w.txt",
        ])
        XCTAssertTrue(relativeOutside.hasPrefix("../"))
        XCTAssertEqual(files.filter { $0.displayPath.hasPrefix("a-") }.count, 1)
    }

    func testAbsolutePathsResolveDotsRepeatedSlashesAndStepsAboveTheRoot() {
        let cases: [(path: String, base: String, expected: String)] = [
            ("a/b.md", "/work/repo", "/work/repo/a/b.md"),
            ("./a//b/./c.md", "/work/repo/", "/work/repo/a/b/c.md"),
            ("../shared/x.txt", "/work/repo", "/work/shared/x.txt"),
            ("../../../../x", "/work/repo", "/x"),
            ("/etc//hosts/.", "/ignored", "/etc/hosts"),
            (".", "/work/repo", "/work/repo"),
            ("..", "/", "/"),
            ("", "/work", "/work"),
            ("é/ü.md", "/données", "/données/é/ü.md"),
            ("a/../b/..", "/w", "/w"),
        ]
        for (path, base, expected) in cases {
            XCTAssertEqual(FileWalker.absolute(path, relativeTo: base), expected, "\(path) against \(base)")
        }
    }

    func testNestedPathsAreToldApartFromSiblingsThatShareAPrefix() {
        XCTAssertTrue(FileWalker.someNested(["/w/a", "/w/a-b", "/w/a/c"]))
        XCTAssertTrue(FileWalker.someNested(["/w/a", "/w/a"]))
        XCTAssertTrue(FileWalker.someNested(["/", "/w"]))
        XCTAssertFalse(FileWalker.someNested(["/w/a", "/w/a-b", "/w/ab", "/w/b/a"]))
        XCTAssertFalse(FileWalker.someNested(["/w/a"]))
    }

    func testFileNamesSortInByteOrderAndCompareWithLists() {
        let names: FileNames = ["b/é.txt", "a-b/x.txt", "a/x.txt", "a/x.txt.bak", ""]
        XCTAssertEqual(Array(names), ["b/é.txt", "a-b/x.txt", "a/x.txt", "a/x.txt.bak", ""])
        let sorted = names.indices.sorted { names.precedes($0, $1) }.map { names[$0] }
        XCTAssertEqual(sorted, Array(names).sorted())
    }
}
