import CopydeskFuzzing
import CopydeskTestSupport
import Foundation
import XCTest

/// Every minimised crasher in `Fuzz/Crashers/<target>/` (and every seed in `Fuzz/Seeds/<target>/`)
/// runs through its fuzz target's entry function: what a fuzzer once broke stays fixed, and the
/// targets keep accepting the inputs their campaigns start from.
final class FuzzRegressionTests: XCTestCase {
    private let fuzzFolder = RepositoryPaths.root + "/Fuzz"

    private func inputs(_ kind: String) throws -> [(target: FuzzTarget, file: String)] {
        let folder = fuzzFolder + "/" + kind
        let manager = FileManager.default
        var found: [(FuzzTarget, String)] = []
        for name in try manager.contentsOfDirectory(atPath: folder).sorted() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let target = try XCTUnwrap(FuzzTargets.named(name), "\(kind)/\(name) names no fuzz target (known: \(FuzzTargets.names))")
            for file in try manager.contentsOfDirectory(atPath: folder + "/" + name).sorted() where !file.hasPrefix(".") {
                found.append((target, folder + "/" + name + "/" + file))
            }
        }
        return found
    }

    private func replay(_ kind: String) throws -> Int {
        let all = try inputs(kind)
        for (target, file) in all {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            XCTAssertNoThrow(try target.run(bytes: data), "\(target.name): \(file)")
        }
        return all.count
    }

    func testCrashersStayFixed() throws {
        _ = try replay("Crashers")
    }

    func testSeedsRunCleanly() throws {
        XCTAssertGreaterThan(try replay("Seeds"), FuzzTargets.all.count)
    }

    /// Every target has seeds and a dictionary, and every dictionary and seed folder names a target.
    func testEveryTargetHasSeedsAndADictionary() throws {
        let manager = FileManager.default
        for target in FuzzTargets.all {
            let seeds = (try? manager.contentsOfDirectory(atPath: fuzzFolder + "/Seeds/" + target.name)) ?? []
            XCTAssertFalse(seeds.filter { !$0.hasPrefix(".") }.isEmpty, "no seeds for \(target.name)")
            XCTAssertTrue(manager.fileExists(atPath: fuzzFolder + "/Dictionaries/" + target.name + ".dict"), "no dictionary for \(target.name)")
        }
        for file in try manager.contentsOfDirectory(atPath: fuzzFolder + "/Dictionaries") {
            XCTAssertNotNil(FuzzTargets.named((file as NSString).deletingPathExtension), "Dictionaries/\(file) names no target")
        }
    }

    /// What the replay driver and the tests rely on: rejected inputs are not failures.
    func testInputsTheLoadersRejectAreNotFindings() throws {
        let rejected: [[UInt8]] = [[], [0xFF, 0xFE], [0x00, 0x41], Array("---\n: : [\n---\n".utf8), [0xC3]]
        for target in FuzzTargets.all {
            for input in rejected { XCTAssertNoThrow(try target.run(bytes: input), "\(target.name): \(input)") }
        }
    }
}
