import CopydeskCore
@testable import CopydeskDocuments
import XCTest

final class MarkdownReaderTests: XCTestCase {
    func testBlocksCarryTheirScopes() throws {
        let document = try TestDocuments.markdown("""
        # Budget talks stall

        The council met on Tuesday.

        ## Reaction

        - Residents were angry.
        - The mayor said little.

        > A quoted paragraph
        > over two lines.

        | Ward | Vote |
        |------|------|
        | North | yes |

        """)
        XCTAssertEqual(document.texts(of: .title), ["Budget talks stall"])
        XCTAssertEqual(document.blocks.first?.headingLevel, 1)
        XCTAssertEqual(document.texts(of: .heading), ["Reaction"])
        XCTAssertEqual(document.blocks.filter { $0.scope == .heading }.map(\.headingLevel), [2])
        XCTAssertEqual(document.texts(of: .paragraph), ["The council met on Tuesday.", "A quoted paragraph\nover two lines."])
        XCTAssertEqual(document.texts(of: .listItem), ["Residents were angry.", "The mayor said little."])
        XCTAssertEqual(document.texts(of: .blockquote), ["A quoted paragraph\nover two lines."])
        XCTAssertEqual(document.texts(of: .tableCell), ["Ward", "Vote", "North", "yes"])
        XCTAssertEqual(document.metadata.title, "Budget talks stall")
    }

    /// Comments are not prose and are the document's comments, even inline ones holding `--` (which
    /// CommonMark 0.30 reads as text); comment syntax in code is neither.
    func testCommentsAreFoundOutsideCodeAndAreNotProse() throws {
        let source = """
        # Title

        Fares rise <!-- copydesk-disable-line house/* -- names a product --> in May.

        <!-- copydesk-disable
        house/probe -->

        Type `<!-- not a comment -->` to start one.

        ```
        <!-- nor this -->
        ```
        """
        let document = try TestDocuments.markdown(source)
        XCTAssertFalse(document.text.contains("product"), document.text)
        XCTAssertTrue(document.text.contains("Fares rise  in May."), document.text)
        let comments = (document.comments ?? []).map { String(decoding: Array(source.utf8)[$0], as: UTF8.self) }
        XCTAssertEqual(comments, ["<!-- copydesk-disable-line house/* -- names a product -->", "<!-- copydesk-disable\nhouse/probe -->"])
    }

    func testCodeHTMLURLsAndFrontMatterAreNotProse() throws {
        let document = try TestDocuments.markdown("""
        ---
        slug: secret-slug
        ---

        Run `rm -rf backup` before <span class="kicker">noon</span> today.
        <!-- editor: check the figures -->

        See [the report](https://example.org/report-path "Report title") and <https://example.net/auto-link>.
        Also www.example.com/bare-link and ![a drawing of the dam](dam-picture.png).

            indented code block

        ```swift
        let fenced = "code block"
        ```

        <div>
        html block text
        </div>

        [ref]: https://example.org/reference-target
        """)
        for hidden in ["secret-slug", "rm -rf", "kicker", "span", "editor", "report-path", "Report title",
                       "auto-link", "bare-link", "dam-picture", "drawing", "indented", "fenced", "html block",
                       "reference-target", "<", "`"] {
            XCTAssertFalse(document.text.contains(hidden), "\(hidden) leaked into \(document.text.debugDescription)")
        }
        XCTAssertTrue(document.text.contains("Run  before noon today."))
        XCTAssertTrue(document.text.contains("See the report and ."))
    }

