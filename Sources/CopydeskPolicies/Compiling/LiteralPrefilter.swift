/// One pass over a document that tells which rules can match it: an Aho–Corasick automaton over the
/// required literals of every rule, run on the ASCII-lowercased bytes of the text.
///
/// A rule whose literals do not occur cannot match and is skipped. Caseless patterns also match the
/// two non-ASCII letters whose case folds are ASCII (U+017F LONG S and U+212A KELVIN SIGN), so their
/// presence opens every caseless rule.
///
/// The same pass finds the tokens of the word lists matched directly (`WordList`): the automaton
/// also holds each token's first piece, and records where it starts (unless a word character
/// precedes a token that starts with one) for `WordList.forEachMatch` to check.
struct LiteralPrefilter: Sendable {
    /// Number of rules the filter knows of.
    let ruleCount: Int
    /// Rules without literals: they always run.
    let alwaysOpen: [Int]
    /// Rules opened by the non-ASCII case folds.
    let caselessRules: [Int]
    private let classOf: [UInt16]
    private let classCount: Int
    /// Row offsets: the next state of state s on class c is `transitions[s * classCount + c] / classCount`,
    /// kept multiplied so that the scan's chain of lookups has no multiplication in it.
    private let transitions: [Int32]
    /// The rules each state's literals open (including those of its suffix states): state s's rules
    /// are `outputRules[outputStarts[s - firstOutputState]..<outputStarts[s - firstOutputState + 1]]`.
    private let outputRules: [Int32]
    private let outputStarts: [Int32]
    /// States from this number on have outputs.
    private let firstOutputState: Int
    private let startState: Int
    /// Output `ruleCount + k` is word key k: a token's first piece.
    private let wordKeys: [WordKey]

    private struct WordKey {
        let rule: Int
        let token: Int32
        let length: Int
        let wordStart: Bool
    }

    /// `literals[i]` is rule i's literal set (nil: always run); `caseless[i]` whether rule i is caseless;
    /// `wordLists[i]` rule i's word list.
    init(literals: [Set<String>?], caseless: [Bool], wordLists: [WordList?]) {
        ruleCount = literals.count
        alwaysOpen = literals.indices.filter { literals[$0] == nil }
        caselessRules = caseless.indices.filter { caseless[$0] && (literals[$0] != nil || wordLists[$0]?.isDirect == true) }

        var patterns: [([UInt8], Int32)] = []
        for (rule, set) in literals.enumerated() {
            for literal in set ?? [] where !literal.isEmpty {
                patterns.append((Array(literal.utf8).map(LiteralPrefilter.fold), Int32(rule)))
            }
        }
        var keys: [WordKey] = []
        for (rule, list) in wordLists.enumerated() {
            guard let list, list.isDirect else { continue }
            for (token, key) in list.keys.enumerated() {
                patterns.append((key, Int32(ruleCount + keys.count)))
                keys.append(WordKey(rule: rule, token: Int32(token), length: key.count, wordStart: list.tokens[token].wordStart))
            }
        }
        wordKeys = keys
        if !caselessRules.isEmpty {
            patterns.append((Array("\u{17F}".utf8), -1))
            patterns.append((Array("\u{212A}".utf8), -1))
        }

        var classes = [UInt16](repeating: 0, count: 256)
        var nextClass: UInt16 = 1
        for (bytes, _) in patterns {
            for byte in bytes where classes[Int(byte)] == 0 {
                classes[Int(byte)] = nextClass
                nextClass += 1
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper + 32)] }
        classOf = classes
        classCount = Int(nextClass)

