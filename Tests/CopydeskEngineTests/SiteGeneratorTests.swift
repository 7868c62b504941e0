import CopydeskBuiltIns
import CopydeskCore
import CopydeskDocuments
import CopydeskEngine
import CopydeskReporters
import CopydeskTestSupport
import Foundation
import XCTest

/// Small Hugo-, Jekyll- and Astro-shaped sites (Tests/CopydeskEngineTests/Fixtures/sites) linted
/// end to end with the built-in plugins and packs: front matter in TOML, JSON and YAML, shortcodes
/// and Liquid tags, build output listed in `.gitignore` (stored as `dot-gitignore`, so that this
/// repository's git does not apply it to the fixtures themselves).
final class SiteGeneratorTests: XCTestCase {
    static let now = DocumentDate(parsing: "2025-03-06T12:00:00Z")!.instant

    /// A copy of a fixture site in a temporary folder, `dot-gitignore` files renamed `.gitignore`.
    func site(_ name: String) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        let fixture = RepositoryPaths.root + "/Tests/CopydeskEngineTests/Fixtures/sites/" + name
        let enumerator = FileManager.default.enumerator(atPath: fixture)!
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fixture + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture + "/" + relative)))
            let target = relative.hasSuffix("dot-gitignore") ? String(relative.dropLast("dot-gitignore".count)) + ".gitignore" : relative
            try workspace.write(target, bytes: bytes)
        }
        return workspace
    }

    func lint(_ workspace: TestWorkspace, paths: [String] = ["."], honorsGitIgnore: Bool = true, forceExclude: Bool = false) throws -> Report {
        var request = LintRequest(paths: paths, root: workspace.root, now: SiteGeneratorTests.now)
        request.honorsGitIgnore = honorsGitIgnore
        request.excludesIgnoredNamedFiles = forceExclude
        return try LintRunner().run(request)
    }

    static let quoteRules: Set<String> = ["attribution/unbalanced-quote", "attribution/unattributed-quote"]

    func results(_ report: Report, _ path: String, rules: Set<String>) -> [String] {
        report.results.filter { $0.path == path && rules.contains($0.ruleID) }.map { "\($0.ruleID) \($0.region.start.line): \($0.snippet)" }
    }

    func testHugoSite() throws {
        let workspace = try site("hugo")
        let report = try lint(workspace)
        // public/ and *.draft.md are in .gitignore; !keep.draft.md brings one draft back.
        XCTAssertEqual(report.filesScanned, ["content/posts/ferry-timetable.md", "content/posts/harbour-dues.md", "content/posts/keep.draft.md"])
        for file in report.filesScanned {
            XCTAssertEqual(results(report, file, rules: SiteGeneratorTests.quoteRules), [], "shortcode attributes are not prose")
            XCTAssertEqual(results(report, file, rules: ["dates/unresolved-relative"]), [], "the publication date comes from front matter")
        }
        // TOML and JSON front matter are not prose (but for the title): no date expression tagged in them.
        XCTAssertEqual(report.results.filter { $0.ruleID == "dates/expression" && (3..<6).contains($0.region.start.line) }.map(\.snippet), [])
        // The prose is still read, with exact positions: the quote after the figure, inside the notice.
        let quotes = report.results.filter { $0.ruleID == "attribution/quote" && $0.path == "content/posts/ferry-timetable.md" }
        XCTAssertEqual(quotes.map(\.region.start.line), [12])
        XCTAssertEqual(quotes.first?.snippet, "\"We cannot staff the early crossing,\"")
        let weekdays = report.results.filter { $0.ruleID == "dates/expression" && $0.path == "content/posts/ferry-timetable.md" }
        XCTAssertFalse(weekdays.isEmpty, "the body's dates are still tagged")
    }

    func testHugoSiteWithoutIgnoreLintsThePublicFolderToo() throws {
        let workspace = try site("hugo")
        let report = try lint(workspace, honorsGitIgnore: false)
        XCTAssertEqual(report.filesScanned, [
            "content/posts/ferry-timetable.md", "content/posts/fishing-quota.draft.md", "content/posts/harbour-dues.md",
            "content/posts/keep.draft.md", "public/posts/ferry-timetable/index.html",
        ])
        XCTAssertFalse(results(report, "content/posts/fishing-quota.draft.md", rules: SiteGeneratorTests.quoteRules).isEmpty)
        // The rendered page: only its <article> is prose, not the cookie banner or the "Follow us" footer.
        let page = "public/posts/ferry-timetable/index.html"
        XCTAssertEqual(results(report, page, rules: SiteGeneratorTests.quoteRules), [])
        XCTAssertEqual(report.results.filter { $0.path == page }.map(\.region.start.line).filter { $0 < 8 || $0 > 10 }.filter { $0 != 3 }, [],
                       "nothing outside the article but the title")
    }

    func testAFileNamedOnTheCommandLineIsLintedThoughGitIgnored() throws {
        let workspace = try site("hugo")
        let report = try lint(workspace, paths: ["content/posts/fishing-quota.draft.md", "public"])
        XCTAssertEqual(report.filesScanned, ["content/posts/fishing-quota.draft.md", "public/posts/ferry-timetable/index.html"],
                       "named paths are linted, as ripgrep searches them")
        try workspace.write(".copydesk.yml", "ignore: ['*.draft.md']\n")
        XCTAssertEqual(try lint(workspace, paths: ["content/posts/fishing-quota.draft.md"]).filesScanned, ["content/posts/fishing-quota.draft.md"],
                       "a file named on purpose is linted, as ruff does")
        XCTAssertEqual(try lint(workspace, paths: ["content/posts/fishing-quota.draft.md"], forceExclude: true).filesScanned, [],
                       "with --force-exclude the configuration's ignore: applies to named files")
    }

    /// Through the `copydesk` binary: `.gitignore` by default, `--no-ignore` to lint all.
    func testCommandLineNoIgnore() throws {
        let executable = try Requirement.copydesk()
        let workspace = try site("jekyll")
        func files(_ extra: [String]) throws -> JSONValue? {
            let run = try TestWorkspace.run(executable, ["lint", ".", "--format", "json", "--fail-level", "none", "--now", "2025-03-06T12:00:00Z"] + extra,
                                            in: workspace.root)
            XCTAssertEqual(run.status, 0, run.err)
            return try JSONDecoder().decode(JSONValue.self, from: Data(run.out.utf8))["files"]
        }
        XCTAssertEqual(try files([]), 1)
        XCTAssertEqual(try files(["--no-ignore"]), 2)
    }

    func testJekyllSite() throws {
        let workspace = try site("jekyll")
        let report = try lint(workspace)
        XCTAssertEqual(report.filesScanned, ["_posts/2025-03-04-council-vote.md"], "_site/ is in .gitignore")
        let post = "_posts/2025-03-04-council-vote.md"
        XCTAssertEqual(results(report, post, rules: SiteGeneratorTests.quoteRules), [], "Liquid tags are not prose")
        XCTAssertEqual(results(report, post, rules: ["dates/unresolved-relative"]), [])
        let quotes = report.results.filter { $0.ruleID == "attribution/quote" && $0.path == post }
        XCTAssertEqual(quotes.map(\.region.start.line), [14])
    }

    func testAstroSite() throws {
        let workspace = try site("astro")
        let report = try lint(workspace)
        XCTAssertTrue(report.filesScanned.allSatisfy { $0.hasPrefix("src/") }, "dist/ is in .gitignore: \(report.filesScanned)")
        XCTAssertEqual(report.filesScanned, ["src/content/blog/harbour-master.mdx", "src/content/blog/launch.md"], "MDX is read as Markdown")
        let quotes = report.results.filter { $0.ruleID == "attribution/quote" && $0.path == "src/content/blog/harbour-master.mdx" }
        XCTAssertEqual(quotes.map(\.region.start.line), [14], "a JSX element's children are prose")
        for file in report.filesScanned {
            XCTAssertEqual(results(report, file, rules: SiteGeneratorTests.quoteRules), [], file)
            XCTAssertEqual(results(report, file, rules: ["dates/unresolved-relative"]), [], file)
        }
    }
}

