using SkiaSharp;

namespace Bridge.Graphics.Tests;

public sealed class GlesRenderBackendTests
{
    private static readonly Transform2D Id = Transform2D.Identity;

    [GlFact]
    public void Logs_the_gl_renderer_it_got()
    {
        var sink = new LogSink();
        using var backend = new GlesRenderBackend(8, 8, sink.Logger);
        Assert.Contains("llvmpipe", backend.Renderer);
        Assert.StartsWith("OpenGL ES 3", backend.Version);
        Assert.Contains(sink.Messages, m => m.Contains(backend.Renderer) && m.Contains("surfaceless"));
    }

    [GlFact]
    public void Solid_rect_reads_back_its_premultiplied_colour_top_row_first()
    {
        using var backend = new GlesRenderBackend(16, 8);
        var list = new DrawList();
        list.AddRect(new RectF(0, 0, 16, 2), default, new Rgba(255, 0, 0, 255), 0, default, 1, Id);
        list.AddRect(new RectF(0, 4, 16, 4), default, new Rgba(0, 0, 255, 255), 0, default, 0.5f, Id);
        backend.Render(list, Rgba.Black);
        var px = new byte[16 * 8 * 4];
        backend.ReadPixels(px);
        Assert.Equal(new byte[] { 255, 0, 0, 255 }, px[..4]);
        int row6 = 6 * 16 * 4;
        Assert.Equal(0, px[row6]);
        Assert.InRange(px[row6 + 2], 126, 129);
        Assert.Equal(255, px[row6 + 3]);
    }

    [GlFact]
    public void A_background_reaches_under_its_border_so_a_transparent_border_draws_as_none_in_any_batch()
    {
        // Alone, the rect with a transparent border is drawn by the shader without borders; beside a rect with a visible
        // border, by the one with: both must fill their box whole, as CSS's border-box background does.
        var green = new Rgba(0, 200, 0, 255);
        byte[] Draw(bool withBordered)
        {
            using var backend = new GlesRenderBackend(40, 20);
            var list = new DrawList();
            list.AddRect(new RectF(0, 0, 20, 20), default, green, 4, new Rgba(255, 255, 255, 0), 1, Id);
            if (withBordered)
            {
                list.AddRect(new RectF(24, 0, 16, 20), default, green, 4, Rgba.White, 1, Id);
            }
            backend.Render(list, Rgba.Black);
            var px = new byte[40 * 20 * 4];
            backend.ReadPixels(px);
            return px;
        }
        foreach (var px in new[] { Draw(false), Draw(true) })
        {
            int inBorder = (10 * 40 + 1) * 4; // x = 1, y = 10: inside the transparent 4 px border
            Assert.Equal(new byte[] { 0, 200, 0, 255 }, px[inBorder..(inBorder + 4)]);
        }
    }

    [GlFact]
    public void Text_scaled_by_a_transform_is_drawn_from_glyphs_of_the_size_it_is_shown()
    {
        // Glyphs stretched from a smaller rasterization smear into grey ramps; glyphs rasterized at the shown size are as
        // crisp as text laid out at that size. Grey pixels (neither ink nor background) measure the smear.
        var text = new TextSystem();
        const string words = "Anthem of Old Kyoto";
        TextLayout small = text.Layout(words, new TextStyle(null, 16, 400, TextAlign.Left, float.NaN, 1), float.NaN);
        TextLayout large = text.Layout(words, new TextStyle(null, 24, 400, TextAlign.Left, float.NaN, 1), float.NaN);
        int Grey(TextLayout layout, Transform2D transform)
        {
            using var backend = new GlesRenderBackend(320, 48);
            var list = new DrawList();
            list.AddText(new RectF(8, 8, layout.Width, layout.Height), layout, Rgba.White, 1, transform);
            backend.Render(list, Rgba.Black);
            var px = new byte[320 * 48 * 4];
            backend.ReadPixels(px);
            int grey = 0;
            for (int i = 0; i < px.Length; i += 4)
            {
                if (px[i] is > 40 and < 215) grey++;
            }
            return grey;
        }
        int native = Grey(large, Id);
        int scaled = Grey(small, Transform2D.Scale(1.5f, 8, 8));
        // A rotation of a millionth of a radian keeps the old way (device-size glyphs stretched by the transform).
        int stretched = Grey(small, new Transform2D(1.5f, 1.5f, 0, 0, 1e-6f, 8, 8));
        Assert.InRange(scaled, native * 0.85, native * 1.15);
        Assert.True(stretched > native * 1.2, $"stretched glyphs: {stretched} grey pixels, crisp text {native}: the measure cannot tell them apart");
    }

