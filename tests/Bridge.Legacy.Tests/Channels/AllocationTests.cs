using Bridge.Bus.Events;
using Bridge.Legacy.Channels;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Channels;

/// <summary>The bus channels' per-frame paths allocate nothing once warm.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Taking_an_empty_frame_allocates_nothing()
    {
        var queue = new OpBatchQueue();
        var frame = new List<WireBatch>(8);
        queue.TakeFrame(frame);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            queue.TakeFrame(frame);
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Taking_one_batch_per_root_allocates_nothing()
    {
        var queue = new OpBatchQueue();
        var frame = new List<WireBatch>(8);
        var bytes = new byte[] { 0x95, 0x01, 0x01, 0x01, 0x90, 0x90 };
        for (var warm = 0; warm < 2; warm++)
        {
            // Both of the queue's swapped lists reach their capacity.
            frame.Clear();
            queue.Enqueue(1, 1, bytes);
            queue.Enqueue(2, 1, bytes);
            queue.TakeFrame(frame);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            frame.Clear();
            queue.Enqueue(1, 1, bytes);
            queue.Enqueue(2, 1, bytes);
            queue.TakeFrame(frame);
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal(2, frame.Count);
    }

    [Fact]
    public void Posting_and_taking_key_events_allocates_nothing()
    {
        var inbox = new EventInbox();
        var batch = new EventBatch();
        batch.Add(HostEvent.KeyPress(1, 2, KeyName.Right, 16.7));
        inbox.Post(batch);
        inbox.Take();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var taken = 0;
        for (var i = 0; i < 100; i++)
        {
            inbox.Post(batch);
            taken += inbox.Take().Length;
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(taken > 0);
    }
}
