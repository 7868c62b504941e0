import CopydeskCore
import CopydeskDocuments
import CopydeskEngine
import CopydeskPolicies
import CopydeskRuleTesting
import Foundation

/// The policy-pack loader and compiler: the bytes are one YAML file of a pack (written to this
/// process's scratch folder and read by `PolicyLoader.loadPack`, invalid UTF-8 included). A pack that
/// loads is compiled (PCRE2 patterns, word lists, literal prefilter, line-bound analysis), its rules'
/// own examples run, and it checks a fixed article and the file's own text, findings checked.
enum PolicyPackTarget {
    static let article = """
        ---
        title: "Harbour council votes: 'a new era'"
        date: 2025-12-05
        ---
        # Harbour council votes

        The council voted 7-2 on Tuesday to approve the plan, the mayor said. "It is a new era," said Ana Ruiz.
        Officials, who spoke on condition of anonymity, said the cost was $4.5m (about £3.6m) — a figure disputed.

        > In the final analysis, at the end of the day, the plan is utilize-able.

        - Contact: press@example.org, +44 20 7946 0958
        - Updated 8 sec ago | Share this article

        | Year | Cost |
        |------|------|
        | 2024 | 12%  |
        """

    static let target = FuzzTarget(name: "policy-pack", summary: "the policy-pack loader, compiler and engine on a pack the input writes") { data in
        let file = try ScratchFolder.shared.write(data, to: "pack/fuzz/rules.yml")
        let folder = (file as NSString).deletingLastPathComponent
        let plugin: PolicyRulePlugin
        do {
            plugin = try PolicyRulePlugin(packs: [PolicyLoader.loadPack(folder: folder)])
        } catch is PolicyError {
            return
        }
        _ = ExampleRunner().run(plugin: plugin) { _ in plugin }
        var documents: [Document] = []
        if let document = try FuzzInputs.document(Array(article.utf8), format: .markdown) { documents.append(document) }
        if let document = try FuzzInputs.document(Array(data), format: .plainText) { documents.append(document) }
        for document in documents {
            let findings = plugin.check(document, context: FuzzInputs.context())
            try DocumentInvariants.check(findings, in: document, plugin: "policies")
        }
    }
}
