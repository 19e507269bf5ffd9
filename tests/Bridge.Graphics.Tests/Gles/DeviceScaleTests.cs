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

    [GlFact]
    public void A_frame_that_draws_one_face_at_many_sizes_draws_every_glyph()
    {
        // Twelve captions of one face, each zoomed by its own transform (focused tiles mid-animation): more sizes than the
        // face keeps, so glyphs of some sizes are first met while the frame's instances are built, after the atlas went
        // up to the texture. Each must still be drawn, in the first frame and in the next.
        const int count = 12, cell = 40;
        var text = new TextSystem();
        TextLayout layout = text.Layout("H", new TextStyle(null, 16, 400, TextAlign.Left, float.NaN, 0), float.NaN);
        using var backend = new GlesRenderBackend(count * cell, cell);
        var list = new DrawList();
        for (int i = 0; i < count; i++)
        {
            float x = i * cell + 8;
            list.AddText(new RectF(x, 8, layout.Width, layout.Height), layout, Rgba.White, 1, Transform2D.Scale(1.05f + 0.05f * i, x, 8));
        }
        var px = new byte[count * cell * cell * 4];
        for (int frame = 0; frame < 2; frame++)
        {
            backend.Render(list, Rgba.Black);
            backend.ReadPixels(px);
            for (int i = 0; i < count; i++)
            {
                int ink = 0;
                for (int y = 0; y < cell; y++)
                {
                    for (int x = i * cell; x < (i + 1) * cell; x++)
                    {
                        if (px[(y * count * cell + x) * 4] > 128) ink++;
                    }
                }
                Assert.True(ink > 20, $"frame {frame + 1}: caption {i + 1} (zoom {1.05f + 0.05f * i:0.00}) has {ink} inked pixels");
            }
        }
    }
}
