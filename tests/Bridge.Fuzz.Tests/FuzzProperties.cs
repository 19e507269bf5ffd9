using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Schema;
using FsCheck;
using FsCheck.Fluent;

namespace Bridge.Fuzz.Tests;

/// <summary>Properties over hostile input, from the bus framing to the frames after the apply: 10,500 cases in a plain
/// test run, <c>BRIDGE_FUZZ_CASES</c> each in a long one.</summary>
/// <remarks>Every case starts from the saved corpus (the demo pages' real batches) and a seed; a failure prints both,
/// and <c>BRIDGE_FUZZ_SEED</c> replays a run. One class, so its properties share one text and resource system and run
/// one after the other.</remarks>
public sealed class FuzzProperties : IDisposable
{
    private readonly string _assets = Directory.CreateTempSubdirectory("bridge-fuzz-").FullName;
    private readonly TextSystem _text = new();
    private readonly ResourceSystem _resources;
    private readonly Corpus _corpus = Corpus.Saved;
    private readonly byte[][] _batches;

    public FuzzProperties()
    {
        _resources = new ResourceSystem(_assets);
        _batches = _corpus.AllBatches.ToArray();
    }

    public void Dispose()
    {
        _resources.Dispose();
        Directory.Delete(_assets, recursive: true);
    }

    [Fact]
    public void Framing_rejects_any_bytes_with_format_errors_only()
    {
        Check(4000, c =>
        {
            var rng = new Random(c.Seed);
            var valid = _batches[c.Pick % _batches.Length];
            var bytes = Mutators.Bytes(valid, _batches[rng.Next(_batches.Length)], rng);
            FormatErrorOnly(() => BatchFraming.ReadHeader(bytes));
            FormatErrorOnly(() => BatchFraming.Split(bytes, 0, static (_, b) => BatchFraming.ReadHeader(b)));
            FormatErrorOnly(() => BatchFraming.Merge([valid, bytes]));
            FormatErrorOnly(() => BatchFraming.Merge([bytes, valid]));
            var queue = new OpBatchQueue();
            queue.Enqueue(1, 1, valid);
            queue.Enqueue(1, 2, bytes);
            var frame = new List<WireBatch>();
            queue.TakeFrame(frame);
            return frame.Count == 1 && (frame[0].Error is null) != frame[0].Bytes.IsEmpty;
        });
    }

    [Fact]
    public void Decoders_reject_any_bytes_with_format_errors_only()
    {
        Check(4000, c =>
        {
            var rng = new Random(c.Seed);
            var ops = Mutators.Bytes(_batches[c.Pick % _batches.Length], _batches[rng.Next(_batches.Length)], rng);
            FormatErrorOnly(() => OpBatchCodec.Decode(ops));
            var events = EventBatchCodec.Encode(Events(rng));
            FormatErrorOnly(() => EventBatchCodec.Decode(Mutators.Bytes(events, ops, rng)));
            return true;
        });
    }

    [Fact]
    public void Op_mutations_never_half_apply_and_the_frames_after_them_run()
    {
        Check(1500, c =>
        {
            using var world = Start(c, out var session, out var next);
            var rng = new Random(c.Seed);
            var batch = Mutators.Ops(OpBatchCodec.Decode(session[next]), world.NodeIds(), world.Revision + 1, rng);
            return ApplyAndDraw(world, [OpBatchCodec.Encode(batch)]);
        });
    }

    [Fact]
    public void Byte_mutations_of_page_batches_never_half_apply_and_the_frames_after_them_run()
    {
        Check(1000, c =>
        {
            using var world = Start(c, out var session, out var next);
            var rng = new Random(c.Seed);
            var bytes = Mutators.Bytes(session[next], _batches[rng.Next(_batches.Length)], rng);
            // Half the cases send the mutated batch after a valid one of the same frame: the merge path.
            return rng.Next(2) == 0 ? ApplyAndDraw(world, [bytes]) : ApplyAndDraw(world, [Restamp(session[next], world.Revision + 1), bytes]);
        });
    }

    /// <summary>A world with the first batches of a corpus session applied; <paramref name="next"/> is the batch to mutate.</summary>
    private FuzzWorld Start(FuzzCase c, out IReadOnlyList<byte[]> session, out int next)
    {
        session = _corpus.Sessions[c.Pick % _corpus.Sessions.Count].Batches;
        next = (c.Pick / _corpus.Sessions.Count) % session.Count;
        var world = new FuzzWorld(_text, _resources);
        for (var i = 0; i < next; i++)
        {
            foreach (var result in world.Apply(session[i]))
            {
                if (result.Status != ApplyStatus.Applied)
                {
                    throw new InvalidOperationException($"corpus batch {i} did not apply: {result.Status} {result.Message}");
                }
            }
        }
        world.RunFrames(1, 16);
        return world;
    }

    private static bool ApplyAndDraw(FuzzWorld world, byte[][] batches)
    {

        var before = world.Snapshot();
        var results = world.Apply(batches);
        if (world.CommitFailures > 0)
        {
            throw new InvalidOperationException("a batch failed after it validated: " + results[^1].Message);
        }
        if (results.Count > 0 && results[^1].Status != ApplyStatus.Applied && world.Snapshot() != before)
        {
            throw new InvalidOperationException($"a {results[^1].Status} batch changed the world ({results[^1].Message})");
        }
        world.RunFrames(3, 900);
        return true;
    }

    private static byte[] Restamp(byte[] batch, uint revision)
    {
        var decoded = OpBatchCodec.Decode(batch);
        decoded.Revision = revision;
        return OpBatchCodec.Encode(decoded);
    }

    private static EventBatch Events(Random rng)
    {
        var batch = new EventBatch();
        for (var n = rng.Next(0, 6); n > 0; n--)
        {
            var id = (uint)rng.Next();
            batch.Add(rng.Next(7) switch
            {
                0 => HostEvent.KeyPress(id, (uint)rng.Next(100), (KeyName)rng.Next(1, 7), rng.NextDouble() * 1e6),
                1 => HostEvent.Press(id, (uint)rng.Next(100)),
                2 => HostEvent.Layout((uint)rng.Next(100), rng.Next(-50, 2000), rng.Next(0, 2000), rng.Next(0, 500), rng.Next(0, 500), rng.Next(0, 2000), rng.Next(0, 2000)),
                3 => HostEvent.DataOk(id, new Dictionary<string, object?> { ["title"] = InterestingValues.Text(rng), ["n"] = (long)rng.Next() }),
                4 => HostEvent.PageMount(id, InterestingValues.Text(rng), new Dictionary<string, object?> { ["id"] = "t001" }),
                5 => HostEvent.PageUnmount(id),
                _ => HostEvent.BatchRejected(id, id, InterestingValues.Text(rng)),
            });
        }
        return batch;
    }

    private static void FormatErrorOnly(Action action)
    {
        try
        {
            action();
        }
        catch (BusFormatException)
        {
        }
    }

    private static void Check(int cases, Func<FuzzCase, bool> property) =>
        FsCheck.Check.One(FuzzSettings.Config(FuzzSettings.Cases(cases)), Prop.ForAll(FuzzSettings.Picks, property));
}
