import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
@testable import CopydeskReporters
import Foundation
import XCTest

/// `copydesk lint` writes each file's results as the file is linted, keeping none: the bytes must
/// be those of the report kept whole, in every format, compact and pretty, whatever order the
/// workers finish in, when a rule joins the run only at the end (its index moves the others'),
/// and when the results outgrow memory and go through a temporary file.
final class StreamedReportTests: XCTestCase {
    var registry: PluginRegistry {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return registry
    }

    let reporters: [any Reporter] = [
        SARIFReporter(), SARIFReporter(pretty: true), JSONReporter(), JSONReporter(pretty: true),
        TextReporter(useColor: false), TextReporter(useColor: true, showSuppressed: true), GitHubReporter(),
    ]

    func workspace(unusedSuppression: Bool) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        for i in (0..<60).reversed() {
            try workspace.write("b/\(i).txt", String(repeating: "Kyiv teh Kyiv \(i) teh.\n", count: 1 + i % 7))
        }
        try workspace.write("a.md", unusedSuppression ? "<!-- copydesk-disable-next-line probe/typo -->\nNothing here.\n\nteh Kyiv\n" : "teh Kyiv\n")
        try workspace.write("c.txt", "Nothing.\n")
        try workspace.write("bad.txt", bytes: Array("ok\nno ".utf8) + [0xFF, 0x0A])
        return workspace
    }

    func streamed(_ request: LintRequest, _ reporter: some Reporter) throws -> [UInt8] {
        let run = try LintRunner(registry: registry).run(request, writingWith: reporter)
        var bytes: [UInt8] = []
        try reporter.write(run.report, results: run.results) { bytes.append(contentsOf: $0) }
        return bytes
    }

    func testStreamedRunEqualsTheWholeReportInEveryFormat() throws {
        for unused in [false, true] {
            let workspace = try workspace(unusedSuppression: unused)
            for jobs in [1, 2, 3] {
                let request = LintRequest(paths: ["."], root: workspace.root, jobs: jobs)
                let whole = try LintRunner(registry: registry).run(request)
                XCTAssertEqual(whole.rules.contains { $0.id == "copydesk/unused-suppression" }, unused)
                XCTAssertGreaterThan(whole.results.count, 100)
                for reporter in reporters {
                    let bytes = try streamed(request, reporter)
                    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), reporter.render(whole), "\(reporter) unused: \(unused), jobs: \(jobs)")
                }
            }
        }
    }

    /// Compact and pretty logs are the same JSON, and both the serialised log value.
    func testCompactAndPrettyAreTheSameJSON() throws {
        let workspace = try workspace(unusedSuppression: true)
        let report = try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root))
        let compact = SARIFReporter().render(report)
        let pretty = SARIFReporter(pretty: true).render(report)
        XCTAssertEqual(compact, SARIFReporter().sarifLog(report).serialized(indent: nil) + "\n")
        XCTAssertEqual(pretty, SARIFReporter().sarifLog(report).serialized(indent: 2) + "\n")
        XCTAssertEqual(compact.split(separator: "\n").count, 1, "compact is one line")
        XCTAssertLessThan(compact.utf8.count, pretty.utf8.count * 2 / 3)
        for reporter in [JSONReporter(), JSONReporter(pretty: true)] as [any Reporter] + [SARIFReporter()] {
            _ = try JSONSerialization.jsonObject(with: Data(reporter.renderBytes(report)))
        }
        let parsed = { (text: String) in try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary }
        XCTAssertEqual(try parsed(compact), try parsed(pretty))
        XCTAssertEqual(try parsed(JSONReporter().render(report)), try parsed(JSONReporter(pretty: true).render(report)))
    }

    /// Results that finish out of order wait for the files before them; a spool past its memory
    /// share moves to a temporary file and reads back the same bytes, rule indexes raised where asked.
    func testSpoolOrdersSectionsAndSpillsToAFile() throws {
        let reporter = SARIFReporter()
        var sections: [ReportSection] = []
        for i in 0..<300 {
            var section = ReportSection()
            section.bytes = Array(",{\"file\":\(i),\"ruleIndex\":".utf8)
            if i % 12 >= 5 { section.ruleIndexPatches = [(section.bytes.count, i % 12)] }
            section.bytes += Array("\(i % 12)}".utf8)
            sections.append(section)
        }
        let expected = sections.indices.map { "{\"file\":\($0),\"ruleIndex\":\($0 % 12 >= 5 ? $0 % 12 + 1 : $0 % 12)}" }.joined(separator: ",")
        let spool = ResultSpool(for: reporter, memoryLimit: 256)
        for i in sections.indices.reversed() { spool.add(sections[i], at: i) }
        var raised: [UInt8] = []
        try spool.write(optionalRuleJoined: true) { raised.append(contentsOf: $0) }
        XCTAssertEqual(String(decoding: raised, as: UTF8.self), expected)
        var plain: [UInt8] = []
        try spool.write(optionalRuleJoined: false) { plain.append(contentsOf: $0) }
        XCTAssertEqual(plain, Array(sections.map { $0.bytes }.joined().dropFirst()))
    }
}