    func testProseMapsToExactSourcePositions() throws {
        let markdown = "# Café 😀 news\n\nA *bold* claim: 東京 said “hi” to **e\u{301}lan** at 9 a.m.\n"
        let document = try TestDocuments.markdown(markdown)
        let range = document.proseRange(of: "東京")
        let region = document.sourceRegion(of: range)
        XCTAssertEqual(region.start.line, 3)
        XCTAssertEqual(region.start.column, 17)
        XCTAssertEqual(region.utf16Length, 2)
        XCTAssertEqual(document.sourceText(ofProse: range), "東京")

        let accent = document.proseRange(of: "e\u{301}lan")
        XCTAssertEqual(document.sourceText(ofProse: accent), "e\u{301}lan")
        let accentRegion = document.sourceRegion(of: accent)
        // "A *bold* claim: 東京 said “hi” to **" is 34 UTF-16 units.
        XCTAssertEqual(accentRegion.start.column, 35)
        XCTAssertEqual(accentRegion.utf16Length, 5)

        let news = document.sourceRegion(of: document.proseRange(of: "news"))
        // "# Café 😀 " is 10 UTF-16 units: the emoji is a surrogate pair.
        XCTAssertEqual(news.start.column, 11)
        XCTAssertEqual(news.start.utf16Offset, 10)
    }

