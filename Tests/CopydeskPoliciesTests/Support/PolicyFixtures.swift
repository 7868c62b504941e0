import CopydeskCore
import CopydeskDocuments
@testable import CopydeskPolicies
import Foundation
import XCTest

/// Packs written to a temporary folder for one test, and helpers to run them.
enum PolicyFixtures {
    /// Writes `files` (name → YAML) as a pack named `name` and returns its folder.
    static func packFolder(_ files: [String: String], name: String = "house") throws -> String {
        let folder = NSTemporaryDirectory() + "copydesk-policies-" + UUID().uuidString + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (file, yaml) in files {
            try yaml.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A plugin made from one YAML file holding `rules` (the text under `rules:`).
    static func plugin(_ rules: String, name: String = "house") throws -> PolicyRulePlugin {
        let folder = try packFolder(["rules.yml": "rules:\n" + rules], name: name)
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        return try PolicyRulePlugin(packFolders: [folder])
    }

    /// One rule with the keys every rule needs, plus `body` (indented rule keys).
    static func rule(id: String = "probe", kind: String, message: String = "found {match}", _ body: String) -> String {
        """
          - id: \(id)
            kind: \(kind)
            message: "\(message)"
            description: A probe rule.
            help: Probe help.
            examples: {triggers: ["x"], passes: ["y"]}
        \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// The load error for a pack, or a test failure when it loads.
    static func loadError(_ rules: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try plugin(rules)
            XCTFail("the pack loaded", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    static func findings(_ plugin: PolicyRulePlugin, _ text: String, context: CheckContext = CheckContext()) -> [Finding] {
        let document = try! DocumentLoader().document(text: text, path: "a.txt", format: .plainText)
        return plugin.check(document, context: context)
    }

    /// The text of each finding, in order.
    static func matched(_ plugin: PolicyRulePlugin, _ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return findings(plugin, text).sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
}
