import CopydeskCore

/// A relative stamp found in page furniture.
struct RelativeStamp {
    /// The stamp from its label to its last word (a byline tail and final period excluded).
    var range: Range<Int>
    /// The label as written, with what separates it from the count ("Updated: "), or "".
    var label: String
    /// The absolute time the stamp stands for, when it can be known.
    var absolute: DocumentDate?
    /// Where the absolute time came from: "machine-readable time" or "reference date".
    var basis: String?
    var removalRange: Range<Int>
}

/// A "Live"/"Breaking" label.
struct LiveLabel {
    var range: Range<Int>
    var removalRange: Range<Int>
}

/// An "Updated …"/"Last modified …" label with an absolute date.
struct UpdatedLabel {
    var range: Range<Int>
    var date: WrittenDate
}

/// Everything the furniture of a document holds: relative stamps, live labels, Updated labels.
struct FurnitureScan {
    var stamps: [RelativeStamp] = []
    var liveLabels: [LiveLabel] = []
    var updatedLabels: [UpdatedLabel] = []

    /// Ranges other rules leave alone because a furniture rule already reports them.
    var reportedRanges: [Range<Int>] { stamps.map(\.range) + liveLabels.map(\.range) + updatedLabels.map(\.range) }
}

/// Reads the furniture of a document: each line part is tried as a relative stamp, a live label and
/// an Updated label.
struct FurnitureScanner {
    let patterns: TimestampPatterns
    /// Lines at most this long may end in an unlabelled stamp after a byline ("Jane Doe · 2h ago").
    static let shortLineBytes = 120

    /// The largest count a compact stamp shows in a unit before sites switch to the next unit or a
    /// date; "100m" and "747s" are distances and aircraft, not stamps.
    static func compactLimit(_ unit: TimeVocabulary.Unit) -> Int {
        switch unit {
        case .second, .minute: return 60
        case .hour: return 24
        case .day: return 7
        case .week: return 5
        case .month: return 12
        case .year: return 100
        }
    }

    /// Parts longer than this are not a relative stamp, even with a label and a byline.
    static let longestStampBytes = 120
    /// Parts longer than this are not a standalone live label.
    static let longestLiveLabelBytes = 24
    /// Lower-cased first letters of the Updated label words (updated, modified, edited, revised,
    /// amended, page, last), to skip the label pattern on other parts.
    static let updatedLabelInitials: Set<UInt8> = Set("umerapl".utf8)

    func scan(_ document: Document) throws -> FurnitureScan {
        let bytes = Array(document.text.utf8)
        return try bytes.withUnsafeBufferPointer { try scan(document, bytes: bytes, buffer: $0) }
    }

    /// The scan, with the patterns' match state made once for the document's many parts.
    private func scan(_ document: Document, bytes: [UInt8], buffer: UnsafeBufferPointer<UInt8>) throws -> FurnitureScan {
        var scan = FurnitureScan()
        let text = document.text
        let dateParser = LabelDateParser(patterns: patterns)
        let stamps = Pattern.Searcher(patterns.relativeStamp)
        let liveLabels = Pattern.Searcher(patterns.liveLabel)
        let liveLabelPrefixes = Pattern.Searcher(patterns.liveLabelPrefix)
        let updatedLabels = Pattern.Searcher(patterns.updatedLabel)
        for part in try FurnitureParts.parts(of: document, bytes: bytes, separator: patterns.separator) {
            let first = bytes[part.range.lowerBound] | 0x20
            if part.range.count <= FurnitureScanner.longestStampBytes,
               let match = try stamps.firstMatch(inUTF8: buffer, range: part.range),
               let stamp = relativeStamp(match, part: part, document: document) {
                scan.stamps.append(stamp)
                continue
            }
            let mayBeLiveLabel = first == 0x6C || first == 0x62 || first == 0x6A  // l, b, j
            if mayBeLiveLabel, part.range.count <= FurnitureScanner.longestLiveLabelBytes,
               let match = try liveLabels.firstMatch(inUTF8: buffer, range: part.range), let live = match["live"] {
                scan.liveLabels.append(LiveLabel(range: live, removalRange: part.removalRange))
                continue
            }
            if mayBeLiveLabel, part.isFirst, let match = try liveLabelPrefixes.firstMatch(inUTF8: buffer, range: part.range),
               let live = match["live"] {
                scan.liveLabels.append(LiveLabel(range: live, removalRange: live.lowerBound..<match.range.upperBound))
            }
            if FurnitureScanner.updatedLabelInitials.contains(first),
               let match = try updatedLabels.firstMatch(inUTF8: buffer, range: part.range),
               let written = try dateParser.date(in: text, at: match.range.upperBound, end: part.range.upperBound),
               try patterns.labelTail.firstMatch(in: text, range: written.range.upperBound..<part.range.upperBound) != nil {
                scan.updatedLabels.append(UpdatedLabel(range: match.range.lowerBound..<written.range.upperBound, date: written))
            }
        }
        return scan
    }

