using System.Diagnostics;

namespace Bridge.Legacy.Benchmarks;

/// <summary>Times a body over repeated rounds after a warm-up and reports per-call figures.</summary>
internal static class Measure
{
    /// <summary>Per-call time (median and best round) and allocation of a body.</summary>
    public readonly record struct Result(double MedianNs, double BestNs, double AllocatedBytes);

    public static Result Run(Action body, int rounds, int callsPerRound)
    {
        for (var i = 0; i < callsPerRound; i++)
        {
            body();
        }
        var perCall = new double[rounds];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < rounds; r++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < callsPerRound; i++)
            {
                body();
            }
            perCall[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / callsPerRound;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)(rounds * callsPerRound);
        Array.Sort(perCall);
        return new Result(perCall[rounds / 2], perCall[0], allocated);
    }
}
