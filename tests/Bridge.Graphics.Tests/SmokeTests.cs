namespace Bridge.Graphics.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Renders_a_rect()
    {
        using var b = new GlesRenderBackend(64, 32);
        var list = new DrawList();
        list.AddRect(new RectF(8, 4, 40, 20), CornerRadii.All(6), Rgba.Parse("red"), 2, Rgba.Parse("white"), 1, Transform2D.Identity);
        b.Render(list, Rgba.Parse("#102030"));
        var px = new byte[64 * 32 * 4];
        b.ReadPixels(px);
        Screenshot.SavePng(px, 64, 32, "/tmp/smoke.png");
        Assert.Contains("llvmpipe", b.Renderer);
    }
}