    /// Link destinations are stepped over as CommonMark reads them: the destination ends at a blank
    /// whatever its parentheses, and a title may be quoted or parenthesised and hold parentheses.
    func testLinkDestinationsAndTitlesOfEveryShape() throws {
        let markdown = """
        See [one](https://a.example/x_(y) "t (1)") then [two](<b c> 'q') and [three](d (paren title))
        or [four](( ):done and [five](e
        "split") end.

        """
        let document = try TestDocuments.markdown(markdown)
        XCTAssertEqual(document.text, "See one then two and three\nor four:done and five end.")
        for word in ["then", "and", ":done", "end."] {
            XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: word)), word)
        }

        // The `(` destination ends at the blank, so the `)` after it closes the link on its own line:
        // the colon is the one on line 1, not the table's delimiter row's (a fuzzer finding).
        let table = try TestDocuments.markdown("[](( ):\n)\n-:")
        XCTAssertEqual(table.sourceRegion(of: table.proseRange(of: ":")).start.line, 1)
    }

    func testCRLFAndByteOrderMarkKeepPositions() throws {
        let text = "Intro line one\r\nline two with > sign\r\n\r\n> quoted\r\n> text here\r\n"
        let document = try TestDocuments.read([0xEF, 0xBB, 0xBF] + Array(text.utf8), format: .markdown)
        XCTAssertEqual(document.texts(of: .paragraph), ["Intro line one\nline two with > sign", "quoted\ntext here"])
        let two = document.sourceRegion(of: document.proseRange(of: "line two"))
        XCTAssertEqual(two.start.line, 2)
        XCTAssertEqual(two.start.column, 1)
        XCTAssertEqual(two.start.utf16Offset, 16)
        let here = document.sourceRegion(of: document.proseRange(of: "here"))
        XCTAssertEqual(here.start.line, 5)
        XCTAssertEqual(here.start.column, 8)
        let across = document.proseRange(of: "one\nline")
        XCTAssertEqual(document.sourceText(ofProse: across), "one\r\nline")
    }

    func testEntitiesAndEscapesDecodeAndMapToTheirWholeSpan() throws {
        let document = try TestDocuments.markdown("It&rsquo;s Smith &amp; Sons&#8217; \\*first\\* &#x1F600; &bogus; day &#xD800;.\n")
        XCTAssertEqual(document.text, "It’s Smith & Sons’ *first* 😀 &bogus; day \u{FFFD}.")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "’")), "&rsquo;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "&")), "&amp;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "Sons’")), "Sons&#8217;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "*first*")), "\\*first\\*")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "😀")), "&#x1F600;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "&bogus;")), "&bogus;")
    }

    /// Found by the `markdown` fuzz target (Fuzz/Crashers/markdown): `&nang;` decodes to `∠⃒`,
    /// six bytes for six. The map took a replacement of the same length for a copy, merged it with
    /// the text around it, and mapped "∠" alone to `&na`.
    func testAnEntityAsLongAsWhatItDecodesToStillMapsToItsWholeSpan() throws {
        let document = try TestDocuments.markdown("Angle &nang; and &nLl; here.\n")
        XCTAssertEqual(document.text, "Angle \u{2220}\u{20D2} and \u{22D8}\u{0338} here.")
        let angle = document.proseRange(of: "\u{2220}\u{20D2}")
        XCTAssertEqual(document.sourceText(ofProse: angle), "&nang;")
        XCTAssertEqual(document.sourceText(ofProse: angle.lowerBound..<angle.lowerBound + 3), "&nang;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "Angle \u{2220}\u{20D2} and")), "Angle &nang; and")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "\u{22D8}\u{0338} here")), "&nLl; here")
    }

    func testNestedContainersSkipTheirPrefixes() throws {
        let document = try TestDocuments.markdown("""
        > - first item
        >   continues here
        > - second *item*
        >   > nested quote
        >   > still nested
        lazy line

        1. A [linked *word*](http://example.com/x_(y) 'title (t)') ends.
           Hard break here\\
           and two-space break  
           done.
        """)
        XCTAssertEqual(document.texts(of: .listItem), [
            "first item\ncontinues here", "second item", "nested quote\nstill nested\nlazy line",
            "A linked word ends.\nHard break here\nand two-space break\ndone.",
        ])
        let lazy = document.sourceRegion(of: document.proseRange(of: "lazy"))
        XCTAssertEqual(lazy.start.line, 6)
        XCTAssertEqual(lazy.start.column, 1)
        XCTAssertEqual(document.blocks.filter(\.isInBlockquote).count, 3)
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "still nested")), "still nested")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "ends.")), "ends.")
    }

    func testTableCellsAreSeparateBlocks() throws {
        let document = try TestDocuments.markdown("""
        > | Name | Said \\| quoted |
        > |---|:---:|
        > | Ana `code` | *yes* &amp; no |
        """)
        XCTAssertEqual(document.texts(of: .tableCell), ["Name", "Said | quoted", "Ana", "yes & no"])
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "Said | quoted")), "Said \\| quoted")
        XCTAssertTrue(document.blocks.allSatisfy(\.isInBlockquote))
    }

    func testTableRightAfterAParagraph() throws {
        // cmark-gfm reports wrong positions for the paragraph and the header row here.
        let document = try TestDocuments.markdown("Intro:\nrates rose\n| Bank | Rate |\n|---|---|\n| First | 5% |\n\nAfter.\n")
        XCTAssertEqual(document.texts(of: .paragraph), ["Intro:\nrates rose", "After."])
        XCTAssertEqual(document.texts(of: .tableCell), ["Bank", "Rate", "First", "5%"])
        XCTAssertEqual(document.sourceRegion(of: document.proseRange(of: "Rate")).start.line, 3)
        XCTAssertEqual(document.sourceRegion(of: document.proseRange(of: "Rate")).start.column, 10)
        XCTAssertEqual(document.sourceRegion(of: document.proseRange(of: "rates")).start.line, 2)
    }

    func testSetextHeadingsAndStrikethrough() throws {
        let document = try TestDocuments.markdown("Lead.\n\nResults are\nin ~~today~~\n===\n\nPlain ~old~ text.\n")
        XCTAssertEqual(document.texts(of: .heading), ["Results are\nin today"])
        XCTAssertEqual(document.texts(of: .paragraph), ["Lead.", "Plain old text."])
        XCTAssertNil(document.metadata.title)
    }

    /// A setext heading whose text starts with `#` is not an ATX heading: its `#` is text. Before,
    /// the reader stepped over it as a heading mark and aligned the heading's text wherever the
    /// literal came next (here in the table after it, found by the `front-matter` fuzz target,
    /// Fuzz/Crashers/markdown), or nowhere.
    func testSetextHeadingThatStartsWithAHash() throws {
        let hashtag = try TestDocuments.markdown("#hashtag day\n---\n\nBody.\n")
        XCTAssertEqual(hashtag.texts(of: .heading), ["#hashtag day"])
        XCTAssertEqual(hashtag.sourceRegion(of: hashtag.proseRange(of: "day")).start.column, 10)
        let beforeTable = try TestDocuments.markdown("#t\nl\n-\n#t\n|-\n")
        XCTAssertEqual(beforeTable.texts(of: .heading), ["#t\nl"])
        XCTAssertEqual(beforeTable.sourceRegion(of: beforeTable.blocks[0].range).start.line, 1)
        XCTAssertEqual(beforeTable.texts(of: .tableCell), ["#t"])
        XCTAssertEqual(beforeTable.sourceRegion(of: beforeTable.blocks[1].range).start.line, 4)
        let atx = try TestDocuments.markdown("## ATX ##\n\n#\n\n####### seven\n")
        XCTAssertEqual(atx.texts(of: .heading), ["ATX"])
        XCTAssertEqual(atx.texts(of: .paragraph), ["####### seven"])
    }

    func testFrontMatterTitleIsATitleBlockAtItsSourcePosition() throws {
        let document = try TestDocuments.markdown("""
        ---
        id: 7
        title: "Mayor\\u2019s \\"plan\\" – day one"
        date: 2024-03-05T10:00:00Z
        lastmod: 2024-03-06
        ---

        Body text.
        """)
        XCTAssertEqual(document.texts(of: .title), ["Mayor’s \"plan\" – day one"])
        XCTAssertEqual(document.metadata.title, "Mayor’s \"plan\" – day one")
        let plan = document.proseRange(of: "plan")
        let region = document.sourceRegion(of: plan)
        XCTAssertEqual(region.start.line, 3)
        XCTAssertEqual(region.start.column, 24)
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "’")), "\\u2019")
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2024-03-05T10:00:00Z"))
        XCTAssertEqual(document.metadata.modifiedDate, DocumentDate(parsing: "2024-03-06"))
        XCTAssertEqual(document.metadata.publicationDateSource, "front matter `date`")
        XCTAssertFalse(document.text.contains("2024"))

        let plain = try TestDocuments.markdown("---\r\ntitle:  Storm hits coast   # a comment\r\n---\r\nText.\r\n")
        XCTAssertEqual(plain.texts(of: .title), ["Storm hits coast"])
        XCTAssertEqual(plain.sourceRegion(of: plain.proseRange(of: "Storm")).start.column, 9)
        let single = try TestDocuments.markdown("---\ntitle: 'It''s late'\n---\nText.\n")
        XCTAssertEqual(single.texts(of: .title), ["It's late"])
        let folded = try TestDocuments.markdown("---\ntitle: >\n  Folded title\n---\nText.\n")
        XCTAssertEqual(folded.texts(of: .title), [])
        XCTAssertEqual(folded.metadata.title, "Folded title\n")
    }

    func testReferenceDateFlagWinsOverFrontMatter() throws {
        let loader = DocumentLoader(referenceDate: DocumentDate(parsing: "2025-01-02"))
        let document = try loader.document(text: "---\npublishDate: 2024-12-31\n---\nText.\n", path: "a.md", format: .markdown)
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-01-02"))
        let fromFrontMatter = try DocumentLoader().document(text: "---\npublished: 2024-12-31\n---\nText.\n", path: "a.md", format: .markdown)
        XCTAssertEqual(fromFrontMatter.metadata.publicationDate, DocumentDate(parsing: "2024-12-31"))
        XCTAssertEqual(fromFrontMatter.metadata.publicationDateSource, "front matter `published`")
    }

    func testBrokenFrontMatterReportsItsFileLineAndColumn() {
        let text = "---\ntitle: fine\nauthor: \"never closed\n---\nBody.\n"
        XCTAssertThrowsError(try DocumentLoader().document(text: text, path: "a.md", format: .markdown)) { error in
            guard case DocumentError.frontMatter(let line, let column, let message) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(line, 3)
            XCTAssertEqual(column, 9)
            XCTAssertFalse(message.isEmpty)
        }
        let indented = "---\ntitle: ok\n  bad: [1, 2\n---\n"
        XCTAssertThrowsError(try DocumentLoader().document(text: indented, path: "a.md", format: .markdown)) { error in
            guard case DocumentError.frontMatter(let line, _, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(line, 3)
        }
    }

    func testEmptyAndMarkupOnlyFilesReadWithoutProse() throws {
        XCTAssertEqual(try TestDocuments.markdown("").text, "")
        XCTAssertEqual(try TestDocuments.markdown("---\ntitle: \n---\n").blocks, [])
        let blankTitle = try TestDocuments.markdown("---\ntitle: \"\"\n---\n# Heading title\n")
        XCTAssertEqual(blankTitle.texts(of: .title), ["Heading title"])
        XCTAssertEqual(try TestDocuments.markdown("```\ncode\n").blocks, [])
        XCTAssertEqual(try TestDocuments.markdown("***\n\n<!-- only -->\n").blocks, [])
    }

    func testEveryLiteralAlignsInAMixedArticle() throws {
        let document = try TestDocuments.markdown("""
        Intro with \\\\ backslash, \\a non-escape, a_b_c words, 2 * 3 sums, 2*3*4 emphasis and a * lone star.
        **Strong _and em_** plus ***both*** and `` code with ` tick ``.
        A [reference link][ref] and [ref][] and [ref] forms, an image ![alt *text*][ref] too.
        Tabs\there and	tab. Mail <someone@example.org> or someone@example.org.
        Angle <b>bold</b> and <!-- multi
        line comment --> after.

        [ref]: http://example.org
        """)
        XCTAssertTrue(document.text.contains("Intro with \\ backslash, \\a non-escape, a_b_c words, 2 * 3 sums, 234 emphasis and a * lone star."))
        XCTAssertTrue(document.text.contains("Strong and em plus both and ."))
        XCTAssertTrue(document.text.contains("A reference link and ref and ref forms, an image  too."))
        XCTAssertTrue(document.text.contains("Mail  or ."))
        XCTAssertTrue(document.text.contains("Angle bold and  after."))
    }
}

