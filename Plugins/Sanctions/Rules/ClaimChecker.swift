import CopydeskCore

/// Reads what a sentence claims about who sanctioned whom: the jurisdictions it names next to a
/// sanctions word ("sanctioned by the United States and the United Kingdom", "Brussels froze …").
struct ClaimChecker: Sendable {
    let jurisdictionPatterns: [(Jurisdiction, Pattern)]
    let sanctionCue: Pattern

    init() throws {
        jurisdictionPatterns = [
            (.unitedStates, try Pattern(#"\b(?:United\s+States|U\.S\.(?!\w)|US(?=\s|$|[,;:'’)])|America(?:n|'s|’s)?|Washington|(?:US\s+)?Treasury|OFAC)\b"#)),
            (.unitedKingdom, try Pattern(#"\b(?:United\s+Kingdom|U\.K\.(?!\w)|UK(?=\s|$|[,;:'’)])|Britain(?:'s|’s)?|British|London|Foreign\s+Office|OFSI|Whitehall)\b"#)),
            (.europeanUnion, try Pattern(#"\b(?:European\s+Union|EU(?=\s|$|[,;:'’)])|Brussels)\b"#)),
            (.unitedNations, try Pattern(#"\b(?:United\s+Nations|UN(?=\s|$|[,;:'’)])|Security\s+Council)\b"#)),
        ]
        sanctionCue = try Pattern(#"\b(?:sanction\w*|designat\w*|blacklist\w*|asset\s+freeze|froze|frozen|freez\w*|listed)\b"#, options: [.caseless])
    }

    /// The jurisdictions a sentence names as sanctioning, or empty when it makes no such claim.
    func claimedJurisdictions(in text: String, sentence: Range<Int>, context: CheckContext, ruleID: String) -> Set<Jurisdiction> {
        do {
            guard try sanctionCue.firstMatch(in: text, range: sentence) != nil else { return [] }
            var claimed: Set<Jurisdiction> = []
            for (jurisdiction, pattern) in jurisdictionPatterns where try pattern.firstMatch(in: text, range: sentence) != nil {
                claimed.insert(jurisdiction)
            }
            return claimed
        } catch {
            context.report(error, ruleID: ruleID)
            return []
        }
    }
}
