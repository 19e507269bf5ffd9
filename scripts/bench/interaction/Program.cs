using Bridge.Bench;
using System.Diagnostics;
using Bridge.Interaction.Animation;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Scrolling;

namespace Bridge.Interaction.Bench;

/// <summary>Navigation per key and per-frame scroll work on a 20-tile and a 1,000-tile rail, with the ratio.</summary>
internal static class Program
{
    private const int Rounds = 51;

    public static int Main(string[] args)
    {
        var small = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var large = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        Console.WriteLine($"Bridge.Interaction bench: 3 rails of {small} vs {large} tiles ({RailPage.TileW}x{RailPage.TileH}, gap {RailPage.Gap}),");
        Console.WriteLine($"{Rounds} interleaved rounds of ~1 ms per size; median (best) ns per op; allocated bytes per op");
        Console.WriteLine();
        Compare("navigation per key, ordered rails", 2000, 6, Navigation(small, ordered: true), Navigation(large, ordered: true));
        Compare("navigation per key, plain scan", 20, 6, Navigation(small, ordered: false), Navigation(large, ordered: false));
        Compare("frame: scroll step + visible range + visible tiles", 20_000, 1, Frame(small), Frame(large));
        return 0;
    }

    /// <summary>Runs both bodies in alternating rounds (so machine noise hits both alike) and prints them with the ratio.</summary>
    private static void Compare(string name, int calls, int opsPerCall, Action small, Action large)
    {
        var a = new InterleavedSampler(small, Rounds, calls, roundMs: 1, opsPerCall);
        var b = new InterleavedSampler(large, Rounds, calls, roundMs: 1, opsPerCall);
        for (var r = 0; r < Rounds; r++)
        {
            a.Round(r);
            b.Round(r);
        }
        var (aMedian, aBest, aBytes) = a.Result();
        var (bMedian, bBest, bBytes) = b.Result();
        Console.WriteLine($"{name,-52} {aMedian,8:F0} ({aBest,6:F0}) {bMedian,9:F0} ({bBest,7:F0})   ratio {bMedian / aMedian,5:F2} (best {bBest / aBest:F2})   alloc {aBytes:F0} B, {bBytes:F0} B");
    }

    /// <summary>Focus in the middle of the middle rail; keys right, left, up, down, down, up (moves back and forth).</summary>
    private static Action Navigation(int tiles, bool ordered)
    {
        var page = new RailPage(3, tiles) { ReportOrder = ordered };
        var graph = page.AsGraph();
        var controller = new FocusController(new SpatialNavigator(), Input.KeyRepeatThrottle.None());
        controller.RequestFocus(graph, page.Tile(1, tiles / 2));
        Input.RemoteKey[] keys = [Input.RemoteKey.Right, Input.RemoteKey.Left, Input.RemoteKey.Up, Input.RemoteKey.Down, Input.RemoteKey.Down, Input.RemoteKey.Up];
        var time = 0.0;
        return () =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var outcome = controller.HandleKey(graph, keys[k], time++);
                if (outcome.Kind != KeyOutcomeKind.Moved)
                {
                    throw new InvalidOperationException($"key {keys[k]} did not move focus: {outcome}");
                }
            }
        };
    }

    /// <summary>One frame of a scrolling rail: step the scroll animation, find the visible range, visit the visible tiles.</summary>
    private static Action Frame(int tiles)
    {
        var page = new RailPage(1, tiles);
        var animator = new Animator();
        var content = tiles * (RailPage.TileW + RailPage.Gap) - RailPage.Gap;
        var scroll = animator.Start(0, ScrollMath.MaxOffset(RailPage.Viewport, content), 0, 1_000_000, Easing.Linear);
        var now = 0.0;
        var checksum = 0f;
        return () =>
        {
            now += 1;
            animator.Step(now);
            var offset = animator.Value(scroll);
            var range = VisibleRange.Compute(page.Starts, page.Ends, offset, offset + RailPage.Viewport, RailPage.TileW);
            for (var i = range.Start; i < range.End; i++)
            {
                checksum += page.Bounds[page.Tile(0, i)].X - offset;
            }
            if (float.IsNaN(checksum))
            {
                throw new InvalidOperationException("checksum is NaN");
            }
        };
    }
}
