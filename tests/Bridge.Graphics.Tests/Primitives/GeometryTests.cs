namespace Bridge.Graphics.Tests;

public sealed class GeometryTests
{
    [Fact]
    public void Scale_about_origin_keeps_origin_fixed()
    {
        var t = Transform2D.Scale(2, 10, 20);
        Assert.Equal((10f, 20f), t.Apply(10, 20));
        Assert.Equal((12f, 20f), t.Apply(11, 20));
    }

    [Fact]
    public void Rotation_then_translation_maps_points()
    {
        var t = new Transform2D(1, 1, 5, 0, MathF.PI / 2, 0, 0);
        (float x, float y) = t.Apply(1, 0);
        Assert.Equal(5f, x, 4);
        Assert.Equal(1f, y, 4);
    }

    [Fact]
    public void Intersect_of_disjoint_rects_is_empty()
    {
        RectF r = new RectF(0, 0, 10, 10).Intersect(new RectF(20, 20, 5, 5));
        Assert.Equal(0f, r.W);
        Assert.Equal(0f, r.H);
        Assert.Equal(new RectF(5, 5, 5, 5), new RectF(0, 0, 10, 10).Intersect(new RectF(5, 5, 10, 10)));
    }
}
