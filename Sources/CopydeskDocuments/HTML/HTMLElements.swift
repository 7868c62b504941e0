/// What Copydesk makes of each HTML element.
enum HTMLElementRole {
    /// Its text is prose in a block of its own (a paragraph, heading, list item, table cell …).
    case block
    /// Its text flows in the surrounding block.
    case inline
    /// Its content is not prose: code, scripts, embedded objects, form controls.
    case hidden
    /// A line break inside a block.
    case lineBreak

    static func of(_ name: String) -> HTMLElementRole {
        if hiddenNames.contains(name) { return .hidden }
        if blockNames.contains(name) { return .block }
        if name == "br" { return .lineBreak }
        return .inline
    }

    private static let hiddenNames: Set<String> = [
        "script", "style", "noscript", "template", "code", "pre", "kbd", "samp", "svg", "math", "textarea",
        "select", "option", "optgroup", "button", "iframe", "object", "embed", "canvas", "audio", "video",
        "map", "datalist", "noembed", "noframes", "xmp", "plaintext", "listing", "rt", "rp",
    ]

    private static let blockNames: Set<String> = [
        "html", "body", "title", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th",
        "blockquote", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
        "figure", "figcaption", "caption", "details", "summary", "dialog", "fieldset", "legend", "form",
        "center", "ul", "ol", "dl", "menu", "dir", "table", "thead", "tbody", "tfoot", "tr", "hr", "hgroup",
        "frameset", "frame",
    ]

    /// Hidden elements that also end the block around them (others, like `<code>`, sit inside a sentence).
    static let hiddenBlocks: Set<String> = [
        "pre", "listing", "xmp", "plaintext", "textarea", "noscript", "template", "iframe", "object", "video",
        "audio", "canvas", "select", "datalist", "noembed", "noframes",
    ]

    /// The heading level of `h1`…`h6`, else 0.
    static func headingLevel(_ name: String) -> Int {
        let bytes = Array(name.utf8)
        guard bytes.count == 2, bytes[0] == UInt8(ascii: "h"), bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "6") else { return 0 }
        return Int(bytes[1] - UInt8(ascii: "0"))
    }
}
