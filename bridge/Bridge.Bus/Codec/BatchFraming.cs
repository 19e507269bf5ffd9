using System.Buffers;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>Reads the framing of op batches without decoding their ops: splits back-to-back batches, reads a batch's
/// header and merges batches of one page root.</summary>
/// <remarks>Every member throws only <see cref="BusFormatException"/> for bytes that are not well framed, whatever the
/// bytes are: a caller that rejects the batch on that exception loses nothing else.</remarks>
public static class BatchFraming
{
    private const int FramingIndex = -1;

    /// <summary>The page root and revision of one encoded op batch.</summary>
    /// <exception cref="BusFormatException">The bytes do not start with <c>[schemaVersion, pageRoot, revision, ...]</c>.</exception>
    public static (uint PageRoot, uint Revision) ReadHeader(ReadOnlyMemory<byte> batch)
    {
        try
        {
            var reader = new BusReader(batch.Span);
            WireReader.ReadFraming(ref reader, 5);
            var pageRoot = WireReader.ReadUInt(ref reader, FramingIndex, "page root");
            var revision = WireReader.ReadUInt(ref reader, FramingIndex, "revision");
            return (pageRoot, revision);
        }
        catch (Exception e) when (WireReader.IsDecodeFailure(e))
        {
            throw WireReader.Wrap(e, FramingIndex);
        }
    }

    /// <summary>Splits back-to-back MessagePack batches; calls <paramref name="onBatch"/> with each batch's bytes.</summary>
    /// <exception cref="BusFormatException">The bytes end inside an item: no batch after the cut is reported.</exception>
    public static void Split<TState>(ReadOnlyMemory<byte> bytes, TState state, Action<TState, ReadOnlyMemory<byte>> onBatch)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        var start = 0;
        while (start < bytes.Length)
        {
            int end;
            try
            {
                var reader = new BusReader(bytes.Span[start..]);
                end = start + reader.ReadRaw().Length;
            }
            catch (Exception e) when (WireReader.IsDecodeFailure(e))
            {
                throw new BusFormatException(FramingIndex, $"the batches are cut at byte {start} of {bytes.Length}: {e.Message}", e);
            }
            onBatch(state, bytes[start..end]);
            start = end;
        }
    }

    /// <summary>
    /// Merges batches of one page root, in order, into one batch: the last revision, every cause, every op.
    /// </summary>
    /// <remarks>Causes and ops are copied as they are, so a merged batch decodes (or is rejected) as its parts would.</remarks>
    /// <exception cref="BusFormatException">A batch is not well framed, or the batches name different page roots.</exception>
    public static byte[] Merge(IReadOnlyList<ReadOnlyMemory<byte>> batches, BusLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(batches);
        limits ??= BusLimits.Default;
        var causes = new ArrayBufferWriter<byte>();
        var ops = new ArrayBufferWriter<byte>();
        var causeCount = 0;
        var opCount = 0;
        uint pageRoot = 0, revision = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            try
            {
                WireReader.CheckSize(batches[i], limits);
                var reader = new BusReader(batches[i].Span);
                WireReader.ReadFraming(ref reader, 5);
                var root = WireReader.ReadUInt(ref reader, FramingIndex, "page root");
                if (i > 0 && root != pageRoot)
                {
                    throw new BusFormatException(FramingIndex, $"cannot merge batches of page roots {pageRoot} and {root}");
                }
                pageRoot = root;
                revision = WireReader.ReadUInt(ref reader, FramingIndex, "revision");
                var n = WireReader.ReadArray(ref reader, FramingIndex, "causedBy", 0, limits.MaxCauses);
                causeCount += n;
                CopyItems(ref reader, n, causes);
                n = WireReader.ReadArray(ref reader, FramingIndex, "the op list", 0, limits.MaxItems);
                opCount += n;
                CopyItems(ref reader, n, ops);
                WireReader.CheckEnd(ref reader);
            }
            catch (Exception e) when (WireReader.IsDecodeFailure(e))
            {
                var inner = WireReader.Wrap(e, FramingIndex);
                throw new BusFormatException(FramingIndex, $"batch {i + 1} of {batches.Count} merged for one frame: {inner.Message}", inner);
            }
        }
        if (causeCount > limits.MaxCauses || opCount > limits.MaxItems)
        {
            throw new BusFormatException(FramingIndex,
                $"{batches.Count} batches of page root {pageRoot} hold {opCount} ops and {causeCount} causes together, over the limits of {limits.MaxItems} and {limits.MaxCauses}");
        }
        var output = new ArrayBufferWriter<byte>(causes.WrittenCount + ops.WrittenCount + 32);
        var writer = new MessagePackWriter(output);
        writer.WriteArrayHeader(5);
        writer.Write(Schema.SchemaInfo.Version);
        writer.Write(pageRoot);
        writer.Write(revision);
        writer.WriteArrayHeader(causeCount);
        writer.WriteRaw(causes.WrittenSpan);
        writer.WriteArrayHeader(opCount);
        writer.WriteRaw(ops.WrittenSpan);
        writer.Flush();
        return output.WrittenSpan.ToArray();
    }

    private static void CopyItems(ref BusReader reader, int count, ArrayBufferWriter<byte> into)
    {
        for (var i = 0; i < count; i++)
        {
            into.Write(reader.ReadRaw());
        }
    }
}
