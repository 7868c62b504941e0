import CopydeskTestSupport
import CopydeskCore
import Foundation
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Paths and helpers shared by the sanctions tests.
enum Fixture {
    /// `<repo>/../shared`, as in CI.
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static let repo: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sanctions snapshots, or a skip when ../shared is missing.
    static func sanctionsData() throws -> String {
        let path = shared.appendingPathComponent("data/sanctions").path
        guard FileManager.default.fileExists(atPath: path) else { throw Requirement.missing("../shared/data/sanctions is not present") }
        return path
    }

    /// A matcher over invented entries.
    static func matcher(_ entries: [SanctionsEntry]) -> MentionMatcher {
        MentionMatcher(index: SanctionsIndex(entries: entries, sources: ["test"], builtAt: "2026-01-01"))
    }

    static func person(_ id: String, _ name: String, jurisdiction: Jurisdiction = .unitedStates, title: String? = nil,
                       aliases: [String] = []) -> SanctionsEntry {
        var names = [OFACLegacyCSV.personOrPlainName(name, type: .person, isPrimary: true)]
        names += aliases.map { OFACLegacyCSV.personOrPlainName($0, type: .person, isPrimary: false) }
        return SanctionsEntry(id: id, list: "Test", jurisdiction: jurisdiction, type: .person, names: names,
                              programs: ["TEST"], title: title)
    }

    static func organisation(_ id: String, _ names: [String], jurisdiction: Jurisdiction = .unitedStates) -> SanctionsEntry {
        SanctionsEntry(id: id, list: "Test", jurisdiction: jurisdiction, type: .organisation,
                       names: names.enumerated().map { EntryName(full: $1, isPrimary: $0 == 0) }, programs: ["TEST"])
    }

    static func vessel(_ id: String, _ name: String, imo: String) -> SanctionsEntry {
        SanctionsEntry(id: id, list: "Test", jurisdiction: .unitedKingdom, type: .vessel,
                       names: [EntryName(full: name, isPrimary: true)], programs: ["TEST"], imoNumbers: [imo])
    }

    /// The mentioned text spans, in order.
    static func spans(_ matcher: MentionMatcher, _ text: String) -> [String] {
        matcher.mentions(in: text).map { mention in
            let bytes = Array(text.utf8)
            return String(decoding: bytes[mention.range], as: UTF8.self)
        }
    }
}
