using Bridge.Interaction.Scrolling;

namespace Bridge.Interaction.Tests.Scrolling;

public sealed class VisibleRangeTests
{
    private readonly struct ArrayExtents(float[] starts, float[] ends) : IAxisExtents
    {
        public int Count => starts.Length;

        public float Start(int index) => starts[index];

        public float End(int index) => ends[index];
    }

    private static IndexRange Linear(float[] starts, float[] ends, float lo, float hi)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            if (ends[i] > lo && starts[i] < hi)
            {
                if (first < 0)
                {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? default : new IndexRange(first, last + 1);
    }

    [Fact]
    public void Binary_search_matches_a_linear_scan_on_random_rails()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var n = random.Next(0, 200);
            var starts = new float[n];
            var ends = new float[n];
            var x = (float)random.Next(0, 50);
            for (var i = 0; i < n; i++)
            {
                starts[i] = x;
                ends[i] = x + random.Next(1, 300);
                x = ends[i] + random.Next(0, 30);
            }
            var viewStart = (float)random.Next(-200, (int)x + 200);
            var viewEnd = viewStart + random.Next(0, 1500);
            var overscan = (float)random.Next(0, 300);
            var expected = Linear(starts, ends, viewStart - overscan, viewEnd + overscan);
            var spans = VisibleRange.Compute(starts, ends, viewStart, viewEnd, overscan);
            var generic = VisibleRange.Compute(new ArrayExtents(starts, ends), viewStart, viewEnd, overscan);
            if (expected.IsEmpty)
            {
                Assert.True(spans.IsEmpty && generic.IsEmpty, $"round {round}: expected empty, got {spans} / {generic}");
            }
            else
            {
                Assert.Equal(expected, spans);
                Assert.Equal(expected, generic);
            }
        }
    }

    [Fact]
    public void Uniform_items_match_the_general_search()
    {
        const int count = 1000;
        var starts = new float[count];
        var ends = new float[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = 48 + i * 236;
            ends[i] = starts[i] + 220;
        }
        var random = new Random(3);
        for (var round = 0; round < 300; round++)
        {
            var viewStart = (float)random.Next(-500, 240_000);
            var viewEnd = viewStart + random.Next(0, 2000);
            var overscan = (float)random.Next(0, 400);
            var uniform = VisibleRange.Uniform(count, 48, 220, 16, viewStart, viewEnd, overscan);
            var general = VisibleRange.Compute(starts, ends, viewStart, viewEnd, overscan);
            Assert.True(uniform == general || (uniform.IsEmpty && general.IsEmpty), $"[{viewStart}, {viewEnd}) ±{overscan}: {uniform} vs {general}");
        }
    }

    [Fact]
    public void Long_rail_lays_out_only_the_tiles_in_view_plus_overscan()
    {
        var range = VisibleRange.Uniform(1000, 0, 200, 20, 2200, 2200 + 1280, 220);
        Assert.Equal(new IndexRange(9, 17), range);
    }

    [Fact]
    public void Inverted_window_and_mismatched_spans_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VisibleRange.Compute(new float[1], new float[1], 10, 5));
        var e = Assert.Throws<ArgumentException>(() => VisibleRange.Compute(new float[2], new float[1], 0, 5));
        Assert.Contains("2 starts, 1 ends", e.Message);
    }

    [Fact]
    public void Computing_a_range_allocates_nothing()
    {
        var starts = new float[1000];
        var ends = new float[1000];
        for (var i = 0; i < 1000; i++)
        {
            starts[i] = i * 220;
            ends[i] = starts[i] + 200;
        }
        VisibleRange.Compute(starts, ends, 0, 1280, 200);
        VisibleRange.Compute(new ArrayExtents(starts, ends), 0, 1280, 200);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            sum += VisibleRange.Compute(starts, ends, i * 100, i * 100 + 1280, 200).Count;
            sum += VisibleRange.Compute(new ArrayExtents(starts, ends), i * 100, i * 100 + 1280, 200).Count;
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }
}
