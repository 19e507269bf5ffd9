using System.Diagnostics;

namespace Bridge.Bench;

/// <summary>Times a body in rounds that a runner interleaves with a peer's (so machine noise hits both alike): each
/// round calls the body as many times as fit in about <c>roundMs</c>, and the result is the median and best round, per
/// operation, with the bytes allocated per operation.</summary>
/// <remarks>Shared by the bench runners under scripts/bench (linked into each project).</remarks>
internal sealed class InterleavedSampler
{
    private readonly Action _body;
    private readonly int _calls;
    private readonly int _ops;
    private readonly double[] _samples;
    private long _allocated;

    /// <summary>Warms the body up, then sizes a round to about <paramref name="roundMs"/>.</summary>
    public InterleavedSampler(Action body, int rounds, int warmupCalls, double roundMs, int opsPerCall = 1)
    {
        _body = body;
        _ops = opsPerCall;
        _samples = new double[rounds];
        for (var i = 0; i < warmupCalls; i++)
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

    /// <summary>Median and best nanoseconds per operation, and bytes allocated per operation.</summary>
    public (double MedianNs, double BestNs, double Bytes) Result()
    {
        var sorted = (double[])_samples.Clone();
        Array.Sort(sorted);
        return (sorted[sorted.Length / 2], sorted[0], _allocated / ((double)_samples.Length * _calls * _ops));
    }
}
