import CopydeskCore
import CopydeskBuiltIns
import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// The plugin as the engine runs it: on by default for articles (quoted abuse a note), and the
/// `comments` profile (configuration file, `LintRequest.profile`) with its verdict and without the
/// article-only rules.
final class ProfileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("moderation-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func lint(profile: Profile = .article) throws -> Report {
        var request = LintRequest(paths: ["."], root: folder.path, minLevel: .note)
        request.profile = profile
        return try LintRunner().run(request)
    }

    private let comment = "Yesterday at 5 the mayor, a total b1tch, said \"go back to your country\" to me. I will find you.\n"

    func testArticlesGetModerationWithQuotationsAsNotes() throws {
        try write(".copydesk.yml", "root: true\n")
        try write("story.txt", comment)
        let results = try lint().results
        let moderation = results.filter { $0.ruleID.hasPrefix("moderation/") }
        XCTAssertEqual(moderation.map(\.snippet), ["b1tch", "go back to your country", "I will find you"])
        XCTAssertEqual(moderation.map(\.level), [.warning, .note, .error])
        XCTAssertFalse(results.contains { $0.ruleID == "moderation/verdict" })
        XCTAssertTrue(results.contains { $0.ruleID.hasPrefix("dates/") })
    }

    func testCommentsProfileFromTheConfiguration() throws {
        try write(".copydesk.yml", "root: true\nprofile: comments\n")
        try write("comment.txt", comment + "Call me on +44 20 7946 0958.\n")
        let results = try lint().results
        let moderation = results.filter { $0.ruleID.hasPrefix("moderation/") && $0.ruleID != "moderation/verdict" }
        XCTAssertEqual(moderation.map(\.level), [.warning, .error, .error], "quoted abuse is flagged in a comment")
        let verdict = try XCTUnwrap(results.first { $0.ruleID == "moderation/verdict" })
        XCTAssertEqual(verdict.properties["moderation"]?["verdict"], .string("block"))
        XCTAssertEqual(verdict.properties["moderation"]?["categories"], .array(["threat", "hate", "profanity"].map(JSONValue.string)))
        let plugins = Set(results.map { $0.ruleID.prefix { $0 != "/" } })
        XCTAssertEqual(plugins, ["moderation", "pii"], "only moderation and the pii pack run on comments")
    }

    func testCommentsProfileFromTheRequestAndOverriddenByAFile() throws {
        try write("comment.txt", "kys\n")
        var results = try lint(profile: .comments).results
        XCTAssertEqual(results.map(\.ruleID), ["moderation/threat", "moderation/verdict"])
        try write(".copydesk.yml", "root: true\nprofile: article\n")
        results = try lint(profile: .comments).results
        XCTAssertFalse(results.contains { $0.ruleID == "moderation/verdict" })
    }

    func testAnUnknownProfileIsAConfigurationError() throws {
        try write(".copydesk.yml", "profile: coments\n")
        try write("comment.txt", "hello\n")
        XCTAssertThrowsError(try lint()) { error in
            XCTAssertTrue("\(error)".contains(":1:10: `profile` must be one of article, comments; did you mean `comments`?"), "\(error)")
        }
    }

    func testTheOldPackNameSaysWhereItWent() throws {
        try write(".copydesk.yml", "packs: [pii, moderation]\n")
        try write("comment.txt", "hello\n")
        XCTAssertThrowsError(try lint()) { error in
            XCTAssertTrue("\(error)".contains("built-in `moderation` plugin"), "\(error)")
        }
    }
}
