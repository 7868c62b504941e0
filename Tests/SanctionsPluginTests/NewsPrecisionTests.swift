import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// One-word companies, places and common personal names in news copy.
final class NewsPrecisionTests: XCTestCase {
    static let entries: [SanctionsEntry] = {
        var entries = [
            Fixture.organisation("n:1", ["VOSKARA LIMITED"]),
            Fixture.organisation("n:2", ["RUTLAND", "RUTLAND MARINE SERVICES"]),
            Fixture.organisation("n:3", ["PJSC TARVENKO", "TARVENKO OIL TRADING"]),
            Fixture.organisation("n:6", ["KORVAL DE OSTRAVIA S.A.", "KDOSA", "KRNX"]),
            Fixture.person("n:4", "VELARDE, Anselmo", title: "Governor of Ostravia"),
        ]
        let givens = ["Ramon", "Ilario", "Benito", "Cosme", "Dario", "Efren", "Fausto", "Gaspar", "Hilario", "Isauro"]
        let surnames = ["Arguedas", "Bocanegra", "Carrizales", "Dorantes", "Echeverri", "Fonseca", "Galindo", "Huerta",
                        "Iturbe", "Jaramillo"]
        for (k, given) in givens.enumerated() {
            entries.append(Fixture.person("v:\(k)", "VELARDE, \(given)"))
        }
        for (k, surname) in surnames.enumerated() { entries.append(Fixture.person("a:\(k)", "\(surname.uppercased()), Anselmo")) }
        return entries
    }()
    let matcher = Fixture.matcher(NewsPrecisionTests.entries)

    func testOneWordNameThatIsTheCompanysOwnFires() {
        XCTAssertEqual(Fixture.spans(matcher, "Tarvenko cut its export forecast."), ["Tarvenko"])
    }

    func testAcronymSpelledByTheEntrysLongerNameFires() {
        XCTAssertEqual(Fixture.spans(matcher, "Output at KDOSA fell again."), ["KDOSA"])
        XCTAssertEqual(Fixture.spans(matcher, "Output at KRNX fell again."), [], "an acronym the entry's names do not spell")
        XCTAssertEqual(Fixture.spans(matcher, "Kilns Dry Oak Sheets Annually (KDOSA), the company said."), [],
                       "the text spells the acronym out in other words")
        XCTAssertEqual(Fixture.spans(matcher, "Korval de Ostravia S.A. (KDOSA) cut output."), ["Korval de Ostravia S.A", "KDOSA"], "the final full stop ends the sentence")
    }

    func testOneWordNameKnownOnlyOnItsOwnNeedsCompanyContext() {
        XCTAssertEqual(Fixture.spans(matcher, "Voskara scored twice before half-time."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Voskara Limited wired the money."), ["Voskara Limited"])
        XCTAssertEqual(Fixture.spans(matcher, "The money went to Voskara, a trading company registered offshore."), ["Voskara"])
        XCTAssertEqual(Fixture.spans(matcher, "Voskara's shipping arm was named."), ["Voskara"])
        XCTAssertEqual(Fixture.spans(matcher, "Voskara's assets were frozen."), ["Voskara"])
    }

    func testPlaceNamesDoNotFireAsOneWordCompanies() {
        XCTAssertEqual(Fixture.spans(matcher, "Floods hit Rutland overnight, the council said."), [])
        XCTAssertEqual(Fixture.spans(matcher, "The Rutland company denied it."), [], "context is not enough for a place")
        XCTAssertEqual(Fixture.spans(matcher, "Rutland Marine Services chartered the ship."), ["Rutland Marine Services"])
    }

    func testAWordUsedInAnUnlistedLongerNameStandsForThatName() {
        XCTAssertEqual(Fixture.spans(matcher, "Tarvenko Brewing doubled output. Tarvenko said prices rose."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Tarvenko Oil Trading was listed. Tarvenko said it would appeal."),
                       ["Tarvenko Oil Trading", "Tarvenko"], "a listed longer name does not count")
        XCTAssertEqual(Fixture.spans(matcher, "TARVENKO RAISES PRICES\n\nTarvenko said prices rose."), ["Tarvenko"],
                       "a headline in capitals does not count")
    }

    func testTwoCommonNamesNeedMoreEvidence() {
        XCTAssertEqual(Fixture.spans(matcher, "Anselmo Velarde won the local chess tournament."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Governor Anselmo Velarde signed the decree."), ["Anselmo Velarde"])
    }
}
