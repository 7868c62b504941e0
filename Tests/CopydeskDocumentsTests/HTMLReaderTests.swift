import CopydeskCore
@testable import CopydeskDocuments
import XCTest

final class HTMLReaderTests: XCTestCase {
    func testBlocksCarryTheirScopes() throws {
        let document = try TestDocuments.html("""
        <!DOCTYPE html>
        <html><head><title>Flood  warning
          issued</title><meta charset="utf-8"></head>
        <body>
        <h1>River rises</h1>
        <p>Water reached the <em>old</em> bridge.</p>
        <ul><li>Roads closed</li><li><p>Schools shut</p></li></ul>
        <blockquote><p>We are ready, she said.</p>Unwrapped quote text</blockquote>
        <table><tr><th>Town</th><td>Level</td></tr></table>
        <div>Direct div text <p>inner paragraph</p> tail text</div>
        <figure><img src="x.jpg" alt="A boat"><figcaption>Rescue boats wait.</figcaption></figure>
        </body></html>
        """)
        XCTAssertEqual(document.texts(of: .title), ["Flood  warning\n  issued"])
        XCTAssertEqual(document.metadata.title, "Flood warning issued")
        XCTAssertEqual(document.texts(of: .heading), ["River rises"])
        XCTAssertEqual(document.blocks.first { $0.scope == .heading }?.headingLevel, 1)
        XCTAssertEqual(document.texts(of: .listItem), ["Roads closed", "Schools shut"])
        XCTAssertEqual(document.texts(of: .blockquote), ["We are ready, she said.", "Unwrapped quote text"])
        XCTAssertEqual(document.texts(of: .tableCell), ["Town", "Level"])
        XCTAssertEqual(document.texts(of: .paragraph), [
            "Water reached the old bridge.", "We are ready, she said.", "Unwrapped quote text", "Direct div text",
            "inner paragraph", "tail text", "Rescue boats wait.",
        ])
        XCTAssertFalse(document.text.contains("A boat"))
    }

