import AttributionPlugin
import CopydeskCore
import Foundation
import XCTest

/// The plugin's own throughput, in-process (no file walking, configuration or reporting): run by
/// `Benchmarks/attribution-throughput.sh` with `ATTRIBUTION_THROUGHPUT_CORPUS` set, skipped otherwise.
final class AttributionThroughputTests: XCTestCase {
    func testThroughputOnCorpus() throws {
        guard let corpus = ProcessInfo.processInfo.environment["ATTRIBUTION_THROUGHPUT_CORPUS"] else {
            throw XCTSkip("set ATTRIBUTION_THROUGHPUT_CORPUS to a folder (or folders, separated by ':') of .txt files")
        }
        var documents: [Document] = []
        for folder in corpus.split(separator: ":").map(String.init) {
            let walker = FileManager.default.enumerator(atPath: folder)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".txt") else { continue }
                let text = try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
                documents.append(Document(plainText: SourceFile(path: relative, text: text)))
            }
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        XCTAssertGreaterThan(bytes, 0)
        let plugin = try AttributionRulePlugin(options: .object([:]))
        let context = CheckContext()
        let start = Date()
        var findings = 0
        for document in documents { findings += plugin.check(document, context: context).count }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "attribution plugin in-process, one thread: %d documents, %d bytes, %.2f s, %.2f MB/s, %d findings",
                     documents.count, bytes, seconds, Double(bytes) / seconds / 1e6, findings))
    }
}
