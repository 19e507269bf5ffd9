using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Hosting;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Support;

/// <summary>Drives one page root of an engine the way the UI thread does: post events, tick, take the frame's batches.</summary>
internal sealed class PageDriver
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private static uint s_nextEventId = 1000;
    private readonly ILegacyEngine _engine;
    private readonly List<WireBatch> _frame = new();

    public PageDriver(ILegacyEngine engine, uint pageRoot)
    {
        _engine = engine;
        PageRoot = pageRoot;
    }

    public uint PageRoot { get; }

    public MirrorTree Tree { get; } = new();

    /// <summary>Every batch of this root received so far, decoded.</summary>
    public List<OpBatch> History { get; } = new();

    public double Time { get; set; }

    public List<OpBatch> Mount(string page, object? parameters = null) =>
        Send(HostEvent.PageMount(PageRoot, page, parameters ?? new Dictionary<string, object?>()));

    public List<OpBatch> Key(string testId, KeyName key) => Key(Tree.ByTestId(testId).Id, key, out _);

    public List<OpBatch> Key(uint target, KeyName key, out uint eventId)
    {
        eventId = Interlocked.Increment(ref s_nextEventId);
        return Send(HostEvent.KeyPress(eventId, target, key, Time));
    }

    public List<OpBatch> Press(string testId) =>
        Send(HostEvent.Press(Interlocked.Increment(ref s_nextEventId), Tree.ByTestId(testId).Id));

    public List<OpBatch> Send(params HostEvent[] events)
    {
        var batch = new EventBatch();
        foreach (var e in events)
        {
            batch.Add(e);
        }
        // The frame's time first: JS may handle the events as soon as they are posted, and timers they start must
        // count from this frame, not from the last one this engine saw.
        _engine.Tick(Time);
        _engine.Post(batch);
        return Frame();
    }

    /// <summary>Ticks the frame clock, waits until JS is idle and returns this root's decoded batches of the frame.</summary>
    public List<OpBatch> Frame()
    {
        _engine.Tick(Time);
        Assert.True(_engine.WaitForIdle(s_timeout), $"{_engine.Name} did not become idle");
        _frame.Clear();
        _engine.Batches.TakeFrame(_frame);
        var mine = new List<OpBatch>();
        foreach (var wire in _frame)
        {
            Assert.Equal(PageRoot, wire.PageRoot);
            var batch = OpBatchCodec.Decode(wire.Bytes);
            Tree.Apply(batch);
            History.Add(batch);
            mine.Add(batch);
        }
        return mine;
    }

    /// <summary>The ops of batches, flattened, with their batch for prop lookups.</summary>
    public static IEnumerable<(OpBatch Batch, Op Op)> OpsOf(IEnumerable<OpBatch> batches) =>
        batches.SelectMany(b => b.Ops.ToArray().Select(op => (b, op)));

    public List<LegacyCommand> Commands()
    {
        var list = new List<LegacyCommand>();
        while (_engine.TryDequeueCommand(out var command))
        {
            list.Add(command);
        }
        return list;
    }
}
