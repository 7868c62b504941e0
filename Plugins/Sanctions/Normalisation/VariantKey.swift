/// A spelling-tolerant key for one folded token, equal for common transliteration variants:
/// Peevski/Peevsky, Mohammed/Muhammad, Kuznetsov/Kuznetzov, Yarokhina/Yarohina, Al-/El-,
/// Aleksandr/Alexandr, Dmitriy/Dmitry, Yevgeny/Evgeny, and the German and French renderings of
/// Russian names: Kowaltschuk/Kovaltchouk/Kovalchuk.
///
/// Rules, in order: digraphs (shch→sh, dzh/zh→j, kh→h, tsch/tch→ch, tz/ts→z, ck→k, ph→f, ks→x, gh→g, th→t,
/// sch→sh, ou→u, ee→i), leading "ye"→"e", single letters (w→v, q→k, c→k unless before e/i/y,
/// then s), vowel classes (a,e→a; o,u→u; i,y→i), and runs of one letter collapsed.
public enum VariantKey {
    /// The key of a folded (lowercase ASCII) token's bytes.
    public static func make(_ token: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(token.count)
        make(token[...], into: &out)
        return out
    }

    /// The key of a string token (folded first).
    public static func make(_ token: String) -> String {
        String(decoding: make(Array(token.utf8)), as: UTF8.self)
    }

    /// Writes the key of a folded token into `out` (cleared first).
    public static func make(_ token: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        token.withUnsafeBufferPointer { buffer in
            run(buffer, lowercasing: false) { out.append($0) }
        }
    }

    /// The FNV-1a hash of the key of a token's bytes, lowercasing ASCII letters first; no allocation.
    @inline(__always)
    static func hash(_ token: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        var h = TokenHash.seed
        run(token, lowercasing: lowercasing) { h = (h ^ UInt64($0)) &* TokenHash.prime }
        return h
    }

    /// The rules, emitting the key's bytes; runs of one byte are emitted once.
    @inline(__always)
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool, _ sink: (UInt8) -> Void) {
        let end = bytes.count
        var last: UInt8 = 0
        @inline(__always) func at(_ k: Int) -> UInt8 {
            guard k < end else { return 0 }
            let b = bytes[k]
            return lowercasing && b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        }
        @inline(__always) func emit(_ byte: UInt8) {
            if last != byte { sink(byte); last = byte }
        }
        let a: UInt8 = 0x61, c: UInt8 = 0x63, d: UInt8 = 0x64, e: UInt8 = 0x65, f: UInt8 = 0x66, g: UInt8 = 0x67
        let h: UInt8 = 0x68, ii: UInt8 = 0x69, j: UInt8 = 0x6A, k: UInt8 = 0x6B, o: UInt8 = 0x6F, p: UInt8 = 0x70
        let q: UInt8 = 0x71, s: UInt8 = 0x73, t: UInt8 = 0x74, u: UInt8 = 0x75, v: UInt8 = 0x76, w: UInt8 = 0x77
        let x: UInt8 = 0x78, y: UInt8 = 0x79, z: UInt8 = 0x7A
        var i = 0
        if at(0) == y && at(1) == e { i = 1 }
        while i < end {
            let b = at(i), n = at(i + 1)
            switch b {
            case s where n == h && at(i + 2) == c && at(i + 3) == h: emit(s); emit(h); i += 4
            case s where n == c && at(i + 2) == h: emit(s); emit(h); i += 3
            case d where n == z && at(i + 2) == h: emit(j); i += 3
            case z where n == h: emit(j); i += 2
            case k where n == h: emit(h); i += 2
            case t where n == s && at(i + 2) == c && at(i + 3) == h: emit(c); emit(h); i += 4
            case t where n == c && at(i + 2) == h: emit(c); emit(h); i += 3
            case t where n == z || n == s: emit(z); i += 2
            case c where n == k: emit(k); i += 2
            case c where n == h: emit(c); emit(h); i += 2
            case p where n == h: emit(f); i += 2
            case k where n == s: emit(x); i += 2
            case g where n == h: emit(g); i += 2
            case t where n == h: emit(t); i += 2
            case o where n == u: emit(u); i += 2
            case e where n == e: emit(ii); i += 2
            case w: emit(v); i += 1
            case q: emit(k); i += 1
            case c: emit(n == e || n == ii || n == y ? s : k); i += 1
            case a, e: emit(a); i += 1
            case o, u: emit(u); i += 1
            case ii, y: emit(ii); i += 1
            default: emit(b); i += 1
            }
        }
    }
}
