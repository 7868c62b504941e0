/// Something that must hold for every input did not: the fuzzers' oracle besides traps and stalls.
public struct InvariantViolation: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "invariant violated: \(message)" }
}

/// Throws an `InvariantViolation` when `condition` is false.
@inline(__always)
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw InvariantViolation(message()) }
}