final class MarkdownDetailTests: XCTestCase {
    func testInlineLineBreakTagSeparatesWords() throws {
        let document = try TestDocuments.markdown("First line<br>second line<br/>third<bright>x\n")
        XCTAssertEqual(document.text, "First line\nsecond line\nthirdx")
    }

    func testMarkupAtTheStartOfAnIndentedContinuationLine() throws {
        let document = try TestDocuments.markdown("""
        - Intro line
            [linked words](http://example.org) and
            *emphasis* then ![alt](x.png) and `code`
          ~~gone~~ end
        """)
        XCTAssertEqual(document.texts(of: .listItem), ["Intro line\nlinked words and\nemphasis then  and \ngone end"])
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "linked words")), "linked words")
        XCTAssertEqual(document.sourceRegion(of: document.proseRange(of: "emphasis")).start.column, 6)
    }

    func testInlineTimeTagsBecomeMachineTimes() throws {
        let document = try TestDocuments.markdown("""
        Updated <time datetime="2025-01-02T10:00Z">an hour ago</time> by staff.

        Vote on <TIME class=x datetime='2025-02-03'>*Monday*</TIME>, count on <time>2025-02-04</time>, <time>soon</time>.
        """)
        XCTAssertEqual(document.metadata.machineTimes.map { document.text(of: $0.range) }, ["an hour ago", "Monday", "2025-02-04"])
        XCTAssertEqual(document.metadata.machineTimes.map(\.date), [
            DocumentDate(parsing: "2025-01-02T10:00Z")!, DocumentDate(parsing: "2025-02-03")!, DocumentDate(parsing: "2025-02-04")!,
        ])
    }

    func testFrontMatterDatesWithABlankBeforeTheZone() throws {
        let document = try TestDocuments.markdown("---\ndate: 2025-03-01 09:30:00 +0100\nupdated: 2025-03-02 10:00:00 Z\n---\nText.\n")
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-03-01T09:30:00+01:00"))
        XCTAssertEqual(document.metadata.modifiedDate, DocumentDate(parsing: "2025-03-02T10:00:00Z"))
    }
}