    func testScriptsStylesCommentsCodeAndAttributesAreNotProse() throws {
        let document = try TestDocuments.html("""
        <html><head><meta name="description" content="meta words"><style>p { color: red }</style>
        <script>var hidden = "<p>script words</p>";</script></head>
        <body><p title="attribute words">Visible <!-- comment words --> text with <code>code words</code> and
        <a href="https://example.org/link-target">link text</a>.</p>
        <noscript>noscript words</noscript><template><p>template words</p></template>
        <pre>preformatted words</pre><script type="application/ld+json">{"headline": "json words"}</script>
        <p>After &lt;tags&gt;</p></body></html>
        """)
        for hidden in ["meta words", "color", "script words", "attribute", "comment", "code words", "link-target",
                       "noscript", "template", "preformatted", "json words", "<!--"] {
            XCTAssertFalse(document.text.contains(hidden), "\(hidden) leaked into \(document.text.debugDescription)")
        }
        XCTAssertEqual(document.texts(of: .paragraph), ["Visible  text with  and\nlink text.", "After <tags>"])
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "<tags>")), "&lt;tags&gt;")
    }

    func testEntitiesDecodeAndMapToTheWholeReference() throws {
        let document = try TestDocuments.html("<p>It&rsquo;s Smith &amp; Sons&#8217; &#x1F600; &amp no-semicolon &bogus; &#65 end&nbsp;</p>")
        XCTAssertEqual(document.text, "It’s Smith & Sons’ 😀 &amp no-semicolon &bogus; A end\u{A0}")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "’")), "&rsquo;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "& Sons")), "&amp; Sons")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "Sons’")), "Sons&#8217;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "😀")), "&#x1F600;")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "A end")), "&#65 end")
        let region = document.sourceRegion(of: document.proseRange(of: "’"))
        XCTAssertEqual(region.start.column, 6)
        XCTAssertEqual(region.utf16Length, 7)
    }

    /// Templating inside a text node becomes one space that stands for the whole tag: the prose never
    /// claims to copy bytes it does not hold (a fuzzer found blanks mapped one for one onto `{{ … }}`).
    func testTemplateTagsInTextMapToTheWholeTag() throws {
        let document = try TestDocuments.html("<p>Fares rise {{ fare.change }} from May, {{x}}said the board.</p>")
        XCTAssertEqual(document.text, "Fares rise   from May,  said the board.")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "rise   from")), "rise {{ fare.change }} from")
        XCTAssertEqual(document.sourceText(ofProse: document.proseRange(of: "said the")), "said the")
        for segment in document.offsetMap.segments where segment.isVerbatim {
            let prose = Array(document.text.utf8)[segment.proseStart..<segment.proseStart + segment.proseLength]
            let source = Array(document.source.utf8)[segment.sourceStart..<segment.sourceStart + segment.sourceLength]
            XCTAssertEqual(prose, source, "verbatim segment \(segment)")
        }
    }

    func testPositionsWithCRLFByteOrderMarkEmojiAccentsAndCJK() throws {
        let html = "<html>\r\n<body>\r\n<p>Emoji 😀 then\r\n  東京 and e\u{301}lan</p>\r\n</body></html>\r\n"
        let document = try TestDocuments.read([0xEF, 0xBB, 0xBF] + Array(html.utf8), format: .html)
        XCTAssertEqual(document.texts(of: .paragraph), ["Emoji 😀 then\r\n  東京 and e\u{301}lan"])
        let tokyo = document.sourceRegion(of: document.proseRange(of: "東京"))
        XCTAssertEqual(tokyo.start.line, 4)
        XCTAssertEqual(tokyo.start.column, 3)
        XCTAssertEqual(tokyo.utf16Length, 2)
        XCTAssertEqual(tokyo.start.utf16Offset, 36)
        let then = document.sourceRegion(of: document.proseRange(of: "then"))
        // "<p>Emoji 😀 " is 12 UTF-16 units: the emoji is a surrogate pair.
        XCTAssertEqual(then.start.line, 3)
        XCTAssertEqual(then.start.column, 13)
        let accent = document.proseRange(of: "e\u{301}lan")
        XCTAssertEqual(document.sourceText(ofProse: accent), "e\u{301}lan")
        XCTAssertEqual(document.sourceRegion(of: accent).utf16Length, 5)
    }

    func testMetadataDatesFollowTheDocumentedPriority() throws {
        let full = try TestDocuments.html("""
        <html><head>
        <meta name="date" content="2024-01-01">
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-02-02T08:00:00Z", "dateModified": "2024-02-03"}]}
        </script>
        <meta property="article:published_time" content="2024-03-03T09:15:00+01:00">
        </head><body><p>Text.</p></body></html>
        """)
        XCTAssertEqual(full.metadata.publicationDate, DocumentDate(parsing: "2024-03-03T09:15:00+01:00"))
        XCTAssertEqual(full.metadata.publicationDateSource, "meta article:published_time")
        XCTAssertEqual(full.metadata.modifiedDate, DocumentDate(parsing: "2024-02-03"))
        XCTAssertEqual(full.metadata.modifiedDateSource, "JSON-LD dateModified")

        let jsonLD = try TestDocuments.html("""
        <head><meta name="dc.date" content="2024-01-01"><script type="application/ld+json">
        [{"@type": "NewsArticle", "datePublished": "2024-02-02"}]</script></head><p>Text.</p>
        """)
        XCTAssertEqual(jsonLD.metadata.publicationDate, DocumentDate(parsing: "2024-02-02"))

        let meta = try TestDocuments.html("<head><meta name=\"DC.date\" content=\"2024-01-01\"></head><p>On <time datetime=\"2023-05-05\">May 5</time>.</p>")
        XCTAssertEqual(meta.metadata.publicationDate, DocumentDate(parsing: "2024-01-01"))

        let flagged = try DocumentLoader(referenceDate: DocumentDate(parsing: "2025-06-01"))
            .document(text: "<meta property=\"article:published_time\" content=\"2024-03-03\"><p>Text.</p>", path: "a.html", format: .html)
        XCTAssertEqual(flagged.metadata.publicationDate, DocumentDate(parsing: "2025-06-01"))
    }

    func testTimeElementsBecomeMachineTimesOverTheirProse() throws {
        let document = try TestDocuments.html("""
        <h1>Vote count</h1><p class="byline">By Staff, <time datetime="2024-11-05T20:00:00Z">Tuesday evening</time></p>
        <p>Results came <time datetime="2024-11-06">the next day</time>. Then <time>2024-11-07</time>.</p>
        """)
        XCTAssertEqual(document.metadata.machineTimes.map { document.text(of: $0.range) },
                       ["Tuesday evening", "the next day", "2024-11-07"])
        XCTAssertEqual(document.metadata.machineTimes.map(\.date), [
            DocumentDate(parsing: "2024-11-05T20:00:00Z")!, DocumentDate(parsing: "2024-11-06")!, DocumentDate(parsing: "2024-11-07")!,
        ])
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2024-11-05T20:00:00Z"))
        XCTAssertEqual(document.metadata.publicationDateSource, "<time datetime>")

        let inBody = try TestDocuments.html("<p>First paragraph.</p><p>Meeting on <time datetime=\"2030-01-01\">New Year</time>.</p>")
        XCTAssertNil(inBody.metadata.publicationDate)
        let pubdate = try TestDocuments.html("<p>First.</p><p><time pubdate datetime=\"2024-04-04\">April 4</time></p>")
        XCTAssertEqual(pubdate.metadata.publicationDate, DocumentDate(parsing: "2024-04-04"))
    }

    func testMalformedAndEmptyFilesReadWithoutCrashing() throws {
        XCTAssertEqual(try TestDocuments.html("").text, "")
        XCTAssertEqual(try TestDocuments.html("   \n").blocks, [])
        let broken = try TestDocuments.html("""
        <html><body><p>Unclosed <b>bold <i>and italic</p></b> stray </span> end tag
        <div><p>a < b and c > d</div></p></p><td>cell outside a table<p>x<!-- never closed
        """)
        XCTAssertTrue(broken.text.contains("Unclosed bold and italic"))
        XCTAssertTrue(broken.text.contains("stray  end tag"))
        XCTAssertTrue(broken.text.contains("a < b and c > d"))
        XCTAssertFalse(broken.text.contains("never closed"))
        let tagSoup = try DocumentLoader().document(text: "<<<>>></</>&&&;&#;&#xZZ;<p <p>>\"'", path: "x.html", format: .html)
        XCTAssertNotNil(tagSoup.text)
    }

    func testAlignmentFollowsLibxml2OnOddCharacterData() throws {
        let cdata = try TestDocuments.html("<body><![CDATA[ raw ]]><p>after</p></body>")
        XCTAssertEqual(cdata.texts(of: .paragraph), ["<![CDATA[ raw ]]>", "after"])
        let formFeed = try TestDocuments.html("<p>tab\tand\u{0C}form feed</p>")
        XCTAssertEqual(formFeed.text, "tab\tandform feed")
        XCTAssertEqual(formFeed.sourceText(ofProse: formFeed.proseRange(of: "form feed")), "form feed")
        let endTagWithoutName = try TestDocuments.html("<p>a </ b> c</p>")
        XCTAssertEqual(endTagWithoutName.text, "a  b> c")
    }

    func testBareTextAndLineBreaks() throws {
        let document = try TestDocuments.html("Loose text first<br>second line<p>Para</p>after para")
        XCTAssertEqual(document.texts(of: .paragraph), ["Loose text first\nsecond line", "Para", "after para"])
    }
}
