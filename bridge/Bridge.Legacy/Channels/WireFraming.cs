using System.Buffers;
using Bridge.Bus.Codec;
using MessagePack;

namespace Bridge.Legacy.Channels;

/// <summary>Reads the framing of op batches without decoding their ops: splits back-to-back batches and merges batches of one root.</summary>
internal static class WireFraming
{
    /// <summary>The page root and revision of one encoded op batch.</summary>
    public static (uint PageRoot, uint Revision) ReadHeader(ReadOnlyMemory<byte> batch)
    {
        var reader = new MessagePackReader(batch);
        try
        {
            var count = reader.ReadArrayHeader();
            if (count != 5)
            {
                throw new BusFormatException(-1, $"an op batch is an array of 5 items, got {count}");
            }
            reader.Skip();
            return (reader.ReadUInt32(), reader.ReadUInt32());
        }
        catch (MessagePackSerializationException e)
        {
            throw new BusFormatException(-1, "op batch header is not [schemaVersion, pageRoot, revision, ...]: " + e.Message, e);
        }
    }

    /// <summary>Splits back-to-back MessagePack batches; calls <paramref name="onBatch"/> with each batch's bytes.</summary>
    public static void Split<TState>(ReadOnlyMemory<byte> bytes, TState state, Action<TState, ReadOnlyMemory<byte>> onBatch)
    {
        var reader = new MessagePackReader(bytes);
        var start = 0;
        while (!reader.End)
        {
            try
            {
                reader.Skip();
            }
            catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException)
            {
                throw new BusFormatException(-1, $"output of the JS runtime is cut at byte {start} of {bytes.Length}: {e.Message}", e);
            }
            var end = (int)reader.Consumed;
            onBatch(state, bytes[start..end]);
            start = end;
        }
    }

    /// <summary>
    /// Merges batches of one page root, in order, into one batch: the last revision, every cause, every op.
    /// </summary>
    public static byte[] Merge(IReadOnlyList<ReadOnlyMemory<byte>> batches)
    {
        var causes = new ArrayBufferWriter<byte>();
        var ops = new ArrayBufferWriter<byte>();
        var causeCount = 0;
        var opCount = 0;
        uint schema = 0, pageRoot = 0, revision = 0;
        foreach (var batch in batches)
        {
            var reader = new MessagePackReader(batch);
            reader.ReadArrayHeader();
            schema = reader.ReadUInt32();
            pageRoot = reader.ReadUInt32();
            revision = reader.ReadUInt32();
            var n = reader.ReadArrayHeader();
            causeCount += n;
            CopyItems(ref reader, n, causes);
            n = reader.ReadArrayHeader();
            opCount += n;
            CopyItems(ref reader, n, ops);
        }
        var output = new ArrayBufferWriter<byte>(causes.WrittenCount + ops.WrittenCount + 32);
        var writer = new MessagePackWriter(output);
        writer.WriteArrayHeader(5);
        writer.Write(schema);
        writer.Write(pageRoot);
        writer.Write(revision);
        writer.WriteArrayHeader(causeCount);
        writer.WriteRaw(causes.WrittenSpan);
        writer.WriteArrayHeader(opCount);
        writer.WriteRaw(ops.WrittenSpan);
        writer.Flush();
        return output.WrittenSpan.ToArray();
    }

    private static void CopyItems(ref MessagePackReader reader, int count, ArrayBufferWriter<byte> into)
    {
        for (var i = 0; i < count; i++)
        {
            var raw = reader.ReadRaw();
            foreach (var segment in raw)
            {
                into.Write(segment.Span);
            }
        }
    }
}
