import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// A whole news page as content systems publish it: navigation, inline scripts, JSON-LD, social
/// meta tags, a figure, a related-links aside and a footer.
final class HTMLArticlePageTests: XCTestCase {
    static let page = """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Harbour dredging delayed again | The Coastal Ledger</title>
      <meta property="og:title" content="Harbour dredging delayed again">
      <meta property="article:published_time" content="2025-04-14T07:30:00+01:00">
      <meta property="article:modified_time" content="2025-04-14T11:05:00+01:00">
      <link rel="stylesheet" href="/site.css">
      <script>window.dataLayer = [{"section": "local", "words": "<p>not prose</p>"}];</script>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle",
       "headline": "Harbour dredging delayed again",
       "datePublished": "2025-04-13T07:30:00+01:00", "dateModified": "2025-04-13T09:00:00+01:00"}
      </script>
    </head>
    <body class="article">
      <nav aria-label="Sections"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
      <main>
        <article>
          <header>
            <h1 class="headline">Harbour dredging delayed again</h1>
            <p class="byline">By <a rel="author" href="/staff/ines">Inês Álvarez</a> ·
              <time datetime="2025-04-14T07:30:00+01:00">14 April 2025</time></p>
          </header>
          <figure>
            <img src="/img/dredger.jpg" alt="A dredger moored at the quay" width="800">
            <figcaption>The dredger has been idle since March. <span class="credit">Photo: Ledger staff</span></figcaption>
          </figure>
          <p>Work to deepen the harbour channel will not start until the autumn, the port authority said on Monday&nbsp;&mdash; the third delay this year.</p>
          <p>&ldquo;We need the environmental survey first,&rdquo; said the authority&rsquo;s director, Tomás Ng.</p>
          <!-- ad slot: inline-1 -->
          <div class="ad" data-slot="inline-1"><script>loadAd("inline-1");</script></div>
          <h2>What happens next</h2>
          <ul>
            <li>Survey results are due in <time datetime="2025-06">June</time>.</li>
            <li>A public meeting follows &amp; objections close a month later.</li>
          </ul>
          <blockquote class="pullquote"><p>&ldquo;Nobody wants another year of silt.&rdquo;</p></blockquote>
          <table class="timeline">
            <caption>Earlier delays</caption>
            <tr><th>Date</th><th>Reason</th></tr>
            <tr><td>January</td><td>Funding review</td></tr>
          </table>
          <aside class="related"><h3>Related</h3><a href="/local/quay">Quay repairs finish early</a></aside>
        </article>
      </main>
      <footer><p>&copy; 2025 The Coastal Ledger</p><script src="/app.js"></script></footer>
    </body>
    </html>
    """

    func testPageReadsIntoScopedProseWithExactPositions() throws {
        let document = try TestDocuments.html(HTMLArticlePageTests.page)
        XCTAssertEqual(document.texts(of: .title), ["Harbour dredging delayed again | The Coastal Ledger"])
        XCTAssertEqual(document.texts(of: .heading), ["Harbour dredging delayed again", "What happens next", "Related"])
        XCTAssertEqual(document.blocks.filter { $0.scope == .heading }.map(\.headingLevel), [1, 2, 3])
        // The page has an <article>: it alone is prose (with its own header and aside); the site's
        // navigation and footer are not.
        XCTAssertEqual(document.texts(of: .listItem), [
            "Survey results are due in June.", "A public meeting follows & objections close a month later.",
        ])
        XCTAssertFalse(document.text.contains("Home"))
        XCTAssertFalse(document.text.contains("© 2025"))
        XCTAssertEqual(document.texts(of: .tableCell), ["Date", "Reason", "January", "Funding review"])
        XCTAssertEqual(document.texts(of: .blockquote), ["“Nobody wants another year of silt.”"])
        XCTAssertTrue(document.texts(of: .paragraph).contains(
            "Work to deepen the harbour channel will not start until the autumn, the port authority said on Monday\u{A0}— the third delay this year."))
        XCTAssertTrue(document.texts(of: .paragraph).contains("“We need the environmental survey first,” said the authority’s director, Tomás Ng."))
        for hidden in ["dataLayer", "not prose", "NewsArticle", "dredger moored", "ad slot", "loadAd", "app.js", "stylesheet"] {
            XCTAssertFalse(document.text.contains(hidden), hidden)
        }

        let director = document.proseRange(of: "Tomás Ng")
        let region = document.sourceRegion(of: director)
        XCTAssertEqual(document.sourceText(ofProse: director), "Tomás Ng")
        XCTAssertEqual(region.start.line, 31)
        // The line is indented 6 spaces; `<p>&ldquo;…&rsquo;s director, ` comes before the name.
        XCTAssertEqual(region.start.column, 7 + "<p>&ldquo;We need the environmental survey first,&rdquo; said the authority&rsquo;s director, ".utf16.count)
        let quote = document.proseRange(of: "“We need")
        XCTAssertEqual(document.sourceText(ofProse: quote), "&ldquo;We need")
    }

    func testPageMetadataPrefersArticleMetaTags() throws {
        let document = try TestDocuments.html(HTMLArticlePageTests.page)
        XCTAssertEqual(document.metadata.title, "Harbour dredging delayed again | The Coastal Ledger")
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-04-14T07:30:00+01:00"))
        XCTAssertEqual(document.metadata.modifiedDate, DocumentDate(parsing: "2025-04-14T11:05:00+01:00"))
        XCTAssertEqual(document.metadata.machineTimes.map { document.text(of: $0.range) }, ["14 April 2025"])
    }
}
