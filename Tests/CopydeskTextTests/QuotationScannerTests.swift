import CopydeskText
import XCTest

final class QuotationScannerTests: XCTestCase {
    private func texts(_ ranges: [Range<Int>], in text: String) -> [String] {
        ranges.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    }

    /// Paragraph ranges at blank lines.
    private func paragraphs(_ text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for piece in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let end = start + piece.count
            if !piece.isEmpty { result.append(start..<end) }
            start = end + 1
        }
        return result
    }

    private func quotations(_ text: String, ignoring ignored: [Range<Int>] = []) -> (quotes: [String], unpaired: [String]) {
        let scan = QuotationScanner.quotations(in: text, paragraphs: paragraphs(text), ignoring: ignored)
        return (texts(scan.quotations.map(\.range), in: text),
                scan.unpaired.map { "\($0.kind == .unclosed ? "unclosed" : "stray") \(texts([$0.range], in: text)[0])" })
    }

    /// A quotation continued in the next paragraph by the newswire convention is one quotation over
    /// both; its content leaves the marks out.
    func testNewswireContinuation() {
        let text = "“First part,” he said. “Second paragraph goes on\n\n“and ends here.”"
        let scan = QuotationScanner.quotations(in: text, paragraphs: paragraphs(text))
        XCTAssertEqual(texts(scan.quotations.map(\.range), in: text),
                       ["“First part,”", "“Second paragraph goes on\n\n“and ends here.”"])
        XCTAssertEqual(texts(scan.quotations.map(\.contentRange), in: text), ["First part,", "Second paragraph goes on\n\n“and ends here."])
        XCTAssertEqual(scan.quotations.map(\.lastParagraph), [0, 1])
        XCTAssertEqual(scan.unpaired, [])
    }

    /// Apostrophes (plural possessive, elided digits, contractions) are not quotation marks.
    func testApostrophesAreNotMarks() {
        let text = "The players’ union said ‘no’ to the ’90s rules, don’t you know."
        XCTAssertEqual(QuotationScanner.quotations(in: text, paragraphs: paragraphs(text)).quotations.map(\.isSingle), [true])
        XCTAssertEqual(quotations("The players’ union said ‘no’ to the ’90s rules, don’t you know.").quotes, ["‘no’"])
        XCTAssertEqual(quotations("He said ``no way'' to it.").quotes, ["``no way''"])
    }

    /// Marks that do not pair are reported, but for an inch mark and marks inside ignored markup.
    func testUnpairedMarks() {
        XCTAssertEqual(quotations("He is 6'3\" tall. She said ” fine.").unpaired, ["stray ”"])
        let link = "<a href=\"x\">Link</a> and “open."
        XCTAssertEqual(quotations(link, ignoring: [0..<12]).unpaired, ["unclosed “"])
        XCTAssertEqual(quotations(link).quotes, ["\"x\""])
        // Copy that lost its paragraph break: the quotation up to the sentence end is one, reported once.
        XCTAssertEqual(quotations("“It was late. “We left,” she said.").quotes, ["“It was late.", "“We left,”"])
        XCTAssertEqual(quotations("“It was late. “We left,” she said.").unpaired, ["unclosed “"])
    }

    /// The two stretch conventions: speech reads every kind of mark on one track; double marks read
    /// curly marks and guillemets, and straight ones apart.
    func testQuotedStretchConventions() {
        let text = "He said “not yet” and ‘soon’. It's the guard's view. ``Wire style'' and \"open to the end"
        let whole = 0..<text.utf8.count
        XCTAssertEqual(texts(QuotationScanner.quotedStretches(in: text, block: whole, convention: .speech), in: text),
                       ["“not yet”", "‘soon’", "``Wire style''", "\"open to the end"])
        XCTAssertEqual(texts(QuotationScanner.quotedStretches(in: text, block: whole, convention: .doubleMarks), in: text),
                       ["“not yet”", "\"open to the end"])
        let mixed = "“a\" b"
        XCTAssertEqual(texts(QuotationScanner.quotedStretches(in: mixed, block: 0..<mixed.utf8.count, convention: .speech), in: mixed), ["“a\""])
        XCTAssertEqual(texts(QuotationScanner.quotedStretches(in: mixed, block: 0..<mixed.utf8.count, convention: .doubleMarks), in: mixed),
                       ["“a\" b"])
        let block = "Before. «Oui» et \"non\" after"
        let range = 8..<block.utf8.count - 6
        XCTAssertEqual(texts(QuotationScanner.quotedStretches(in: block, block: range, convention: .doubleMarks), in: block), ["«Oui»", "\"non\""])
    }
}
