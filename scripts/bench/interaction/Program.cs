using System.Diagnostics;
using Bridge.Interaction.Animation;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Scrolling;

namespace Bridge.Interaction.Bench;

/// <summary>Navigation per key and per-frame scroll work on a 20-tile and a 1,000-tile rail, with the ratio.</summary>
internal static class Program
{
    private const int Rounds = 15;

    public static int Main(string[] args)
    {
        var small = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var large = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        Console.WriteLine($"Bridge.Interaction bench: 3 rails of {small} vs {large} tiles ({RailPage.TileW}x{RailPage.TileH}, gap {RailPage.Gap}), {Rounds} rounds, median");
        Console.WriteLine();
        Row("navigation, ns per key (ordered rails)", Navigation(small, ordered: true), Navigation(large, ordered: true));
        Row("navigation, ns per key (plain scan)", Navigation(small, ordered: false), Navigation(large, ordered: false));
        Row("frame: scroll step + visible range + visible tiles, ns", Frame(small), Frame(large));
        return 0;
    }

    private static void Row(string name, (double Ns, double Bytes) a, (double Ns, double Bytes) b) =>
        Console.WriteLine($"{name,-56} {a.Ns,10:F0} {b.Ns,10:F0}   ratio {b.Ns / a.Ns,5:F2}   alloc/op {a.Bytes:F0} B, {b.Bytes:F0} B");

    /// <summary>Focus in the middle of the middle rail; keys right, left, up, down, down, up (moves back and forth).</summary>
    private static (double, double) Navigation(int tiles, bool ordered)
    {
        var page = new RailPage(3, tiles) { ReportOrder = ordered };
        var graph = page.AsGraph();
        var controller = new FocusController(new SpatialNavigator(), Input.KeyRepeatThrottle.None());
        controller.RequestFocus(graph, page.Tile(1, tiles / 2));
        Input.RemoteKey[] keys = [Input.RemoteKey.Right, Input.RemoteKey.Left, Input.RemoteKey.Up, Input.RemoteKey.Down, Input.RemoteKey.Down, Input.RemoteKey.Up];
        var time = 0.0;
        return Measure(2000, () =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var outcome = controller.HandleKey(graph, keys[k], time++);
                if (outcome.Kind != KeyOutcomeKind.Moved)
                {
                    throw new InvalidOperationException($"key {keys[k]} did not move focus: {outcome}");
                }
            }
        }, keys.Length);
    }

    /// <summary>One frame of a scrolling rail: step the scroll animation, find the visible range, visit the visible tiles.</summary>
    private static (double, double) Frame(int tiles)
    {
        var page = new RailPage(1, tiles);
        var animator = new Animator();
        var content = tiles * (RailPage.TileW + RailPage.Gap) - RailPage.Gap;
        var scroll = animator.Start(0, ScrollMath.MaxOffset(RailPage.Viewport, content), 0, 1_000_000, Easing.Linear);
        var now = 0.0;
        var checksum = 0f;
        var result = Measure(20_000, () =>
        {
            now += 1;
            animator.Step(now);
            var offset = animator.Value(scroll);
            var range = VisibleRange.Compute(page.Starts, page.Ends, offset, offset + RailPage.Viewport, RailPage.TileW);
            for (var i = range.Start; i < range.End; i++)
            {
                checksum += page.Bounds[page.Tile(0, i)].X - offset;
            }
        }, 1);
        if (float.IsNaN(checksum))
        {
            throw new InvalidOperationException("checksum is NaN");
        }
        return result;
    }

    private static (double Ns, double Bytes) Measure(int calls, Action body, int opsPerCall)
    {
        for (var i = 0; i < calls; i++)
        {
            body();
        }
        var samples = new double[Rounds];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < Rounds; r++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                body();
            }
            samples[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / (calls * (double)opsPerCall);
        }
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(Rounds * calls * opsPerCall);
        Array.Sort(samples);
        return (samples[Rounds / 2], bytes);
    }
}
