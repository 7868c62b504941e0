import CopydeskTestSupport
import Foundation
import XCTest

/// `copydesk lsp` driven by a real client: Neovim's built-in LSP client, scripted in Lua
/// (Fixtures/nvim-client.lua), opens an article, checks diagnostics and hovers, and applies a quick
/// fix and a suppression.
final class NeovimClientTests: XCTestCase {
    func testNeovimClient() throws {
        let copydesk = try Requirement.copydesk()
        guard let nvim = ["/usr/bin/nvim", "/usr/local/bin/nvim"].first(where: FileManager.default.isExecutableFile) else {
            throw Requirement.missing("nvim is not installed (apt-get install neovim; Scripts/bootstrap installs it)")
        }
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let article = try folder.write("ferry-vote.md", try Fixtures.text("ferry-vote.md"))
        let resultFile = folder.path + "/result.txt"
        let client = try ServiceProcess(nvim, ["--headless", "--clean", "-n", "-c", "luafile " + Fixtures.folder + "/nvim-client.lua"],
                                        in: folder.path,
                                        environment: ["COPYDESK_BIN": copydesk, "COPYDESK_FIXTURE": article, "COPYDESK_RESULT": resultFile,
                                                      "XDG_STATE_HOME": folder.path + "/state", "XDG_DATA_HOME": folder.path + "/data"])
        let status = client.waitForExit(seconds: 120)
        let result = (try? String(contentsOfFile: resultFile, encoding: .utf8)) ?? ""
        XCTAssertEqual(status, 0, "nvim: \(result)\n\(client.standardError)")
        let lines = result.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "OK", result)
        XCTAssertTrue(lines.contains { $0.hasPrefix("hover sanctions") && $0.contains("US OFAC SDN") }, result)
        XCTAssertTrue(lines.contains { $0.hasPrefix("fixed") && $0.contains("Tuesday, 2 December 2025") }, result)
    }
}
