/// A listed word or phrase found in the text.
struct LexiconMatch: Sendable, Hashable {
    var category: ModerationCategory
    /// UTF-8 offsets into the document text.
    var range: Range<Int>
    var severity: Double
    /// The list entry, as written in the list (`{you} should {die}`).
    var entry: String
    /// The tokens it covers.
    var tokens: Range<Int>
}
