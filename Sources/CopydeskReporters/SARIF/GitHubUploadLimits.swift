import CZlib

/// GitHub code scanning's limits on an uploaded SARIF log, checked while the log is written, so
/// that a log GitHub would truncate or refuse is not written without a word.
public struct GitHubUploadLimits {
    /// Results GitHub keeps per run (it shows only the 5,000 most severe of them).
    public static let maxResults = 25_000
    /// The largest upload GitHub accepts, gzipped.
    public static let maxGzippedBytes = 10 * 1024 * 1024

    private let resultCount: Int
    private var rawBytes = 0
    /// Output held until it is clear whether its gzipped size must be measured (a log under the
    /// limit uncompressed is under it gzipped).
    private var held: [UInt8] = []
    private var deflater: GzipSizeMeter?

    /// A check for a log of `resultCount` results.
    public init(resultCount: Int) {
        self.resultCount = resultCount
    }

    /// Counts a chunk of the log. Compression runs only once the log is past the gzipped limit
    /// uncompressed, and never when the result count already says what to do.
    public mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
        rawBytes += chunk.count
        guard resultCount <= GitHubUploadLimits.maxResults else { return }
        if let deflater {
            deflater.consume(chunk)
        } else if rawBytes <= GitHubUploadLimits.maxGzippedBytes {
            held.append(contentsOf: chunk)
        } else {
            let meter = GzipSizeMeter()
            held.withUnsafeBufferPointer { meter.consume($0) }
            meter.consume(chunk)
            held = []
            deflater = meter
        }
    }

    /// What to tell the user once the whole log is written, if anything.
    public func warning() -> String? {
        let remedy = "upload warnings and errors only (--min-level warning), or split the files with --shard i/N and upload each part"
        if resultCount > GitHubUploadLimits.maxResults {
            return "the SARIF log has \(resultCount) results; GitHub code scanning keeps at most \(GitHubUploadLimits.maxResults) per run and shows only the 5,000 most severe: \(remedy)"
        }
        if let size = deflater?.finish(), size > GitHubUploadLimits.maxGzippedBytes {
            let megabytes = Double(size) / 1_048_576
            return "the SARIF log is \(Int(megabytes.rounded(.up))) MB gzipped; GitHub code scanning refuses uploads over 10 MB gzipped: \(remedy)"
        }
        return nil
    }
}

/// The size a byte stream takes gzipped (zlib's default level, as `gzip` uses), the compressed
/// bytes themselves discarded.
final class GzipSizeMeter {
    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private(set) var compressedBytes = 0
    private var finished = false

    init() {
        // Window bits 15 + 16: a gzip header and trailer, as an uploaded .gz has.
        _ = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                          ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    deinit { deflateEnd(&stream) }

    func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(chunk.count)
        run(flush: Z_NO_FLUSH)
    }

    /// The gzipped size of everything consumed.
    func finish() -> Int {
        if !finished {
            finished = true
            run(flush: Z_FINISH)
        }
        return compressedBytes
    }

    private func run(flush: Int32) {
        output.withUnsafeMutableBufferPointer { buffer in
            repeat {
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                let status = deflate(&stream, flush)
                compressedBytes += buffer.count - Int(stream.avail_out)
                if status == Z_STREAM_END || status == Z_STREAM_ERROR { break }
            } while stream.avail_out == 0 || (flush == Z_FINISH)
        }
    }
}