    [GlFact]
    public void Home_page_draws_in_few_batches()
    {
        string assets = Path.Combine(AppContext.BaseDirectory, "bench-assets");
        HomePageScene.WriteTileAssets(assets, 24, 240, 135);
        using var backend = new GlesRenderBackend(1280, 720);
        using var res = new ResourceSystem(assets);
        var images = new ImageHandle[24];
        for (int i = 0; i < images.Length; i++) images[i] = res.Acquire($"tile-{i}.png");
        SpinWait.SpinUntil(() => { res.Update(backend); return !res.HasPendingWork; }, 20_000);
        var scene = new HomePageScene(HomePageSpec.Tv720, new TextSystem(), images);
        var list = new DrawList();
        scene.Build(list);
        backend.Render(list, Rgba.Black);
        Assert.InRange(backend.LastInstanceCount, 300, 6000);
        // One batch per rail clip change plus texture-slot overflows: far fewer draws than items.
        Assert.InRange(backend.LastBatchCount, 1, 40);
    }

    [GlFact]
    public void Rendering_an_unchanged_frame_allocates_nothing() => RenderingUnchangedFramesAllocatesNothing(320, 180);

    [GlFact]
    public void Rendering_an_unchanged_scaled_frame_allocates_nothing() => RenderingUnchangedFramesAllocatesNothing(480, 270);

