namespace Bridge.Graphics.Tests;

/// <summary>A draw list in design units drawn at another device size: shapes land at the scaled positions, text is
/// rasterized at the device size (not an upscaled bitmap).</summary>
public sealed class DeviceScaleTests
{
    private static readonly Transform2D Id = Transform2D.Identity;

    [Fact]
    public void Fit_scales_uniformly_and_centres_another_aspect_ratio()
    {
        Assert.Equal(new DeviceMapping(1.5f, 0, 0), DeviceMapping.Fit(1280, 720, 1920, 1080));
        Assert.Equal(new DeviceMapping(1, 0, 40), DeviceMapping.Fit(1280, 720, 1280, 800));
        Assert.Equal(new RectF(15, 30, 150, 75), new DeviceMapping(1.5f, 0, 0).Map(new RectF(10, 20, 100, 50)));
        var t = new DeviceMapping(2, 5, 0).Map(Transform2D.Scale(1.1f, 50, 50));
        Assert.Equal((105f, 100f), t.Apply(105, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeviceMapping.Fit(0, 720, 1920, 1080));
    }

    [GlFact]
    public void Shapes_and_clips_land_at_the_scaled_positions()
    {
        using var backend = new GlesRenderBackend(60, 30);
        var list = new DrawList { Device = DeviceMapping.Fit(40, 20, 60, 30) };
        list.PushClip(new RectF(0, 0, 20, 20), default);
        list.AddRect(new RectF(10, 10, 20, 10), default, new Rgba(255, 0, 0, 255), 0, default, 1, Id);
        list.PopClip();
        backend.Render(list, Rgba.Black);
        var px = new byte[60 * 30 * 4];
        backend.ReadPixels(px);
        byte Red(int x, int y) => px[(y * 60 + x) * 4];
        Assert.Equal(0, Red(14, 16));    // left of the rect (design x 10 → 15)
        Assert.Equal(255, Red(16, 16));
        Assert.Equal(255, Red(29, 29));  // the bottom row of the frame: design y 20 → 30
        Assert.Equal(0, Red(31, 16));    // clipped at design x 20 → 30
    }

    [GlFact]
    public void Text_is_rasterized_at_the_device_size()
    {
        var text = new TextSystem();
        int Ink(float fontSize, float scale)
        {
            TextLayout layout = text.Layout("H", new TextStyle(null, fontSize, 400, TextAlign.Left, float.NaN, 0), float.NaN);
            int w = (int)(2 * fontSize * scale), h = (int)(1.5f * fontSize * scale);
            using var backend = new GlesRenderBackend(w, h);
            var list = new DrawList { Device = new DeviceMapping(scale, 0, 0) };
            list.AddText(new RectF(2, 2, layout.Width, layout.Height), layout, Rgba.White, 1, Id);
            backend.Render(list, Rgba.Black);
            var px = new byte[w * h * 4];
            backend.ReadPixels(px);
            // Fully covered pixels: an upscaled bitmap would blur the stems, a device-size raster keeps them solid.
            int solid = 0;
            for (int i = 0; i < px.Length; i += 4) if (px[i] == 255) solid++;
            return solid;
        }
        // A 20 px glyph drawn at scale 2 is as solid as a 40 px glyph drawn at scale 1, far more than 4 × the 20 px one
        // (whose antialiased edges an upscale would only widen).
        int at1 = Ink(20, 1), at2 = Ink(20, 2), native = Ink(40, 1);
        Assert.True(at1 > 10, $"{at1} solid pixels at scale 1");
        Assert.InRange(at2, native * 0.9, native * 1.1);
        Assert.True(at2 > at1 * 5, $"{at2} solid pixels at scale 2, {at1} at scale 1");
    }
}
