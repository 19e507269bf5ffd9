namespace Bridge.Graphics.Tests;

public sealed class NullRenderBackendTests
{
    [Fact]
    public void Keeps_a_copy_of_the_last_frame_commands()
    {
        using var backend = new NullRenderBackend(32, 16);
        var list = new DrawList();
        list.AddRect(new RectF(0, 0, 4, 4), default, Rgba.White, 0, default, 1, Transform2D.Identity);
        backend.Render(list, Rgba.Black);
        list.Clear();
        list.AddImage(new RectF(0, 0, 4, 4), default, new ImageHandle(3), 1, Transform2D.Identity);
        list.AddImage(new RectF(0, 0, 4, 4), default, new ImageHandle(4), 1, Transform2D.Identity);
        Assert.Equal(1, backend.LastCommands.Length);
        Assert.Equal(DrawKind.Rect, backend.LastCommands[0].Kind);
        backend.Render(list, Rgba.Black);
        Assert.Equal(2, backend.LastCommands.Length);
        Assert.Equal(2, backend.FrameCount);
    }

    [Fact]
    public void ReadPixels_gives_the_premultiplied_clear_colour()
    {
        using var backend = new NullRenderBackend(4, 2);
        backend.Render(new DrawList(), new Rgba(200, 100, 50, 128));
        var px = new byte[4 * 2 * 4];
        backend.ReadPixels(px);
        Assert.Equal(new byte[] { 100, 50, 25, 128 }, px[..4]);
        Assert.Equal(px[..4], px[^4..]);
        Assert.Throws<ArgumentException>(() => backend.ReadPixels(new byte[3]));
    }
}
