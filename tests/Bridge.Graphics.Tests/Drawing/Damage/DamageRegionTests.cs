namespace Bridge.Graphics.Tests;

public sealed class DamageRegionTests
{
    [Fact]
    public void Disjoint_rects_stay_apart_and_overlapping_ones_merge_into_their_union()
    {
        var region = new DamageRegion(100, 100);
        region.Add(new PixelRect(0, 0, 10, 10));
        region.Add(new PixelRect(50, 50, 10, 10));
        Assert.Equal(2, region.Count);
        Assert.Equal(200, region.Area);
        // Overlaps the first: the two become their union; the second is untouched.
        region.Add(new PixelRect(5, 5, 10, 10));
        Assert.Equal(2, region.Count);
        Assert.Contains(new PixelRect(0, 0, 15, 15), region.Rects.ToArray());
        // Bridges both: everything merges into one.
        region.Add(new PixelRect(10, 10, 45, 45));
        Assert.Equal([new PixelRect(0, 0, 60, 60)], region.Rects.ToArray());
    }

    [Fact]
    public void Rects_are_clipped_to_the_frame_and_empty_ones_add_nothing()
    {
        var region = new DamageRegion(100, 50);
        region.Add(new PixelRect(-10, 40, 30, 30));
        region.Add(new PixelRect(200, 0, 10, 10));
        region.Add(new PixelRect(10, 10, 0, 5));
        Assert.Equal([new PixelRect(0, 40, 20, 10)], region.Rects.ToArray());
        region.AddAll();
        Assert.Equal(5000, region.Area);
        region.Clear();
        Assert.True(region.IsEmpty);
    }

    [Fact]
    public void More_than_the_maximum_merges_the_closest_pair_and_keeps_every_pixel_covered()
    {
        var region = new DamageRegion(1000, 100);
        var added = new List<PixelRect>();
        for (int i = 0; i < DamageRegion.MaxRects + 3; i++)
        {
            var r = new PixelRect(i * 80, 0, 10, 10);
            added.Add(r);
            region.Add(r);
        }
        Assert.Equal(DamageRegion.MaxRects, region.Count);
        var rects = region.Rects.ToArray();
        foreach (var r in added) Assert.Contains(rects, k => k.Intersect(r) == r);
        for (int i = 0; i < rects.Length; i++)
            for (int j = i + 1; j < rects.Length; j++)
                Assert.False(rects[i].Overlaps(rects[j]), $"{rects[i]} overlaps {rects[j]}");
    }

    [Fact]
    public void Covering_rounds_outwards_and_pads()
    {
        Assert.Equal(new PixelRect(0, 1, 4, 4), PixelRect.Covering(new RectF(1.5f, 2.2f, 1, 1.5f), 1));
        Assert.True(PixelRect.Covering(new RectF(3, 3, 0, 8), 2).IsEmpty);
    }
}
