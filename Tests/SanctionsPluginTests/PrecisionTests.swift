import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// What must not fire, and what single words may.
final class PrecisionTests: XCTestCase {
    let matcher = Fixture.matcher([
        Fixture.organisation("t:1", ["JUSTICE"]),
        Fixture.organisation("t:2", ["KRASNOVELT", "KRASNOVELT MINING GROUP"]),
        Fixture.organisation("t:3", ["NATIONAL TRUST LLC"]),
        Fixture.vessel("t:4", "HARMONY", imo: "9074729"),
        Fixture.vessel("t:5", "ZELENOVKA STAR", imo: "9387425"),
        Fixture.person("t:6", "BRAMLEY, Otto"),
        Fixture.person("t:7", "SAID, Faris"),
        Fixture.person("t:8", "MILLER, Travis Quentin"),
    ])

    func testOrdinaryWordsDoNotFire() {
        XCTAssertEqual(Fixture.spans(matcher, "Justice was done, the judge said, and Harmony returned to the village."), [])
        XCTAssertEqual(Fixture.spans(matcher, "The National Trust reopened the gardens."), [])
    }

    func testDistinctiveOneWordCompanyFires() {
        XCTAssertEqual(Fixture.spans(matcher, "Krasnovelt reported a loss."), ["Krasnovelt"])
        XCTAssertEqual(Fixture.spans(matcher, "a krasnovelt pipe"), [], "lower case is not a name")
    }

    func testCommonWordCompanyNameNeedsItsLegalForm() {
        XCTAssertEqual(Fixture.spans(matcher, "National Trust LLC wired the funds."), ["National Trust LLC"])
        XCTAssertEqual(Fixture.spans(matcher, "National Trust Co wired the funds."), [], "another legal form is another company")
        XCTAssertEqual(Fixture.spans(matcher, "Banks include Zeta Ltd, National Trust and others."), [], "a legal form across a comma is another name's")
    }

    func testWireConventionsAreNotNames() {
        XCTAssertEqual(Fixture.spans(matcher, "KRASNOVELT, Ostravia, March 3 - Officials said."), [], "a dateline place")
        XCTAssertEqual(Fixture.spans(matcher, "NEW KRASNOVELT, Ostravia, March 3 - Officials said."), [], "a two-word dateline place")
        XCTAssertEqual(Fixture.spans(matcher, "Shares of Krasno Corp <KRASNOVELT.O> rose."), [], "a ticker")
        XCTAssertEqual(Fixture.spans(matcher, "PORT OF KRASNOVELT REOPENS"), [], "a headline in capitals")
        XCTAssertEqual(Fixture.spans(matcher, "They drove to Bangor Krasnovelt last year."), [], "part of a longer name")
    }

    func testVesselsNeedShipContext() {
        XCTAssertEqual(Fixture.spans(matcher, "Zelenovka Star is a fine name for a bakery."), [])
        XCTAssertEqual(Fixture.spans(matcher, "The tanker ZELENOVKA STAR loaded crude at night."), ["ZELENOVKA STAR"])
        // A one-word vessel name that is an ordinary word needs a vessel cue right next to it: a vessel
        // noun or flag before it, or its IMO number after it. Ship words elsewhere in the sentence are not enough.
        XCTAssertEqual(Fixture.spans(matcher, "The tanker HARMONY anchored off the coast."), ["HARMONY"])
        XCTAssertEqual(Fixture.spans(matcher, "The Panama-flagged Harmony anchored off the coast."), ["Harmony"])
        XCTAssertEqual(Fixture.spans(matcher, "The HARMONY (IMO 9074729) anchored off the coast."), ["HARMONY", "9074729"])
        XCTAssertEqual(Fixture.spans(matcher, "Harmony returned to the port city after the talks."), [])
        XCTAssertEqual(Fixture.spans(matcher, "The tanker crews sang of harmony at sea."), [])
    }

    func testIMONumbers() {
        XCTAssertEqual(Fixture.spans(matcher, "A ship with IMO number 9387425 went dark."), ["9387425"])
        XCTAssertEqual(Fixture.spans(matcher, "A ship with IMO number 9387421 went dark."), [], "check digit fails")
        XCTAssertEqual(Fixture.spans(matcher, "The order number 9387425 shipped."), [], "no IMO nearby")
        XCTAssertTrue(MentionMatcher.isValidIMO("9074729"))
    }

    func testAnotherPersonSharingASurnameDoesNotFire() {
        XCTAssertEqual(Fixture.spans(matcher, "Dr Helena Bramley told the conference rates had recovered."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Otto Bramley wrote back."), ["Otto Bramley"])
        XCTAssertEqual(Fixture.spans(matcher, "Otto Bramley-Smith wrote back."), [], "the name goes on")
        XCTAssertEqual(Fixture.spans(matcher, "Otto Bramley al-Hakim wrote back."), [], "the name goes on")
        XCTAssertEqual(Fixture.spans(matcher, "Hassan Otto Bramley wrote back."), [], "the name started earlier")
        XCTAssertEqual(Fixture.spans(matcher, "Ostravia's Otto Bramley wrote back."), ["Otto Bramley"])
    }

    func testAOneWordPersonAliasThatIsAWordDoesNotFire() {
        XCTAssertEqual(Fixture.spans(matcher, "Port Said was busy; officials said so."), [])
    }

    func testShortFormWithAnOrdinaryWordAsSurnameNeedsTheFullName() {
        XCTAssertEqual(Fixture.spans(matcher, "Travis Miller chaired the meeting."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Travis Quentin Miller chaired the meeting."), ["Travis Quentin Miller"])
    }

    func testLaterSurnameMentionLinksToTheFirst() {
        let text = "Otto Bramley was listed on Friday. A spokesman for Bramley called it absurd."
        let mentions = matcher.mentions(in: text)
        XCTAssertEqual(mentions.count, 2)
        XCTAssertNil(mentions[0].firstMention)
        XCTAssertEqual(mentions[1].firstMention, mentions[0].range)
        XCTAssertEqual(mentions[1].kind, .partial)
        XCTAssertEqual(mentions[1].entries, mentions[0].entries)
    }

    func testSurnameBeforeAnyFullMentionDoesNotFire() {
        XCTAssertEqual(Fixture.spans(matcher, "A spokesman for Bramley called it absurd."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Otto Bramley sold shares of Ostravia Mills <BRAMLEY.O> on Monday."), ["Otto Bramley"],
                       "a ticker symbol is not a later mention")
    }
}
