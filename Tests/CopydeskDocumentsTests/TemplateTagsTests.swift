import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// Hugo shortcodes and Liquid/Jinja tags are templating, not prose; the prose around and between
/// them keeps exact positions.
final class TemplateTagsTests: XCTestCase {
    func testHugoShortcodesAreNotProseButPairedContentIs() throws {
        let document = try TestDocuments.markdown("""
        The mayor opened the quay on Monday.

        {{< figure src="/img/quay.jpg" caption="The \\"new\\" quay, said to cost \\"millions" >}}

        Residents {{< ref "earlier.md" >}} were pleased.

        {{% notice info %}}
        "We waited years," said Ana Reyes, a ferry captain.
        {{% /notice %}}

        {{< highlight go "linenos=table" >}}
        fmt.Println("not prose")
        {{< /highlight >}}

        {{</* figure caption="escaped \\"example" */>}}
        """)
        XCTAssertEqual(document.texts(of: .paragraph), [
            "The mayor opened the quay on Monday.",
            "Residents  were pleased.",
            "\"We waited years,\" said Ana Reyes, a ferry captain.",
        ])
        for hidden in ["figure", "caption", "millions", "ref", "notice", "Println", "linenos", "escaped"] {
            XCTAssertFalse(document.text.contains(hidden), hidden)
        }
        let reyes = document.proseRange(of: "Ana Reyes")
        XCTAssertEqual(document.sourceRegion(of: reyes).start.line, 8)
        XCTAssertEqual(document.sourceText(ofProse: reyes), "Ana Reyes")
    }

    func testLiquidAndJinjaTagsAndCommentsAreNotProse() throws {
        let document = try TestDocuments.markdown("""
        ---
        layout: post
        date: 2025-03-01
        ---
        {% assign author = "Ana \\"Reyes" %}
        Posted by {{ page.author | default: "the \\"desk" }} on {{ page.date | date: "%B %-d" }}.
        {# a Jinja "comment #}

        {% comment %}
        "An unbalanced draft quote.

        Still inside the comment.
        {% endcomment %}

        {%- raw -%}{{ not a tag }}{%- endraw -%}

        | Ward | {{ site.data.votes.north }} |
        |------|------|
        | North | {% include vote.html ward="north" %} |

        `{{ code span }}` stays code.

        """)
        XCTAssertEqual(document.texts(of: .paragraph), ["Posted by  on .", "stays code."])
        XCTAssertEqual(document.texts(of: .tableCell), ["Ward", "North"])
        for hidden in ["assign", "Reyes", "desk", "comment", "unbalanced", "Still inside", "raw", "vote.html", "site.data"] {
            XCTAssertFalse(document.text.contains(hidden), hidden)
        }
        XCTAssertEqual(document.metadata.publicationDateSource, "front matter `date`")
    }

    func testUnclosedAndBraceTextStayProse() throws {
        let document = try TestDocuments.markdown("""
        A {{ brace that never closes.

        Kramdown ids {#intro} and sets {1, 2} stay {% as text.

        """)
        XCTAssertEqual(document.texts(of: .paragraph), ["A {{ brace that never closes.", "Kramdown ids {#intro} and sets {1, 2} stay {% as text."])
    }

    func testTagsAtTheStartOfALineWithTextAfterThemKeepTheText() throws {
        let document = try TestDocuments.markdown("{{< icon \"star\" >}} Rated \"best\" by readers.\n\n> {{% q %}}Quoted text.{{% /q %}}\n")
        XCTAssertEqual(document.texts(of: .paragraph), ["Rated \"best\" by readers.", "Quoted text."])
    }

    /// A backslash before a tag escapes its first brace for Markdown, not for the template engine,
    /// which runs first: the tag is still not prose, and the backslash goes with it.
    func testATagAfterAnEscapingBackslashIsNotProse() throws {
        let document = try TestDocuments.markdown("Fares rise \\{% include price.html %} on Monday, and \\\\\\{{ fare }} more.\n")
        XCTAssertEqual(document.texts(of: .paragraph), ["Fares rise  on Monday, and \\ more."])
    }

    /// Found by the `markdown` fuzz target (Fuzz/Crashers/markdown): CommonMark ends a line at a
    /// carriage return too, so `\r\r` holds a blank line. A tag closed across it, whose mask then
    /// ended one paragraph and opened the next, each reading its half as text (`<x a a`); and a tag
    /// alone on a line that a carriage return ends was masked as an inline tag, an HTML block that
    /// took the paragraph after it.
    func testLinesEndedByCarriageReturns() throws {
        let blankLine = try TestDocuments.markdown("Lead {{ page.x\r\rnext }} text\r")
        XCTAssertEqual(blankLine.texts(of: .paragraph), ["Lead {{ page.x", "next }} text"])
        let blankLineWithBlanks = try TestDocuments.markdown("Lead {{ page.x\n \rnext }} text\n")
        XCTAssertEqual(blankLineWithBlanks.texts(of: .paragraph), ["Lead {{ page.x", "next }} text"])
        let alone = try TestDocuments.markdown("Intro.\r\r{{< figure src=\"x\" >}}\rMore text.\r")
        XCTAssertEqual(alone.texts(of: .paragraph), ["Intro.", "More text."])
        let crlf = try TestDocuments.markdown("Lead {{ page.x\r\ny }} text\r\n")
        XCTAssertEqual(crlf.texts(of: .paragraph), ["Lead  text"])
    }

    /// Found by the `markdown` fuzz target (Fuzz/Crashers/markdown): a tag over two lines is masked
    /// as one inline HTML tag over both, which holds only while cmark-gfm reads the lines as one
    /// paragraph. Where the blocks part them (the second line a table's header or next row, or out
    /// of the block quote whose HTML block holds the first), the mask was cut in two and read as
    /// text. Such a tag stays as written, like one on an ATX heading line.
    func testATagOverLinesThatTheBlocksPartStaysAsWritten() throws {
        let header = try TestDocuments.markdown("Lead {{ page.x\ny }} Name\n|---|\n| Ana |\n")
        XCTAssertEqual(header.texts(of: .paragraph), ["Lead {{ page.x"])
        XCTAssertEqual(header.texts(of: .tableCell), ["y }} Name", "Ana"])
        let rows = try TestDocuments.markdown("| Name |\n|---|\n| Ana {{ x\n| y }} Reyes |\n")
        XCTAssertEqual(rows.texts(of: .tableCell), ["Name", "Ana {{ x", "y }} Reyes"])
        let quote = try TestDocuments.markdown("> <div> {{ x\ny }} after\n\nNext {{ a\nb }} line.\n")
        XCTAssertEqual(quote.texts(of: .paragraph), ["y }} after", "Next  line."])
    }

    func testHTMLTemplatesAreNotProse() throws {
        let source = """
        <html><body><article>
        <h1>{{ page.title }}</h1>
        <p>Officials {% if page.x %}said{% endif %} the quay opened.</p>
        <p>{{< figure caption="He said \\"yes" >}}</p>
        </article></body></html>
        """
        let document = try DocumentLoader().document(text: source, path: "a.html", format: .html)
        XCTAssertEqual(document.blocks.map { document.text(of: $0.range).split(separator: " ").joined(separator: " ") },
                       ["Officials said the quay opened."])
    }

    func testLinearInUnclosedBraces() throws {
        let text = String(repeating: "{{ {% {# {{< ", count: 40_000)
        let start = Date()
        _ = TemplateTags.ranges(in: Array(text.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
