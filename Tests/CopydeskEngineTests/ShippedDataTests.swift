import CopydeskTestSupport
import Foundation
import XCTest

/// What `copydesk` ships travels with the executable: a copy run from PATH, in another folder,
/// has the same rules, packs and sanctions index as the build-tree binary; and the copy of the
/// packs linked into it is the `Policies/` folder of this checkout.
final class ShippedDataTests: XCTestCase {
    func testACopiedBinaryRunFromPATHElsewhereHasTheSameRulesAndFindings() throws {
        let executable = try Requirement.copydesk()
        let elsewhere = try TestWorkspace()
        let bin = elsewhere.root + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: executable, toPath: bin + "/copydesk")
        let work = try TestWorkspace()
        try work.write(".copydesk.yml", "root: true\n")
        for example in ["tanker-report.html", "live-blog-paste.txt"] {
            try work.write(example, try String(contentsOfFile: TestWorkspace.packageRoot + "/Examples/" + example, encoding: .utf8))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["XDG_CACHE_HOME"] = elsewhere.root + "/cache"
        environment["COPYDESK_POLICIES"] = nil

        let copiedRules = try TestWorkspace.run("/usr/bin/env", ["copydesk", "rules"], in: work.root, environment: environment)
        let builtRules = try TestWorkspace.run(executable, ["rules"], in: work.root)
        XCTAssertEqual(copiedRules.status, 0, copiedRules.err)
        XCTAssertEqual(copiedRules.out, builtRules.out)
        XCTAssertTrue(copiedRules.out.contains("newsroom/") && copiedRules.out.contains("sanctions/listed-entity"), copiedRules.out)

        let arguments = ["lint", ".", "--format", "json", "--now", "2026-01-01T00:00:00Z"]
        let copied = try TestWorkspace.run("/usr/bin/env", ["copydesk"] + arguments, in: work.root, environment: environment)
        let built = try TestWorkspace.run(executable, arguments, in: work.root)
        XCTAssertEqual(copied.out, built.out)
        XCTAssertTrue(copied.out.contains("sanctions/listed-entity"), "the embedded index is used")
        XCTAssertTrue(copied.out.contains("\"scrape-residue/"), "the embedded packs are used")

        let doctor = try TestWorkspace.run("/usr/bin/env", ["copydesk", "doctor"], in: work.root, environment: environment)
        XCTAssertEqual(doctor.status, 0, doctor.err)
        XCTAssertTrue(doctor.out.contains("(embedded): consistency, newsroom, pii, scrape-residue"), doctor.out)
        XCTAssertTrue(doctor.out.contains("sanctions index: linked in") && doctor.out.contains("US OFAC SDN"), doctor.out)

        let packs = try TestWorkspace.run("/usr/bin/env", ["copydesk", "test-policies"], in: work.root, environment: environment)
        XCTAssertEqual(packs.status, 0, packs.err)
        XCTAssertTrue(packs.out.contains("in 4 packs: all passed"), packs.out)
    }

    func testTheEmbeddedPacksAndWordSetsAreTheirSources() throws {
        let root = TestWorkspace.packageRoot
        let check = try TestWorkspace.run("/usr/bin/env", ["python3", "-c", """
            import hashlib, pathlib, sys
            source = pathlib.Path("Scripts/embed-shipped-data").read_text()
            module = {"__name__": "embed", "__file__": "Scripts/embed-shipped-data"}
            exec(compile(source, "embed-shipped-data", "exec"), module)
            blobs = pathlib.Path("Sources/CShippedData/blobs")
            assembly = pathlib.Path("Sources/CShippedData/shipped_data.S").read_text()
            problems = []
            if module["archive"]() != (blobs / "policies.cdpk").read_bytes():
                problems.append("policies.cdpk differs from Policies/")
            if module["word_sets"]() != (blobs / "english-words.cdws").read_bytes():
                problems.append("english-words.cdws differs from english-words.txt")
            for blob in ("policies.cdpk", "default-index.cdsx", "english-words.txt", "english-words.cdws"):
                digest = hashlib.sha256((blobs / blob).read_bytes()).hexdigest()
                if f"{blob} sha256 {digest}" not in assembly:
                    problems.append(f"{blob}: its checksum in shipped_data.S is stale")
            print("; ".join(problems))
            sys.exit(1 if problems else 0)
            """], in: root)
        XCTAssertEqual(check.status, 0, "run Scripts/embed-shipped-data: \(check.out)\(check.err)")
    }
}
