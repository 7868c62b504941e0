import ArgumentParser
import CopydeskEngine
import CopydeskPolicies
import Foundation
import SanctionsLists
import SanctionsPlugin

/// `copydesk doctor`: where this copydesk finds what it ships (policy packs, sanctions index) and
/// how old the lists are, so that an install can be checked at a glance.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show where Copydesk finds what it ships (packs, sanctions index) and the lists' dates.",
        discussion: "Exits with status 2 when something it ships cannot be found.")

    func run() throws {
        var problems = 0
        print("copydesk \(CopydeskVersion.current)")
        print("executable: \(ShippedPacks.executablePath)")
        if let location = ShippedPacks.location {
            let found = PackLocator.shippedPackNames()
            print("policy packs: \(location.folder) (\(location.origin)): \(found.joined(separator: ", "))")
            let missing = ShippedPacks.shippedPackNames.filter { !found.contains($0) }
            if !missing.isEmpty {
                print("  missing: \(missing.joined(separator: ", "))")
                problems += 1
            }
        } else {
            print("policy packs: not found (looked in $COPYDESK_POLICIES, share/copydesk/Policies beside the executable, the source checkout, and the copy linked in, which could not be unpacked into the cache folder)")
            problems += 1
        }
        do {
            let index = try IndexStore.embedded()
            print("sanctions index: linked in, built \(index.builtAt), \(index.entries.count) entries")
            for source in index.sources { print("  - \(source)") }
        } catch {
            print("sanctions index: cannot be read: \(error)")
            problems += 1
        }
        print("cache: \(IndexStore.defaultCacheDirectory)")
        if problems > 0 { throw ExitCode(2) }
    }
}
