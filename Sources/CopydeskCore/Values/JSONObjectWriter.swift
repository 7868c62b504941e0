/// Writes one JSON object member by member, straight into bytes, with the layout of
/// `JSONValue.write(to:indent:depth:)`: for reporters that write many similar objects and would
/// otherwise build a dictionary per object. Members are written in the order given, so callers
/// give them in key order to match `JSONValue`'s sorted keys.
public struct JSONObjectWriter {
    private let indent: Int?
    private let depth: Int
    private var isEmpty = true

    /// An object at `depth` levels of `indent` spaces (nil: compact).
    public init(indent: Int?, depth: Int) {
        self.indent = indent
        self.depth = depth
    }

    /// Starts a member: the separator, the line break and indentation, and the key.
    public mutating func key(_ name: String, to out: inout [UInt8]) {
        out.append(isEmpty ? 0x7B : 0x2C)
        isEmpty = false
        JSONValue.newline(&out, indent, depth + 1)
        JSONValue.writeString(name, to: &out)
        out.append(0x3A)
        if indent != nil { out.append(0x20) }
    }

    public mutating func string(_ name: String, _ value: String, to out: inout [UInt8]) {
        key(name, to: &out)
        JSONValue.writeString(value, to: &out)
    }

    public mutating func int(_ name: String, _ value: Int, to out: inout [UInt8]) {
        key(name, to: &out)
        JSONValue.writeInt(value, to: &out)
    }

    public mutating func bool(_ name: String, _ value: Bool, to out: inout [UInt8]) {
        key(name, to: &out)
        out.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func value(_ name: String, _ value: JSONValue, to out: inout [UInt8]) {
        key(name, to: &out)
        value.write(to: &out, indent: indent, depth: depth + 1)
    }

    /// A member whose value is an object written by `body`.
    public mutating func object(_ name: String, to out: inout [UInt8], _ body: (inout JSONObjectWriter, inout [UInt8]) -> Void) {
        key(name, to: &out)
        var nested = JSONObjectWriter(indent: indent, depth: depth + 1)
        body(&nested, &out)
        nested.end(to: &out)
    }

    /// A member whose value is an array of one object written by `body`.
    public mutating func arrayOfOneObject(_ name: String, to out: inout [UInt8],
                                          _ body: (inout JSONObjectWriter, inout [UInt8]) -> Void) {
        key(name, to: &out)
        out.append(0x5B)
        JSONValue.newline(&out, indent, depth + 2)
        var nested = JSONObjectWriter(indent: indent, depth: depth + 2)
        body(&nested, &out)
        nested.end(to: &out)
        JSONValue.newline(&out, indent, depth + 1)
        out.append(0x5D)
    }

    /// Closes the object (`{}` when no member was written).
    public func end(to out: inout [UInt8]) {
        if isEmpty {
            out.append(contentsOf: [0x7B, 0x7D])
            return
        }
        JSONValue.newline(&out, indent, depth)
        out.append(0x7D)
    }
}