        // Trie.
        var goto: [[Int32]] = [[Int32](repeating: -1, count: Int(nextClass))]
        var stateOutputs: [Set<Int32>] = [[]]
        for (bytes, rule) in patterns {
            var state = 0
            for byte in bytes {
                let c = Int(classes[Int(byte)])
                if goto[state][c] < 0 {
                    goto[state][c] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: Int(nextClass)))
                    stateOutputs.append([])
                }
                state = Int(goto[state][c])
            }
            stateOutputs[state].insert(rule)
        }
        // Failure links, breadth first, turned into a full transition table.
        var failure = [Int](repeating: 0, count: goto.count)
        var table = [Int32](repeating: 0, count: goto.count * classCount)
        var queue: [Int] = []
        for c in 0..<classCount {
            let target = goto[0][c]
            if target > 0 {
                failure[Int(target)] = 0
                queue.append(Int(target))
                table[c] = target
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            stateOutputs[state].formUnion(stateOutputs[failure[state]])
            for c in 0..<classCount {
                let target = goto[state][c]
                if target > 0 {
                    failure[Int(target)] = Int(table[failure[state] * classCount + c])
                    queue.append(Int(target))
                    table[state * classCount + c] = target
                } else {
                    table[state * classCount + c] = table[failure[state] * classCount + c]
                }
            }
        }
        // Renumber the states so that those with outputs come last: the scan then tells them by one
        // comparison instead of a lookup.
        // Breadth-first, so that the shallow states a scan spends most of its time in share few cache lines.
        let breadthFirst = [0] + queue
        let order = breadthFirst.filter { stateOutputs[$0].isEmpty } + breadthFirst.filter { !stateOutputs[$0].isEmpty }
        var newNumber = [Int32](repeating: 0, count: order.count)
        for (number, state) in order.enumerated() { newNumber[state] = Int32(number) }
        var renumbered = [Int32](repeating: 0, count: table.count)
        for (number, state) in order.enumerated() {
            for c in 0..<classCount {
                renumbered[number * classCount + c] = newNumber[Int(table[state * classCount + c])] * Int32(classCount)
            }
        }
        transitions = renumbered
        startState = Int(newNumber[0])
        firstOutputState = order.firstIndex { !stateOutputs[$0].isEmpty } ?? order.count
        var rulesOfStates: [Int32] = []
        var starts: [Int32] = [0]
        for state in order[firstOutputState...] {
            rulesOfStates += stateOutputs[state].sorted()
            starts.append(Int32(rulesOfStates.count))
        }
        outputRules = rulesOfStates
        outputStarts = starts
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// What one pass over a text found.
    struct Scan {
        /// Whether each rule may match.
        var open: [Bool]
        /// For each line-bound rule, the lines holding one of its literals, ascending (UTF-8 ranges
        /// without the line feed); empty for other rules.
        var candidateLines: [[Range<Int>]]
        /// For each rule with a directly matched word list, where its tokens may match, by start and token.
        var wordCandidates: [[WordList.Candidate]]
        /// Whether the text holds U+017F or U+212A (seen only when a caseless rule has literals or a word list).
        var sawCaselessFold = false
    }

    /// Which rules may match `bytes`, and for rules marked in `lineBound` on which lines.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, lineBound: [Bool]) -> Scan {
        var open = [Bool](repeating: false, count: ruleCount)
        var candidateLines = [[Range<Int>]](repeating: [], count: ruleCount)
        var wordCandidates = [[WordList.Candidate]](repeating: [], count: ruleCount)
        var sawCaselessFold = false
        for rule in alwaysOpen { open[rule] = true }
        var remaining = ruleCount - alwaysOpen.count
        let collectsLines = lineBound.contains(true)
        let collectsWords = !wordKeys.isEmpty
        guard remaining > 0 || collectsWords else {
            return Scan(open: open, candidateLines: candidateLines, wordCandidates: wordCandidates)
        }
        // The line around the current position, found only when a line-bound rule's literal ends in it
        // (such literals hold no line feed; positions only grow, so each byte is looked at at most twice).
        var line = 0..<0
        var lineKnown = false
        func currentLine(at position: Int) -> Range<Int> {
            if lineKnown && position < line.upperBound { return line }
            var start = position
            while start > line.upperBound && bytes[start - 1] != 0x0A { start -= 1 }
            var end = position
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            line = start..<end
            lineKnown = true
            return line
        }
        func note(_ rule: Int, at position: Int) {
            if !open[rule] {
                open[rule] = true
                remaining -= 1
            }
            if lineBound[rule] {
                let here = currentLine(at: position)
                if candidateLines[rule].last != here { candidateLines[rule].append(here) }
            }
        }
        let asciiWord = CharacterClasses.asciiWord
        func noteWord(_ key: WordKey, endingAt position: Int) {
            let start = position + 1 - key.length
            if key.wordStart && start > 0 && bytes[start - 1] < 0x80 && asciiWord[Int(bytes[start - 1])] { return }
            if !open[key.rule] {
                open[key.rule] = true
                remaining -= 1
            }
            wordCandidates[key.rule].append(WordList.Candidate(start: start, token: key.token))
        }
        classOf.withUnsafeBufferPointer { classOf in
            transitions.withUnsafeBufferPointer { table in
                outputRules.withUnsafeBufferPointer { outputRules in
                    outputStarts.withUnsafeBufferPointer { outputStarts in
                        let width = classCount
                        var row = startState &* width
                        let firstOutputRow = firstOutputState &* width
                        var position = 0
                        while true {
                            position = LiteralPrefilter.nextOutput(bytes, from: position, row: &row, table: table, classOf: classOf,
                                                                   firstOutputRow: firstOutputRow)
                            guard position < bytes.count else { return }
                            defer { position += 1 }
                            let output = row / width - firstOutputState
                            for k in Int(outputStarts[output])..<Int(outputStarts[output + 1]) {
                                let rule = Int(outputRules[k])
                                if rule < 0 {
                                    sawCaselessFold = true
                                    for caselessRule in caselessRules { note(caselessRule, at: position) }
                                } else if rule >= ruleCount {
                                    noteWord(wordKeys[rule - ruleCount], endingAt: position)
                                } else {
                                    note(rule, at: position)
                                }
                            }
                            if remaining == 0 && !collectsLines && !collectsWords { return }
                        }
                    }
                }
            }
        }
        for rule in wordCandidates.indices where wordCandidates[rule].count > 1 {
            wordCandidates[rule].sort { ($0.start, $0.token) < ($1.start, $1.token) }
        }
        return Scan(open: open, candidateLines: candidateLines, wordCandidates: wordCandidates,
                    sawCaselessFold: sawCaselessFold)
    }

    /// Runs the automaton from `position` until it enters a state with outputs; returns that byte's
    /// position (or the end). Kept apart from the scan so that its few variables stay in registers.
    @inline(never)
    static func nextOutput(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, row: inout Int, table: UnsafeBufferPointer<Int32>,
                           classOf: UnsafeBufferPointer<UInt16>, firstOutputRow: Int) -> Int {
        var current = row
        var position = start
        let count = bytes.count
        while position < count {
            current = Int(table[current &+ Int(classOf[Int(bytes[position])])])
            if current >= firstOutputRow { break }
            position &+= 1
        }
        row = current
        return position
    }
}