/// The `.gitignore` matcher on its own.
final class GitIgnoreTests: XCTestCase {
    func testPatterns() {
        let file = GitIgnoreFile(contents: """
        # build output
        public/
        /resources
        *.log
        !keep.log
        docs/**/draft-*.md
        **/tmp
        a/b
        trailing\\ 
        \\#hash
        """, folder: "/site")
        func ignored(_ path: String, folder: Bool = false) -> Bool? { file.decision(relativePath: path, isFolder: folder) }
        XCTAssertEqual(ignored("public", folder: true), true)
        XCTAssertEqual(ignored("themes/x/public", folder: true), true, "no slash but the trailing one: any depth")
        XCTAssertNil(ignored("public"), "a folder pattern does not match a file")
        XCTAssertEqual(ignored("resources", folder: true), true)
        XCTAssertNil(ignored("x/resources", folder: true), "a leading slash anchors")
        XCTAssertEqual(ignored("x/y/debug.log"), true)
        XCTAssertEqual(ignored("x/keep.log"), false, "negation re-includes")
        XCTAssertEqual(ignored("docs/draft-1.md"), true)
        XCTAssertEqual(ignored("docs/a/b/draft-1.md"), true)
        XCTAssertNil(ignored("x/docs/draft-1.md"), "a slash in the middle anchors")
        XCTAssertEqual(ignored("deep/er/tmp", folder: true), true)
        XCTAssertEqual(ignored("a/b"), true)
        XCTAssertNil(ignored("x/a/b"))
        XCTAssertEqual(ignored("trailing "), true)
        XCTAssertEqual(ignored("#hash"), true)
        XCTAssertNil(ignored("post.md"))
    }

