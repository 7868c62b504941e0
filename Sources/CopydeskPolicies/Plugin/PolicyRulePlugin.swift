import CopydeskCore

/// The policy engine: rules written as YAML + PCRE2 in policy packs, run as one rule plugin.
///
/// Its rules keep their packs' ids (`<pack>/<rule>`). A check makes one literal-prefilter pass over
/// the document and runs only the rules whose required literals occur; a rule whose matches stay on
/// one line searches only the lines that hold one of its literals.
public struct PolicyRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "policies", summary: "Rules from YAML + PCRE2 policy packs.",
                                              options: PolicyOptions.self) { options in
        try PolicyRulePlugin(packFolders: options.packFolders)
    }

    public let id = "policies"
    public let rules: [RuleDescription]
    /// The folders the rules came from, in order.
    public let packFolders: [String]
    let compiled: [CompiledRule]
    /// Nil runs every rule on every document (for tests that compare with the prefiltered run).
    let prefilter: LiteralPrefilter?
    /// Which rules search only the lines where the prefilter saw one of their literals.
    let lineBound: [Bool]

    public init(options: JSONValue) throws {
        try self.init(packFolders: PolicyOptions(options: options).packFolders)
    }

    /// Loads and compiles the packs in `packFolders` (each compiled once per process).
    public init(packFolders: [String]) throws {
        var compiled: [CompiledRule] = []
        var problems: [PolicyDiagnostic] = []
        for folder in packFolders {
            do {
                compiled += try CompiledPackCache.shared.rules(forPackAt: folder)
            } catch let error as PolicyError {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        self.init(compiled: compiled, folders: packFolders)
    }

    /// Compiles packs already loaded (`PolicyLoader.loadPack`), bypassing the per-process cache of
    /// pack folders: for tools that load the same folder again after it changed within one
    /// timestamp tick (the fuzzers).
    public init(packs: [PolicyPack]) throws {
        var compiled: [CompiledRule] = []
        var problems: [PolicyDiagnostic] = []
        for pack in packs {
            do {
                compiled += try PolicyCompiler.compile(pack)
            } catch let error as PolicyError {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        self.init(compiled: compiled, folders: packs.map(\.folder))
    }

    init(compiled: [CompiledRule], folders: [String], usesPrefilter: Bool = true) {
        self.compiled = compiled
        self.packFolders = folders
        rules = compiled.map(\.description)
        prefilter = usesPrefilter
            ? LiteralPrefilter(literals: compiled.map(\.check.requiredLiterals), caseless: compiled.map(\.caseless),
                               wordLists: compiled.map(\.check.wordList)) : nil
        lineBound = compiled.map { usesPrefilter && $0.check.isLineBound }
    }

    /// The same rules without the literal prefilter.
    func withoutPrefilter() -> PolicyRulePlugin {
        PolicyRulePlugin(compiled: compiled, folders: packFolders, usesPrefilter: false)
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        check(document, context: context, onlyRule: nil)
    }

    /// Checks the document with every rule, or only with the rule `onlyRule`.
    public func check(_ document: Document, context: CheckContext, onlyRule: String?) -> [Finding] {
        var text = document.text
        var findings: [Finding] = []
        text.withUTF8 { bytes in
            let scan = prefilter?.scan(bytes, lineBound: lineBound)
            let open = scan?.open ?? [Bool](repeating: true, count: compiled.count)
            var rangesByScopes: [[Scope]: [Range<Int>]] = [:]
            let searchers = SearcherCache()
            for (index, rule) in compiled.enumerated() where open[index] && !context.disabledRules.contains(rule.id) {
                if let onlyRule, rule.id != onlyRule { continue }
                let ranges: [Range<Int>]
                if let cached = rangesByScopes[rule.scopes] {
                    ranges = cached
                } else {
                    ranges = PolicyRulePlugin.ranges(of: rule.scopes, in: document)
                    rangesByScopes[rule.scopes] = ranges
                }
                let input = CheckInput(document: document, bytes: bytes, ranges: ranges,
                                       candidateLines: lineBound[index] ? scan?.candidateLines[index] : nil,
                                       wordCandidates: scan?.wordCandidates[index], sawCaselessFold: scan?.sawCaselessFold ?? false,
                                       searchers: searchers)
                do {
                    if let timings = context.timings {
                        findings += try timings.measure(rule.id) { try rule.findings(input) }
                    } else {
                        findings += try rule.findings(input)
                    }
                } catch {
                    context.report(error, ruleID: rule.id)
                }
            }
        }
        return findings
    }

    static func ranges(of scopes: [Scope], in document: Document) -> [Range<Int>] {
        if scopes.count == 1 { return document.ranges(of: scopes[0]) }
        var seen: Set<Range<Int>> = []
        return scopes.flatMap { document.ranges(of: $0) }.filter { seen.insert($0).inserted }
            .sorted { $0.lowerBound < $1.lowerBound }
    }
}
