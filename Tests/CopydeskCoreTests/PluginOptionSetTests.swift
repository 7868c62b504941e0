import CopydeskCore
import XCTest

final class PluginOptionSetTests: XCTestCase {
    private struct Options: PluginOptionSet {
        static let documentation = [PluginOption("limit", "How many.")]
        var limit = 3

        init(options: JSONValue) throws {
            if let value = options["limit"] {
                guard let number = value.intValue else { throw PluginOptionError(option: "limit", message: "must be a number") }
                limit = number
            }
        }
    }

    private struct Plugin: RulePlugin {
        let id = "counting"
        let rules: [RuleDescription] = []
        let limit: Int
        func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
    }

    /// The factory's option list is the type's documentation, and `make` is handed the options read.
    func testFactoryDocumentsAndReadsThroughOneType() throws {
        let factory = PluginFactory(id: "counting", summary: "Counts.", options: Options.self) { Plugin(limit: $0.limit) }
        XCTAssertEqual(factory.options.map(\.name), ["limit"])
        XCTAssertEqual((try factory.make(["limit": 7]) as? Plugin)?.limit, 7)
        XCTAssertEqual((try factory.make(.null) as? Plugin)?.limit, 3)
        XCTAssertThrowsError(try factory.make(["limit": "many"])) { error in
            XCTAssertEqual((error as? PluginOptionError)?.option, "limit")
        }
    }
}
