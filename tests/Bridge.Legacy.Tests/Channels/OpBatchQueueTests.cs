using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Channels;

public sealed class OpBatchQueueTests
{
    private static byte[] Batch(uint root, uint revision, uint cause, uint node)
    {
        var batch = new OpBatch { PageRoot = root, Revision = revision };
        batch.AddCause(cause);
        batch.Create(node, WidgetType.View, [new PropEntry(PropKey.Width, PropValue.Of(node))]);
        batch.Insert(0, node);
        return OpBatchCodec.Encode(batch);
    }

    [Fact]
    public void Batches_of_one_root_waiting_together_coalesce_into_one_in_order()
    {
        var queue = new OpBatchQueue();
        queue.Enqueue(1, 1, Batch(1, 1, 10, 100));
        queue.Enqueue(2, 1, Batch(2, 1, 11, 200));
        queue.Enqueue(1, 2, Batch(1, 2, 12, 101));
        var frame = new List<WireBatch>();

        Assert.Equal(2, queue.TakeFrame(frame));

        Assert.Equal(new uint[] { 1, 2 }, frame.Select(b => b.PageRoot));
        Assert.Equal(2, frame[0].Coalesced);
        var merged = OpBatchCodec.Decode(frame[0].Bytes);
        Assert.Equal(2u, merged.Revision);
        Assert.Equal(new uint[] { 10, 12 }, merged.CausedBy.ToArray());
        Assert.Equal(new[] { OpCode.CreateNode, OpCode.InsertChild, OpCode.CreateNode, OpCode.InsertChild },
            merged.Ops.ToArray().Select(o => o.Code));
        Assert.Equal(PropValue.Of(101), merged.PropsOf(merged.Ops[2])[0].Value);
        Assert.Equal(1, frame[1].Coalesced);
        Assert.Equal(1, queue.Coalesced);
    }

    [Fact]
    public void Taking_a_frame_empties_the_queue()
    {
        var queue = new OpBatchQueue();
        queue.Enqueue(3, 1, Batch(3, 1, 1, 1));
        var frame = new List<WireBatch>();
        queue.TakeFrame(frame);
        frame.Clear();

        Assert.Equal(0, queue.TakeFrame(frame));
        Assert.Empty(frame);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void Back_to_back_batches_split_at_their_boundaries()
    {
        var a = Batch(1, 1, 1, 1);
        var b = Batch(2, 7, 2, 2);
        var both = a.Concat(b).ToArray();
        var headers = new List<(uint, uint)>();

        WireFraming.Split(both, headers, static (list, batch) => list.Add(WireFraming.ReadHeader(batch)));

        Assert.Equal(new[] { (1u, 1u), (2u, 7u) }, headers);
    }

    [Fact]
    public void Cut_output_is_reported_with_its_offset()
    {
        var a = Batch(1, 1, 1, 1);
        var cut = a.Concat(a[..5]).ToArray();

        var e = Assert.Throws<BusFormatException>(() => WireFraming.Split(cut, 0, static (_, _) => { }));
        Assert.Contains($"byte {a.Length}", e.Message);
    }
}