    private static void RenderingUnchangedFramesAllocatesNothing(int width, int height)
    {
        using var backend = new GlesRenderBackend(width, height);
        var text = new TextSystem();
        var scene = new HomePageScene(HomePageSpec.Small, text, [new ImageHandle(1)]);
        backend.UploadImage(new ImageHandle(1), 2, 2, new byte[16]);
        // The scene is 320x180 design units: at another size it is drawn through a device mapping.
        var list = new DrawList { Device = DeviceMapping.Fit(320, 180, width, height) };
        scene.Build(list);
        backend.Render(list, Rgba.Black);
        backend.Render(list, Rgba.Black);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 5; i++)
        {
            scene.Build(list);
            backend.Render(list, Rgba.Black);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [GlFact]
    public void Small_images_share_a_page_and_large_ones_get_their_own()
    {
        using var backend = new GlesRenderBackend(8, 8);
        var small = new byte[120 * 68 * 4];
        for (int i = 1; i <= 30; i++) backend.UploadImage(new ImageHandle(i), 120, 68, small);
        Assert.Equal(1, backend.ImagePageCount);
        backend.UploadImage(new ImageHandle(100), 1500, 10, new byte[1500 * 10 * 4]);
        Assert.Equal(2, backend.ImagePageCount);
        backend.DeleteImage(new ImageHandle(100));
        Assert.Equal(1, backend.ImagePageCount);
        Assert.False(backend.HasTexture(new ImageHandle(100)));
        Assert.True(backend.HasTexture(new ImageHandle(30)));
    }

    [GlFact]
    public void Texture_pages_list_the_image_pages_and_the_glyph_atlas_and_their_version_follows_changes()
    {
        using var backend = new GlesRenderBackend(64, 64);
        var glyphs = Assert.Single(backend.TexturePages);
        Assert.Equal(new TexturePage(TexturePageKind.Glyphs, 512, 512, 512 * 512, 0), glyphs);
        long version = backend.TexturesVersion;
        for (int i = 1; i <= 3; i++) backend.UploadImage(new ImageHandle(i), 120, 68, new byte[120 * 68 * 4]);
        backend.UploadImage(new ImageHandle(9), 1500, 10, new byte[1500 * 10 * 4]);
        Assert.NotEqual(version, backend.TexturesVersion);
        Assert.Equal(
            [new TexturePage(TexturePageKind.Images, 2048, 2048, 2048L * 2048 * 4, 3), new TexturePage(TexturePageKind.Image, 1500, 10, 1500 * 10 * 4, 1)],
            backend.TexturePages.Where(p => p.Kind != TexturePageKind.Glyphs));
        version = backend.TexturesVersion;
        Assert.Equal(version, backend.TexturesVersion);
        backend.DeleteImage(new ImageHandle(9));
        Assert.NotEqual(version, backend.TexturesVersion);
        Assert.DoesNotContain(backend.TexturePages, p => p.Kind == TexturePageKind.Image);

        version = backend.TexturesVersion;
        var text = new TextSystem();
        var list = new DrawList();
        TextLayout l = text.Layout("Resources", new TextStyle(null, 24, 400, TextAlign.Left, float.NaN, 0), float.NaN);
        list.AddText(new RectF(0, 0, l.Width, l.Height), l, Rgba.White, 1, Id);
        backend.Render(list, Rgba.Black);
        Assert.NotEqual(version, backend.TexturesVersion);
        Assert.Equal(backend.AtlasGlyphCount, backend.TexturePages.Single(p => p.Kind == TexturePageKind.Glyphs).Items);
        Assert.True(backend.AtlasGlyphCount >= 7, $"{backend.AtlasGlyphCount} glyphs");
    }

    [GlFact]
    public void Deleted_image_draws_the_placeholder()
    {
        using var backend = new GlesRenderBackend(4, 4);
        var red = new byte[2 * 2 * 4];
        for (int i = 0; i < red.Length; i += 4) { red[i] = 255; red[i + 3] = 255; }
        var h = new ImageHandle(5);
        backend.UploadImage(h, 2, 2, red);
        var list = new DrawList();
        list.AddImage(new RectF(0, 0, 4, 4), default, h, 1, Id);
        var px = new byte[4 * 4 * 4];
        backend.Render(list, Rgba.Black);
        backend.ReadPixels(px);
        Assert.Equal(new byte[] { 255, 0, 0, 255 }, px[20..24]);
        backend.DeleteImage(h);
        backend.Render(list, Rgba.Black);
        backend.ReadPixels(px);
        Rgba p = GlesRenderBackend.PlaceholderColor;
        Assert.Equal(new byte[] { p.R, p.G, p.B, 255 }, px[20..24]);
    }

    [GlFact]
    public void Calls_from_another_thread_are_refused()
    {
        using var backend = new GlesRenderBackend(8, 8);
        Exception? error = null;
        var t = new Thread(() => error = Record.Exception(() => backend.Render(new DrawList(), Rgba.Black)));
        t.Start();
        t.Join();
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("thread", error!.Message);
    }

    [GlFact]
    public void Glyph_atlas_grows_when_a_frame_needs_more_glyphs()
    {
        using var backend = new GlesRenderBackend(64, 64);
        var text = new TextSystem();
        var list = new DrawList();
        var chars = new System.Text.StringBuilder();
        for (char c = '!'; c <= '~'; c++) chars.Append(c);
        for (char c = 'À'; c <= 'ÿ'; c++) chars.Append(c);
        foreach (float size in new[] { 40f, 48f, 56f })
        {
            TextLayout l = text.Layout(chars.ToString(), new TextStyle(null, size, 400, TextAlign.Left, float.NaN, 0), float.NaN);
            list.AddText(new RectF(0, 0, l.Width, l.Height), l, Rgba.White, 1, Id);
        }
        backend.Render(list, Rgba.Black);
        Assert.True(backend.AtlasSize > 512, $"atlas {backend.AtlasSize}");
        Assert.True(backend.AtlasGlyphCount > 400);
    }

    [GlFact]
    public async Task Screenshot_is_encoded_off_the_frame_to_a_png()
    {
        byte[] px;
        using (var backend = new GlesRenderBackend(40, 20))
        {
            var list = new DrawList();
            list.AddRect(new RectF(10, 5, 20, 10), CornerRadii.All(4), Rgba.Parse("lime"), 0, default, 1, Id);
            backend.Render(list, Rgba.Parse("navy"));
            px = new byte[40 * 20 * 4];
            backend.ReadPixels(px);
        }
        string path = Path.Combine(Path.GetTempPath(), $"bridge-shot-{Guid.NewGuid():N}.png");
        Task save = Screenshot.SavePngAsync(px, 40, 20, path);
        Array.Clear(px);
        await save;
        using SKBitmap decoded = SKBitmap.Decode(path);
        File.Delete(path);
        Assert.Equal(40, decoded.Width);
        Assert.Equal(new SKColor(0, 255, 0), decoded.GetPixel(20, 10));
        Assert.Equal(new SKColor(0, 0, 128), decoded.GetPixel(1, 1));
    }
}
