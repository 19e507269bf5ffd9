namespace Bridge.Graphics.Tests;

public sealed class DrawListTests
{
    private static readonly Transform2D Id = Transform2D.Identity;

    [Fact]
    public void Records_commands_in_order_with_their_fields()
    {
        var list = new DrawList();
        list.AddRect(new RectF(1, 2, 3, 4), CornerRadii.All(2), Rgba.White, 1, Rgba.Black, 0.5f, Id);
        list.PushClip(new RectF(0, 0, 10, 10), CornerRadii.All(3));
        list.AddImage(new RectF(0, 0, 5, 5), default, new ImageHandle(7), 2f, Id);
        list.PopClip();
        Assert.Equal(4, list.Count);
        ReadOnlySpan<DrawCommand> c = list.Commands;
        Assert.Equal(DrawKind.Rect, c[0].Kind);
        Assert.Equal(0.5f, c[0].Opacity);
        Assert.Equal(Rgba.Black, c[0].BorderColor);
        Assert.Equal(DrawKind.PushClip, c[1].Kind);
        Assert.Equal(new ImageHandle(7), c[2].Image);
        Assert.Equal(1f, c[2].Opacity);
        Assert.Equal(DrawKind.PopClip, c[3].Kind);
    }

    [Fact]
    public void PopClip_without_push_throws()
    {
        var list = new DrawList();
        var ex = Assert.Throws<InvalidOperationException>(list.PopClip);
        Assert.Contains("PopClip", ex.Message);
    }

    [Fact]
    public void Non_finite_rect_is_rejected_with_the_operation_named()
    {
        var list = new DrawList();
        var ex = Assert.Throws<ArgumentException>(() =>
            list.AddRect(new RectF(float.NaN, 0, 1, 1), default, Rgba.White, 0, default, 1, Id));
        Assert.Contains("AddRect", ex.Message);
        Assert.Throws<ArgumentException>(() => list.PushClip(new RectF(0, 0, -1, 1), default));
    }

    [Fact]
    public void Clear_keeps_capacity_and_rebuilding_an_unchanged_frame_allocates_nothing()
    {
        var text = new TextSystem();
        var scene = new HomePageScene(HomePageSpec.Tv720, text, [new ImageHandle(1), new ImageHandle(2)]);
        var list = new DrawList();
        scene.Build(list);
        int count = list.Count;
        Assert.InRange(count, 480, 560);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++) scene.Build(list);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(count, list.Count);
    }
}
