#if canImport(Glibc)
import Glibc
#endif

/// Gives the free pages of the allocator's heaps back to the system now and then during a run.
///
/// glibc keeps an arena per worker thread, and the pages a file's work frees stay in the arena
/// that freed them; over a long run the arenas' free, touched pages add up, so that peak memory
/// grew with the number of files. Trimming every few hundred files keeps it flat at little cost.
enum MemoryTrim {
    /// Files linted between two trims, counted over all workers.
    static let filesBetweenTrims = 256

    /// glibc's `malloc_trim`, which its Swift module does not export; nil with another C library.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    static func releaseFreePages() {
        _ = trim?(0)
    }
}
