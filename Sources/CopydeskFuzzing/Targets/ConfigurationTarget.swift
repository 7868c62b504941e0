import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import Foundation

/// The configuration loader: the bytes are a `.copydesk.yml` (written to this process's scratch
/// folder, read by `ConfigurationLoader` as a run reads it, invalid UTF-8 included), then merged
/// for files in and below its folder (override and ignore globs matched) and turned into plugin sets.
///
/// Plugins are made only for `dates`, `attribution` and `stale-timestamps`: the sanctions
/// plugin's options name lists and cache folders to read and write, and the policies plugin's
/// pack folders come from the disk, neither of which a fuzzer should drive. Their options are still
/// checked by the loader, which knows every built-in plugin's option names. `load:` entries are
/// read, never loaded.
enum ConfigurationTarget {
    static let paths = ["story.md", "wire/2025/a b.html", "drafts/x.txt", ".hidden/y.md", "a/b/c/d/e/f.markdown"]

    static let target = FuzzTarget(name: "config", summary: "the .copydesk.yml loader, merging, globs and plugin options") { data in
        let scratch = ScratchFolder.shared
        let file = try scratch.write(data, to: "config/" + ConfigurationLoader.fileName)
        let folder = scratch.path + "/config"
        let registry = PluginRegistry.builtIn
        do {
            _ = try ConfigurationLoader.load(file: file, pluginOptions: registry.optionNames)
            _ = try ConfigurationLoader.pluginSpecs(file: file)
        } catch is ConfigurationError {
            return
        }
        let resolver = try ConfigurationResolver(registry: registry, explicitFile: file, root: folder)
        for path in paths {
            let absolute = folder + "/" + path
            _ = resolver.isIgnored(absolutePath: absolute)
            do {
                var (effective, chain) = try resolver.effectiveConfiguration(forFile: absolute)
                for id in ["sanctions", "policies"] { effective.plugins[id] = PluginSetting(enabled: false) }
                _ = try resolver.pluginSet(for: effective, chain: chain)
            } catch is ConfigurationError {
                continue
            }
        }
    }
}