    func testNestedFilesAndTheRepositoryTop() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".git/info/exclude", "*.secret.md\n")
        try workspace.write(".gitignore", "out/\n*.tmp.md\n")
        try workspace.write("site/.gitignore", "!keep.tmp.md\nlocal.md\n")
        try workspace.write("site/a.md", "A.\n")
        try workspace.write("site/b.tmp.md", "B.\n")
        try workspace.write("site/keep.tmp.md", "Kept.\n")
        try workspace.write("site/local.md", "Local.\n")
        try workspace.write("site/x.secret.md", "Secret.\n")
        try workspace.write("site/out/c.md", "C.\n")
        try workspace.write("site/sub/d.md", "D.\n")
        try workspace.write("site/sub/local.md", "Local too.\n")
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        // Walking only site/: the repository top's .gitignore and info/exclude still apply.
        let report = try LintRunner(registry: registry).run(LintRequest(paths: ["site"], root: workspace.root))
        XCTAssertEqual(report.filesScanned, ["site/a.md", "site/keep.tmp.md", "site/sub/d.md"])
        var all = LintRequest(paths: ["site"], root: workspace.root)
        all.honorsGitIgnore = false
        XCTAssertEqual(try LintRunner(registry: registry).run(all).filesScanned.count, 8)
    }
}

