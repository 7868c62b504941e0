/// A word, number or punctuation mark of prose, with its UTF-8 range, its lowercased text, its
/// word class and the integer id a vocabulary gave it.
///
/// A text has a token every few bytes, so a token is kept small: the range as `UInt32` offsets,
/// the digit count and the id as `UInt32`, the flags in bytes.
public struct WordToken: Sendable {
    /// The token's class.
    public enum Kind: Sendable { case word, number, punctuation }

    /// Lowercased text. A right single quotation mark reads as `'`, an en or em dash as `-`.
    public var lower: String
    @usableFromInline var numberValue: Int
    @usableFromInline var start: UInt32
    @usableFromInline var end: UInt32
    @usableFromInline var digits: UInt32
    /// The id the tokenizer's vocabulary gave the lowercased text; 0 when it has none.
    public var id: UInt32
    public var kind: Kind
    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Whether white space (or the start of the text) precedes the token.
    public var spaceBefore: Bool
    /// Whether a line break precedes the token.
    public var lineBreakBefore: Bool
    /// Whether a blank line (a paragraph break) precedes the token.
    public var paragraphBreakBefore: Bool = false
    @usableFromInline var hasNumber: Bool

    @usableFromInline
    init(kind: Kind, range: Range<Int>, lower: String, id: UInt32, isCapitalized: Bool, spaceBefore: Bool,
         lineBreakBefore: Bool, number: Int?, digitCount: Int) {
        self.lower = lower
        self.numberValue = number ?? 0
        self.hasNumber = number != nil
        self.start = UInt32(range.lowerBound)
        self.end = UInt32(range.upperBound)
        self.digits = UInt32(digitCount)
        self.id = id
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
    }

    /// UTF-8 range in the text.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
    /// The value of an all-digit token of at most nine digits.
    @inlinable public var number: Int? { hasNumber ? numberValue : nil }
    /// The number of digits of an all-digit token.
    @inlinable public var digitCount: Int { Int(digits) }
}
