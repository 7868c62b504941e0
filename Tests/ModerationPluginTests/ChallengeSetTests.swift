import CopydeskCore
import CopydeskTestSupport
import Foundation
import ModerationPlugin
import XCTest

/// The plugin's own challenge set (Fixtures/challenge.jsonl, written for it): every obfuscation,
/// category and precision trap the plugin claims to handle, each with the categories it must find
/// (none for a clean comment), optionally the exact text of each finding, and for copy whether the
/// findings are notes (in a quotation) or not. Every comment must come out right.
final class ChallengeSetTests: XCTestCase {
    struct Case: Decodable {
        var id: String
        var text: String
        var context: String
        var categories: [String]
        var spans: [String]?
        var quoted: Bool?
    }

    static func cases() throws -> [Case] {
        let path = RepositoryPaths.root + "/Tests/ModerationPluginTests/Fixtures/challenge.jsonl"
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    func testEveryCommentIsRight() throws {
        let cases = try ChallengeSetTests.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 150)
        XCTAssertGreaterThanOrEqual(cases.filter { $0.categories.isEmpty }.count, 50, "precision traps")
        let plugins = try ["comments", "article"].reduce(into: [String: ModerationRulePlugin]()) {
            $0[$1] = try ModerationRulePlugin(options: .object(["context": .string($1)]))
        }
        var wrong = 0
        for item in cases {
            let plugin = try XCTUnwrap(plugins[item.context], item.id)
            let document = Document(plainText: SourceFile(path: "\(item.id).txt", text: item.text))
            let findings = plugin.check(document, context: CheckContext(disabledRules: ["moderation/verdict"]))
            let categories = Set(findings.map { String($0.ruleID.dropFirst("moderation/".count)) })
            var problems: [String] = []
            if categories != Set(item.categories) {
                problems.append("categories \(categories.sorted()), expected \(item.categories)")
            }
            let written = Set(findings.map { document.text(of: $0.range) })
            for span in item.spans ?? [] where !written.contains(span) {
                problems.append("no finding on ‘\(span)’ (found \(written.sorted()))")
            }
            if let quoted = item.quoted, findings.contains(where: { ($0.level == .note) != quoted }) {
                problems.append(quoted ? "a finding in a quotation is not a note" : "a finding outside quotations is a note")
            }
            if !problems.isEmpty {
                wrong += 1
                XCTFail("\(item.id) \(item.text.debugDescription): \(problems.joined(separator: "; "))")
            }
        }
        print("moderation challenge set: \(cases.count - wrong) of \(cases.count) right")
    }
}