    /// The stamp a match describes, if its place in the line makes it furniture.
    private func relativeStamp(_ match: Match, part: FurniturePart, document: Document) -> RelativeStamp? {
        let text = document.text
        let labelled = match["label"] != nil
        if let amount = match["compactAmount"], let unit = match["compactUnit"] {
            guard part.scope != .tableCell, match["period"] == nil,
                  let value = Int(text.utf8Slice(amount)), let unit = TimeVocabulary.Unit(written: text.utf8Slice(unit)),
                  value < FurnitureScanner.compactLimit(unit) else { return nil }
        }
        if part.neighbours.contains(where: { isFigure(text.utf8Slice($0)) }) { return nil }
        if match["dayWord"] != nil && !labelled && match["hour"] == nil { return nil }
        guard labelled || part.isWholeLine || part.isFirst || endsShortByline(part, in: text) else { return nil }

        guard let core = match["core"] else { return nil }
        let range = match.range.lowerBound..<core.upperBound
        let label = match["label"].map { text.utf8Slice($0) } ?? ""
        let (absolute, basis) = absoluteTime(of: match, stampRange: range, part: part, document: document)
        return RelativeStamp(range: range, label: label, absolute: absolute, basis: basis,
                             removalRange: part.removalRange)
    }

    /// Whether a line part is a figure ("1628.9", "$4.2 bn"): a stamp beside one labels a table row.
    private func isFigure(_ part: String) -> Bool {
        part.contains(where: \.isNumber) && part.filter(\.isLetter).count <= 4
    }

    /// The basis of a stamp whose time cannot be computed because the reference has no time of day.
    static let dateOnlyBasis = "date only"

    /// Words a byline before a stamp may have ("Sam R.", "By Ana Ruiz | Politics").
    static let bylineWords = 8

    /// Whether the part ends a short line whose earlier parts read like a byline, not a sentence:
    /// a few words, none but an initial ("R.") ending in sentence punctuation before the last.
    private func endsShortByline(_ part: FurniturePart, in text: String) -> Bool {
        guard part.isLast, part.line.count <= FurnitureScanner.shortLineBytes else { return false }
        let before = text.utf8Slice(part.line.lowerBound..<part.range.lowerBound)
        let words = before.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }
        let endsSentenceMidway = words.dropLast().contains { $0.count > 2 && ".!?".contains($0.last!) }
        return words.count <= FurnitureScanner.bylineWords && !endsSentenceMidway
    }

    /// The absolute time a stamp stands for: a machine-readable time beside it, else the count
    /// taken back from the reference date.
    private func absoluteTime(of match: Match, stampRange: Range<Int>, part: FurniturePart,
                              document: Document) -> (DocumentDate?, String?) {
        let times = document.metadata.machineTimes
        if let beside = times.first(where: { $0.range.overlaps(stampRange) })
            ?? times.first(where: { $0.range.overlaps(part.line) || $0.range.upperBound == part.line.lowerBound }) {
            return (beside.date, "machine-readable time")
        }
        // The stamp counts back from when the page was last read: its declared modification time
        // (`lastmod`, `article:modified_time`) when there is one, else its publication time.
        let metadata = document.metadata
        let anchors = [metadata.modifiedDate.map { ($0, "modification date") }, metadata.publicationDate.map { ($0, "reference date") }]
            .compactMap { $0 }
        guard let (reference, basis) = anchors.first(where: { $0.0.hasTime }) ?? anchors.first else { return (nil, nil) }
        let text = document.text
        var absolute: DocumentDate?
        if let amount = match["amount"], let unit = match["unit"] {
            if let value = TimeVocabulary.amountValue(text.utf8Slice(amount)),
               let unit = TimeVocabulary.Unit(written: text.utf8Slice(unit)) {
                absolute = DateArithmetic.time(value, unit, before: reference)
            }
        } else if let amount = match["compactAmount"], let unit = match["compactUnit"] {
            if let value = Double(text.utf8Slice(amount)), let unit = TimeVocabulary.Unit(written: text.utf8Slice(unit)) {
                absolute = DateArithmetic.time(value, unit, before: reference)
            }
        } else if let vague = match["vague"] {
            let words = text.utf8Slice(vague).lowercased()
            if reference.hasTime && (words.hasPrefix("just") || words.contains("moment") || words.hasPrefix("seconds")) {
                absolute = reference
            }
        } else if let dayWord = match["dayWord"] {
            var day = text.utf8Slice(dayWord).lowercased() == "yesterday" ? reference.adding(days: -1) : reference
            if let clock = Clock(match, in: text) {
                clock.apply(to: &day)
                if !clock.hasZone { day.utcOffsetSeconds = reference.utcOffsetSeconds }
            } else {
                day = DocumentDate(year: day.year, month: day.month, day: day.day)
            }
            absolute = day
        }
        if absolute == nil && !reference.hasTime { return (nil, FurnitureScanner.dateOnlyBasis) }
        return absolute.map { ($0, basis) } ?? (nil, nil)
    }
}
