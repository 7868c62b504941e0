import CopydeskCore

/// A small plugin for engine tests: flags "teh" (with a fix), tags every "Kyiv" with a note that
/// carries properties and points back at the first mention.
struct ProbePlugin: RulePlugin {
    static let factory = PluginFactory(id: "probe", summary: "Test plugin.",
                                       options: [PluginOption("word", "Word to flag."), PluginOption("place", "Place to tag.")]) { options in
        try ProbePlugin(word: options["word"]?.stringValue ?? "teh", place: options["place"]?.stringValue ?? "Kyiv")
    }

    let id = "probe"
    let typo: Pattern
    let place: Pattern
    let catastrophic = try! Pattern("(x+x+)+$", limits: MatchLimits(match: 5_000, depth: 500, heapKibibytes: 256, jitStackBytes: 32 * 1024))

    init(word: String, place: String = "Kyiv") throws {
        typo = try Pattern(#"\b"# + word + #"\b"#)
        self.place = try Pattern(#"\b"# + place + #"\b"#)
    }

    var rules: [RuleDescription] {
        [
            RuleDescription(id: "probe/typo", shortDescription: "A typo.", fullDescription: "Finds a typo.",
                            help: "Write `the`.", defaultLevel: .warning,
                            examples: [.triggers("«teh» end"), .passes("the end")]),
            RuleDescription(id: "probe/place", shortDescription: "A place.", fullDescription: "Tags a place.",
                            help: "Nothing to do.", defaultLevel: .note,
                            examples: [.triggers("in «Kyiv»"), .passes("in Kiev")]),
            RuleDescription(id: "probe/limit", shortDescription: "A catastrophic pattern.", fullDescription: "Hits limits.",
                            help: "None.", defaultLevel: .error, enabledByDefault: false,
                            examples: [.triggers("«xxx»"), .passes("abc")]),
        ]
    }

    func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        do {
            for match in try typo.matches(in: document.text) {
                findings.append(Finding(ruleID: "probe/typo", message: "`\(document.text(of: match.range))` is a typo",
                                        range: match.range, fixes: [.replace(match.range, with: "the", description: "Write `the`")]))
            }
            var first: Range<Int>?
            for match in try place.matches(in: document.text) {
                findings.append(Finding(ruleID: "probe/place", message: "a place", range: match.range,
                                        related: first.map { [RelatedRange(range: $0, message: "first mention")] } ?? [],
                                        properties: ["place": ["name": "Kyiv", "count": 1]]))
                first = first ?? match.range
            }
        } catch {
            context.report(error, ruleID: "probe/typo")
        }
        do {
            for match in try catastrophic.matches(in: document.text) {
                findings.append(Finding(ruleID: "probe/limit", message: "matched", range: match.range))
            }
        } catch {
            context.report(error, ruleID: "probe/limit")
        }
        return findings
    }
}
