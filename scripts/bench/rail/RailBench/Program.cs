using Bridge.Bench;
using System.Diagnostics;
using System.Globalization;
using Bridge.Engine.Frame;

namespace Bridge.Rail.Bench;

/// <summary>Per-frame cost of three 20-tile rails against three 1,000-tile rails, in interleaved rounds, with the ratio.</summary>
internal static class Program
{
    private const int Rounds = 51;

    public static int Main(string[] args)
    {
        var small = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var large = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var a = new RailPage(small);
        var b = new RailPage(large);
        Console.WriteLine($"Rail bench: {RailPage.Width}x{RailPage.Height}, {RailPage.Rails} scroll rails of {small} vs {large} tiles " +
                          $"({RailPage.TileW}x{RailPage.TileH}, gap {RailPage.Gap}); {a.World.Ecs.Count} vs {b.World.Ecs.Count} entities");
        Console.WriteLine($"{Rounds} interleaved rounds of ~2 ms per size; median (best) µs per frame; allocated bytes per frame");
        Console.WriteLine();
        Compare("focus search per key (FocusSystem, no frame)", a, b, static p => p.Navigate());
        a.Settle();
        b.Settle();
        Compare("frame: right/left key, focus move, smooth scroll", a, b, static p => p.KeyFrame());
        a.Settle();
        b.Settle();
        Compare("steady frame: no key, nothing moving", a, b, static p => p.Frame());
        return 0;
    }

    /// <summary>Runs both pages in alternating rounds (so machine noise hits both alike) and prints them with the ratio.</summary>
    private static void Compare(string name, RailPage small, RailPage large, Action<RailPage> frame)
    {
        var a = new InterleavedSampler(() => frame(small), Rounds, warmupCalls: 200, roundMs: 2);
        var b = new InterleavedSampler(() => frame(large), Rounds, warmupCalls: 200, roundMs: 2);
        small.ResetStages();
        large.ResetStages();
        InterleavedSampler.Interleave([a, b]);
        var (aMedian, aBest, aBytes) = Micro(a.Result());
        var (bMedian, bBest, bBytes) = Micro(b.Result());
        Console.WriteLine($"{name,-50} {small.Tiles,5}: {aMedian,7:F1} ({aBest,6:F1})   {large.Tiles,5}: {bMedian,7:F1} ({bBest,6:F1})   " +
                          $"ratio {bMedian / aMedian,4:F2} (best {bBest / aBest:F2})   alloc {aBytes:F0} B, {bBytes:F0} B   " +
                          $"draw commands {small.DrawCommands}, {large.DrawCommands}");
        Console.WriteLine($"{"  mean µs per stage",-50} {Stages(small)}");
        Console.WriteLine($"{"",-50} {Stages(large)}");
    }

    private static (double, double, double) Micro(SamplerResult r) => (r.MedianNs / 1000, r.BestNs / 1000, r.Bytes);

    private static string Stages(RailPage page)
    {
        var parts = new List<string>();
        for (var s = 0; s < page.StageTicks.Length; s++)
        {
            var micros = page.StageTicks[s] * 1e6 / Stopwatch.Frequency / Math.Max(1, page.StageFrames);
            if (micros >= 0.05)
            {
                parts.Add($"{(FrameStage)s} {micros:F1}");
            }
        }
        return $"{page.Tiles,5}: " + string.Join(", ", parts);
    }
}
