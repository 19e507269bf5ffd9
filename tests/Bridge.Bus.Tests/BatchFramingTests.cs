using System.Buffers;
using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Schema;
using MessagePack;

namespace Bridge.Bus.Tests;

/// <summary>The framing layer (split, header, merge) rejects any bytes with a <see cref="BusFormatException"/> only.</summary>
public sealed class BatchFramingTests
{
    private static byte[] Batch(uint root, uint revision, uint cause, uint node)
    {
        var batch = new OpBatch { PageRoot = root, Revision = revision };
        batch.AddCause(cause);
        batch.Create(node, WidgetType.View, [new PropEntry(PropKey.Width, PropValue.Of(node))]);
        batch.Insert(0, node);
        return OpBatchCodec.Encode(batch);
    }

    private delegate void WriteAction(ref MessagePackWriter writer);

    private static byte[] Write(WriteAction write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        write(ref writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Back_to_back_batches_split_at_their_boundaries()
    {
        var both = Batch(1, 1, 1, 1).Concat(Batch(2, 7, 2, 2)).ToArray();
        var headers = new List<(uint, uint)>();

        BatchFraming.Split(both, headers, static (list, batch) => list.Add(BatchFraming.ReadHeader(batch)));

        Assert.Equal(new[] { (1u, 1u), (2u, 7u) }, headers);
    }

    [Fact]
    public void Cut_output_is_reported_with_its_offset()
    {
        var a = Batch(1, 1, 1, 1);
        var cut = a.Concat(a[..5]).ToArray();

        var e = Assert.Throws<BusFormatException>(() => BatchFraming.Split(cut, 0, static (_, _) => { }));
        Assert.Contains($"byte {a.Length}", e.Message);
    }

    [Fact]
    public void A_header_number_out_of_range_is_a_format_error()
    {
        // A page root of 2^40 does not fit the 32-bit id (MessagePack's reader throws OverflowException on it).
        var bytes = Write((ref MessagePackWriter w) =>
        {
            w.WriteArrayHeader(5);
            w.Write(SchemaInfo.Version);
            w.Write(1L << 40);
            w.Write(1);
            w.WriteArrayHeader(0);
            w.WriteArrayHeader(0);
        });

        var e = Assert.Throws<BusFormatException>(() => BatchFraming.ReadHeader(bytes));
        Assert.Contains("page root", e.Message);
    }

    [Fact]
    public void A_header_cut_short_is_a_format_error()
    {
        var bytes = Batch(1, 1, 1, 1)[..2];

        Assert.Throws<BusFormatException>(() => BatchFraming.ReadHeader(bytes));
    }

    [Fact]
    public void A_header_of_the_wrong_shape_is_a_format_error()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            w.WriteArrayHeader(5);
            w.Write(SchemaInfo.Version);
            w.Write("one");
            w.Write(1);
            w.WriteArrayHeader(0);
            w.WriteArrayHeader(0);
        });

        Assert.Throws<BusFormatException>(() => BatchFraming.ReadHeader(bytes));
    }

    [Fact]
    public void Merge_keeps_every_cause_and_op_in_order()
    {
        var merged = OpBatchCodec.Decode(BatchFraming.Merge([Batch(1, 1, 10, 100), Batch(1, 2, 12, 101)]));

        Assert.Equal(2u, merged.Revision);
        Assert.Equal(new uint[] { 10, 12 }, merged.CausedBy.ToArray());
        Assert.Equal(4, merged.Ops.Length);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(1)]
    public void Merge_of_a_cut_batch_is_a_format_error_naming_it(int keep)
    {
        var bad = Batch(1, 2, 11, 101)[..keep];

        var e = Assert.Throws<BusFormatException>(() => BatchFraming.Merge([Batch(1, 1, 10, 100), bad]));
        Assert.Contains("batch 2 of 2", e.Message);
    }

    [Fact]
    public void Merge_of_garbage_after_a_batch_is_a_format_error()
    {
        var bad = Batch(1, 2, 11, 101).Concat(new byte[] { 0xc1 }).ToArray();

        Assert.Throws<BusFormatException>(() => BatchFraming.Merge([Batch(1, 1, 10, 100), bad]));
    }

    [Fact]
    public void Merge_of_batches_of_two_roots_is_a_format_error()
    {
        Assert.Throws<BusFormatException>(() => BatchFraming.Merge([Batch(1, 1, 10, 100), Batch(2, 2, 11, 101)]));
    }

    [Fact]
    public void Mutated_batches_never_escape_the_framing_as_another_exception()
    {
        var rng = new Random(19);
        var valid = OpBatchCodec.Encode(RandomBatches.Ops(3));
        for (var i = 0; i < 5000; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var flips = rng.Next(1, 4); flips > 0; flips--)
            {
                bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            }
            var cut = bytes[..rng.Next(bytes.Length + 1)];
            Tolerate(() => BatchFraming.ReadHeader(bytes));
            Tolerate(() => BatchFraming.Split(cut, 0, static (_, b) => BatchFraming.ReadHeader(b)));
            Tolerate(() => BatchFraming.Merge([valid, cut]));
        }
    }

    private static void Tolerate(Action action)
    {
        try
        {
            action();
        }
        catch (BusFormatException)
        {
        }
    }
}