/// `ignore-tokens`, `ignore-blocks` and `html:` in `.copydesk.yml`.
final class ReadingConfigurationTests: XCTestCase {
    func run(_ workspace: TestWorkspace) throws -> Report {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root))
    }

    func typos(_ report: Report) -> [String] {
        report.results.filter { $0.ruleID == "probe/typo" }.map { "\($0.path):\($0.region.start.line):\($0.region.start.column) \($0.snippet)" }
    }

    func testIgnoreTokensAndBlocksInEveryFormat() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", #"""
        ignore-tokens:
          - '\bteh-[0-9]+\b'
          - '\{\{[^}]*\}\}'
        ignore-blocks:
          - '^<!-- raw -->$[\s\S]*?^<!-- /raw -->$'
          - {start: '^::: ?note', end: '^:::$'}
        """#)
        try workspace.write("a.md", "Ticket teh-42 is open; teh typo.\n\n<!-- raw -->\nteh inside\n<!-- /raw -->\n\n::: note\nteh in a note\n:::\n\nAfter {{ teh }} teh.\n")
        try workspace.write("b.txt", "Ticket teh-7 and teh.\n::: note\nteh\n:::\nteh last\n")
        try workspace.write("c.html", "<html><body><main><p>Ticket teh-9, {{ teh }} and teh.</p></main></body></html>\n")
        XCTAssertEqual(typos(try run(workspace)), ["a.md:1:24 teh", "a.md:11:17 teh", "b.txt:1:18 teh", "b.txt:5:1 teh", "c.html:1:50 teh"])
    }

    func testASubfolderAddsItsOwnPatterns() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "ignore-tokens: ['teh-1']\n")
        try workspace.write("desk/.copydesk.yml", "ignore-tokens: ['teh-2']\n")
        try workspace.write("a.txt", "teh-1 teh-2\n")
        try workspace.write("desk/b.txt", "teh-1 teh-2\n")
        XCTAssertEqual(typos(try run(workspace)), ["a.txt:1:7 teh"])
    }

    func testBadPatternsAndSelectorsNameLineAndColumn() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "teh\n")
        let cases: [(String, Int, Int, String)] = [
            ("ignore-tokens:\n  - ok\n  - 'unclosed ('\n", 3, 5, "`ignore-tokens`"),
            ("ignore-tokens: ''\n", 1, 16, "empty pattern"),
            ("ignore-blocks:\n  - {start: 'x'}\n", 2, 5, "both `start` and `end`"),
            ("ignore-blocks:\n  - {start: 'x', ends: 'y'}\n", 2, 18, "did you mean `end`?"),
            ("ignore-blocks: 'x'\n", 1, 16, "must be a list"),
            ("html:\n  prose: ['article', 'div > p']\n", 2, 22, "only simple selectors"),
            ("html:\n  exclude: ['[id*=cookie']\n", 2, 13, "not closed"),
            ("html:\n  pros: [main]\n", 2, 3, "did you mean `prose`?"),
            ("ignore-token: ['x']\n", 1, 1, "did you mean `ignore-tokens`?"),
        ]
        for (yaml, line, column, fragment) in cases {
            try workspace.write(".copydesk.yml", yaml)
            XCTAssertThrowsError(try run(workspace), yaml) { error in
                guard let error = error as? ConfigurationError else { return XCTFail("\(error)") }
                XCTAssertEqual([error.line, error.column], [line, column], "\(yaml): \(error)")
                XCTAssertTrue(error.message.contains(fragment), "\(yaml): \(error)")
            }
        }
    }

    static let page = """
    <!DOCTYPE html>
    <html><head><title>Quay opens</title></head>
    <body>
    <div id="CookieBanner" class="banner">We use teh cookies. <a href="/privacy">More</a></div>
    <header><nav><a href="/">Home</a> teh nav</nav></header>
    <main>
    <div class="share">Follow us: teh socials</div>
    <article>
    <header><h1>Quay opens</h1></header>
    <p>The quay opened teh morning.</p>
    </article>
    </main>
    <footer><p>Follow us for teh latest news.</p></footer>
    </body>
    </html>
    """

    func testHTMLProseSelectorDefaultsAndConfiguration() throws {
        let workspace = try TestWorkspace()
        try workspace.write("page.html", ReadingConfigurationTests.page)
        XCTAssertEqual(typos(try run(workspace)), ["page.html:10:20 teh"], "the article only")
        try workspace.write(".copydesk.yml", "html:\n  prose: [section, '.share']\n")
        XCTAssertEqual(typos(try run(workspace)), ["page.html:7:31 teh"], "the first selector that matches")
        try workspace.write(".copydesk.yml", "html:\n  prose: []\n")
        XCTAssertEqual(typos(try run(workspace)), ["page.html:7:31 teh", "page.html:10:20 teh"],
                       "the body without nav, header, footer and the banner ([id*=cookie] ignores case)")
        try workspace.write(".copydesk.yml", "html:\n  prose: [body]\n")
        XCTAssertEqual(typos(try run(workspace)).count, 5, "the whole page, as before")
        try workspace.write(".copydesk.yml", "html:\n  prose: []\n  exclude: ['div.share', nav]\n")
        XCTAssertEqual(typos(try run(workspace)), ["page.html:4:46 teh", "page.html:10:20 teh", "page.html:13:26 teh"])
    }

    /// Bracketed attribute tests ignore case, `#id` and `.class` compare exactly (as in CSS).
    func testSelectorAttributeCase() throws {
        let attributes = ["id": "MainStory", "class": "Share bar"]
        func matches(_ selector: String) throws -> Bool {
            try HTMLSelector(parsing: selector).matches(element: "div", attribute: { attributes[$0] })
        }
        XCTAssertTrue(try matches("[id=mainstory]"))
        XCTAssertTrue(try matches("[id*=STORY]"))
        XCTAssertTrue(try matches("[class~=share]"))
        XCTAssertTrue(try matches("#MainStory"))
        XCTAssertFalse(try matches("#mainstory"))
        XCTAssertTrue(try matches(".Share"))
        XCTAssertFalse(try matches(".share"))
    }
}
