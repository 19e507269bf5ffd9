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
    public void A_coalesced_batch_carries_the_JS_time_of_every_pump_that_wrote_its_parts()
    {
        var queue = new OpBatchQueue();
        queue.Enqueue(1, 1, Batch(1, 1, 10, 100), jsMs: 0.25);
        queue.Enqueue(2, 1, Batch(2, 1, 11, 200), jsMs: 4);
        queue.Enqueue(1, 2, Batch(1, 2, 12, 101), jsMs: 0.5);
        var frame = new List<WireBatch>();

        queue.TakeFrame(frame);

        Assert.Equal([0.75, 4.0], frame.Select(b => b.JsMs));
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
    public void A_batch_that_cannot_be_merged_comes_out_as_one_rejectable_batch_instead_of_throwing()
    {
        var queue = new OpBatchQueue();
        var good = Batch(1, 1, 10, 100);
        // The second batch of the root claims 3 ops and holds 1: its framing is cut.
        var bad = Batch(1, 2, 11, 101);
        var cut = bad.AsSpan(0, bad.Length - 3).ToArray();
        queue.Enqueue(1, 1, good);
        queue.Enqueue(1, 2, cut);
        queue.Enqueue(2, 1, Batch(2, 1, 12, 200));
        var frame = new List<WireBatch>();

        Assert.Equal(2, queue.TakeFrame(frame));

        Assert.Equal(1u, frame[0].PageRoot);
        Assert.Equal(2u, frame[0].Revision);
        Assert.NotNull(frame[0].Error);
        Assert.Contains("batch 2 of 2", frame[0].Error);
        Assert.True(frame[0].Bytes.IsEmpty);
        Assert.Null(frame[1].Error);
        Assert.Equal(2u, OpBatchCodec.Decode(frame[1].Bytes).PageRoot);
    }
}
