import CopydeskCore

extension ReadResult {
    /// One headline per document: when the title block from metadata (front matter `title`, HTML
    /// `<title>`) is followed by an opening heading with the same words, the heading alone stays in
    /// the prose, as the title. Otherwise rules would see the headline twice in a row, as if it had
    /// been pasted twice.
    func droppingTitleRepeatedByHeading() -> ReadResult {
        guard blocks.count >= 2, blocks[0].scope == .title, blocks[1].scope == .heading,
              ReadResult.words(text, blocks[0].range) == ReadResult.words(text, blocks[1].range) else { return self }
        let cut = blocks[1].range.lowerBound
        let utf8 = Array(text.utf8)
        var map = OffsetMap()
        for segment in self.map.segments where segment.proseStart + segment.proseLength > cut {
            let start = max(segment.proseStart, cut)
            let skipped = start - segment.proseStart
            if segment.isVerbatim {
                map.append(proseStart: start - cut, proseLength: segment.proseLength - skipped,
                           sourceStart: segment.sourceStart + skipped, sourceLength: segment.sourceLength - skipped)
            } else {
                map.append(proseStart: start - cut, proseLength: segment.proseLength - skipped,
                           sourceStart: segment.sourceStart, sourceLength: segment.sourceLength, isVerbatim: false)
            }
        }
        var shifted = blocks.dropFirst().map { block -> Block in
            var block = block
            block.range = (block.range.lowerBound - cut)..<(block.range.upperBound - cut)
            return block
        }
        shifted[0].scope = .title
        var metadata = self.metadata
        metadata.machineTimes = metadata.machineTimes.compactMap { time in
            guard time.range.lowerBound >= cut else { return nil }
            return MachineTime(range: (time.range.lowerBound - cut)..<(time.range.upperBound - cut), date: time.date)
        }
        return ReadResult(text: String(decoding: utf8[cut...], as: UTF8.self), blocks: shifted, map: map, metadata: metadata,
                          comments: comments)
    }

    /// The words of a prose range, white space folded, for comparing headlines.
    static func words(_ text: String, _ range: Range<Int>) -> [Substring] {
        let utf8 = Array(text.utf8)
        let piece = String(decoding: utf8[range], as: UTF8.self)
        return piece.split(whereSeparator: { $0.isWhitespace }).map { Substring($0) }
    }
}
