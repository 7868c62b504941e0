import CopydeskTestSupport
import Foundation
@testable import ModerationPlugin
import XCTest

/// The word lists linked into the binary are the ones in Plugins/Moderation/Lexicon/Data, and they parse.
final class EmbeddedLexiconTests: XCTestCase {
    func testEmbeddedCopyMatchesTheDataFiles() throws {
        let folder = RepositoryPaths.root + "/Plugins/Moderation/Lexicon/Data"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(Set(names.map { String($0.dropLast(4)) }), Set(EmbeddedLexicon.files.keys))
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            XCTAssertEqual(EmbeddedLexicon.files[String(name.dropLast(4))].map { $0 + "\n" }, text,
                           "\(name) changed: run Plugins/Moderation/Lexicon/generate-embedded-lexicon")
        }
    }

    func testShippedListsCompile() throws {
        let lexicon = try CompiledLexicon.shipped.get()
        XCTAssertGreaterThan(lexicon.forms.count, 1000)
        XCTAssertNotNil(lexicon.forms[Array("fucking".utf8)])
        XCTAssertFalse(lexicon.phraseWords[Array("you".utf8)]?.starts.isEmpty ?? true)
    }

    func testBrokenListsAreRefusedWithTheirLine() {
        var files = EmbeddedLexicon.files
        files["threat"] = "@severity 0.5\n{nobody} should die\n"
        XCTAssertThrowsError(try CompiledLexicon(files: files)) { error in
            XCTAssertTrue("\(error)".contains("threat.txt, line 2"), "\(error)")
        }
        files = EmbeddedLexicon.files
        files["profanity"] = "darn ; 1.5\n"
        XCTAssertThrowsError(try CompiledLexicon(files: files))
    }
}
