using System.Buffers;
using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Schema;
using MessagePack;

namespace Bridge.Bus.Tests;

/// <summary>The bus's own reader and writer against MessagePack-CSharp's: the same bytes out, the same values back.</summary>
public sealed class WireCodecTests
{
    private static readonly long[] Integers =
    [
        0, 1, 127, 128, 255, 256, 65535, 65536, uint.MaxValue, (long)uint.MaxValue + 1, long.MaxValue,
        -1, -32, -33, -128, -129, -32768, -32769, int.MinValue, (long)int.MinValue - 1, long.MinValue,
    ];

    private static readonly string?[] Strings =
    [
        null, "", "a", new string('x', 31), new string('x', 32), new string('y', 255), new string('y', 256),
        new string('z', 65535), new string('z', 65536), "é", "tile-12 ✓", new string('é', 20), "#1a2b3c",
    ];

    private static readonly double[] Numbers = [0, -0.0, 0.5, -1.25, 240, 1e300, double.NaN, double.PositiveInfinity, 4294967296.5];

    private static readonly int[] Counts = [0, 1, 15, 16, 65535, 65536];

    [Fact]
    public void The_bus_writer_writes_the_bytes_messagepack_csharp_writes()
    {
        var ours = new ArrayBufferWriter<byte>();
        var bus = new BusWriter(ours);
        var theirs = new ArrayBufferWriter<byte>();
        var reference = new MessagePackWriter(theirs);
        foreach (var n in Integers)
        {
            bus.Write(n);
            reference.Write(n);
        }
        foreach (var s in Strings)
        {
            bus.Write(s);
            reference.Write(s);
        }
        foreach (var d in Numbers)
        {
            bus.Write(d);
            reference.Write(d);
        }
        foreach (var c in Counts)
        {
            bus.WriteArrayHeader(c);
            reference.WriteArrayHeader(c);
        }
        bus.Write(true);
        reference.Write(true);
        bus.WriteNil();
        reference.WriteNil();
        bus.Flush();
        reference.Flush();

        Assert.Equal(theirs.WrittenSpan.ToArray(), ours.WrittenSpan.ToArray());
    }

    [Fact]
    public void The_bus_reader_reads_back_every_form_messagepack_csharp_writes()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        foreach (var n in Integers)
        {
            writer.Write(n);
        }
        writer.Write(ulong.MaxValue);
        foreach (var s in Strings)
        {
            writer.Write(s);
        }
        foreach (var d in Numbers)
        {
            writer.Write(d);
        }
        writer.Write(1.5f);
        writer.WriteArrayHeader(2);
        writer.WriteMapHeader(1);
        writer.Write(new byte[] { 1, 2, 3 });
        writer.Flush();

        var reader = new BusReader(buffer.WrittenSpan);
        foreach (var n in Integers)
        {
            Assert.Equal(n, reader.ReadInt64());
        }
        Assert.Equal(ulong.MaxValue, reader.ReadUInt64());
        foreach (var s in Strings)
        {
            Assert.Equal(s, reader.TryReadNil() ? null : reader.ReadString());
        }
        foreach (var d in Numbers)
        {
            Assert.Equal(d, reader.ReadNumber());
        }
        Assert.Equal(1.5, reader.ReadNumber());
        Assert.Equal(2, reader.ReadArrayHeader());
        Assert.Equal(1, reader.ReadMapHeader());
        Assert.Equal(new byte[] { 1, 2, 3 }, reader.ReadBinary().ToArray());
        Assert.True(reader.End);
    }

    [Fact]
    public void A_header_longer_than_the_bytes_left_is_a_truncation()
    {
        // An array32 header claiming 2^31 elements, followed by nothing: no decoder may size a buffer from it.
        byte[] bytes = [MessagePackCode.Array32, 0x80, 0, 0, 0];
        var e = Assert.Throws<EndOfStreamException>(() => new BusReader(bytes).ReadArrayHeader());
        Assert.False(string.IsNullOrEmpty(e.Message));
    }

    [Fact]
    public void Skipping_an_item_nested_far_past_the_stack_depth_works()
    {
        var bytes = new byte[200_001];
        Array.Fill(bytes, (byte)0x91);
        bytes[^1] = MessagePackCode.Nil;

        var reader = new BusReader(bytes);

        Assert.Equal(bytes.Length, reader.ReadRaw().Length);
        Assert.True(reader.End);
    }

    [Fact]
    public void Encoding_and_decoding_a_batch_of_known_strings_allocates_nothing()
    {
        var batch = new OpBatch { PageRoot = 1, Revision = 42 };
        batch.AddCause(7);
        for (uint i = 1; i <= 50; i++)
        {
            batch.Create(i, WidgetType.View,
                [new(PropKey.Width, PropValue.Of(240)), new(PropKey.Opacity, PropValue.Of(0.5)), new(PropKey.TestId, PropValue.Of($"tile-{i}"))]);
            batch.Insert(0, i);
        }
        batch.UpdateProps(3, [new(PropKey.BackgroundColor, PropValue.Of("#1a2b3c")), new(PropKey.Width, PropValue.Null)]);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var decoded = new OpBatch();
        OpBatchCodec.Encode(batch, buffer);
        OpBatchCodec.Decode(buffer.WrittenMemory, decoded);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            buffer.ResetWrittenCount();
            OpBatchCodec.Encode(batch, buffer);
            OpBatchCodec.Decode(buffer.WrittenMemory, decoded);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(BatchText.Describe(batch), BatchText.Describe(decoded));
    }
}
