using System.Diagnostics;

namespace Bridge.Bench;

/// <summary>Times a body in rounds that a runner interleaves with a peer's (so machine noise hits both alike): each
/// round calls the body as many times as fit in about <c>roundMs</c>, and the result is the median and best round, per
/// operation, with the number of rounds (samples) and the bytes allocated per operation.</summary>
/// <remarks>Shared by the bench runners under scripts/bench and the <c>bench</c> verbs (linked into each project).</remarks>
internal sealed class InterleavedSampler
{
    private const double WarmupMs = 300;
    private readonly Action _body;
    private readonly int _calls;
    private readonly int _ops;
    private readonly double[] _samples;
    private long _allocated;

    /// <summary>Warms the body up (<paramref name="warmupCalls"/> calls and at least 300 ms), then sizes a round to about
    /// <paramref name="roundMs"/>.</summary>
    public InterleavedSampler(Action body, int rounds, int warmupCalls, double roundMs, int opsPerCall = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        _body = body;
        _ops = opsPerCall;
        _samples = new double[rounds];
        // By count and by time: a fresh process runs the body's first calls as quick, unoptimized code, and the runtime
        // compiles it again, optimized, in the background only after ~100 ms without new methods; rounds measured before
        // that (a few thousand fast calls take milliseconds) would time the unoptimized code.
        var warming = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmupCalls || Stopwatch.GetElapsedTime(warming).TotalMilliseconds < WarmupMs; i++)
        {
            body();
        }
        // Short rounds: a busy machine rarely preempts one, so the median stays clean.
        var start = Stopwatch.GetTimestamp();
        var calls = 0;
        while (Stopwatch.GetElapsedTime(start).TotalMilliseconds < roundMs || calls < 1)
        {
            body();
            calls++;
        }
        _calls = calls;
    }

    /// <summary>Calls of the body per round.</summary>
    public int CallsPerRound => _calls;

    /// <summary>Runs round <paramref name="r"/>.</summary>
    public void Round(int r)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < _calls; i++)
        {
            _body();
        }
        _samples[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / (_calls * (double)_ops);
        _allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
    }

    /// <summary>Runs every round of every sampler, the samplers taking turns within a round and the order reversing
    /// from one round to the next, so that neither side always runs first (warm caches) or last.</summary>
    public static void Interleave(IReadOnlyList<InterleavedSampler> samplers)
    {
        var rounds = samplers[0]._samples.Length;
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < samplers.Count; i++)
            {
                samplers[r % 2 == 0 ? i : samplers.Count - 1 - i].Round(r);
            }
        }
    }

    /// <summary>Median and best nanoseconds per operation, the rounds they come from, and bytes allocated per operation.</summary>
    public SamplerResult Result()
    {
        var sorted = (double[])_samples.Clone();
        Array.Sort(sorted);
        return new SamplerResult(sorted[sorted.Length / 2], sorted[0], _allocated / ((double)_samples.Length * _calls * _ops),
            _samples.Length, _calls * _ops);
    }
}

/// <summary>What an <see cref="InterleavedSampler"/> measured: per operation, the median and best round, from
/// <paramref name="Samples"/> rounds of <paramref name="OpsPerSample"/> operations each.</summary>
internal readonly record struct SamplerResult(double MedianNs, double BestNs, double Bytes, int Samples, int OpsPerSample);
