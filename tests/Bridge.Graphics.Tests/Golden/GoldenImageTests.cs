namespace Bridge.Graphics.Tests;

/// <summary>Frames rendered by the GLES backend on llvmpipe, compared with reviewed PNGs in golden/.</summary>
public sealed class GoldenImageTests
{
    private const int W = 256, H = 160;
    private static readonly Rgba Background = Rgba.Parse("#101418");
    private static readonly Transform2D Id = Transform2D.Identity;

    [GlFact]
    public void Rounded_rects_with_borders_match_golden()
    {
        RenderAndCompare("rounded-rects", (list, _) =>
        {
            list.AddRect(new RectF(10, 10, 70, 50), CornerRadii.All(12), Rgba.Parse("tomato"), 0, default, 1, Id);
            list.AddRect(new RectF(95, 10, 70, 50), CornerRadii.All(8), Rgba.Parse("#2d6cdf"), 4, Rgba.Parse("white"), 1, Id);
            list.AddRect(new RectF(180, 10, 66, 50), new CornerRadii(25, 0, 25, 0), Rgba.Parse("gold"), 2, Rgba.Parse("black"), 1, Id);
            list.AddRect(new RectF(10.5f, 75.5f, 60, 60), CornerRadii.All(30), Rgba.Parse("seagreen"), 3, Rgba.Parse("#ffffffcc"), 1, Id);
            list.AddRect(new RectF(85, 75, 80, 60), CornerRadii.All(10), Rgba.Transparent, 6, Rgba.Parse("rgb(255, 128, 0)"), 1, Id);
            list.AddRect(new RectF(180, 75, 66, 60), new CornerRadii(0, 20, 0, 6), Rgba.Parse("rebeccapurple"), 1, Rgba.Parse("lime"), 1, Id);
        });
    }

    [GlFact]
    public void Clipping_matches_golden()
    {
        RenderAndCompare("clipping", (list, _) =>
        {
            // Rectangular clip (scissor): the bars overflow the frame box and are cut at its edges.
            list.AddRect(new RectF(10, 10, 110, 70), default, Rgba.Parse("#222a35"), 1, Rgba.Parse("#5a6a80"), 1, Id);
            list.PushClip(new RectF(10, 10, 110, 70), CornerRadii.Zero);
            for (int i = 0; i < 5; i++)
                list.AddRect(new RectF(-20 + i * 35, 20 + i * 10, 60, 14), CornerRadii.All(7), Rgba.Parse("orange"), 0, default, 1, Id);
            list.PopClip();
            // Rounded clip: a square of stripes cut to a circle, with a nested rectangular clip inside.
            list.PushClip(new RectF(140, 10, 100, 100), CornerRadii.All(50));
            for (int i = 0; i < 10; i++)
                list.AddRect(new RectF(140, 10 + i * 10, 100, 10), default, i % 2 == 0 ? Rgba.Parse("deepskyblue") : Rgba.Parse("white"), 0, default, 1, Id);
            list.PushClip(new RectF(190, 60, 60, 60), CornerRadii.Zero);
            list.AddRect(new RectF(180, 50, 80, 80), default, Rgba.Parse("crimson"), 0, default, 1, Id);
            list.PopClip();
            list.PopClip();
            // After the pops nothing is clipped.
            list.AddRect(new RectF(10, 100, 120, 50), CornerRadii.All(6), Rgba.Parse("#3a7d44"), 0, default, 1, Id);
        });
    }

    [GlFact]
    public void Opacity_and_scale_match_golden()
    {
        RenderAndCompare("opacity", (list, _) =>
        {
            list.AddRect(new RectF(20, 20, 90, 90), CornerRadii.All(10), Rgba.Parse("red"), 0, default, 1, Id);
            list.AddRect(new RectF(60, 50, 90, 90), CornerRadii.All(10), Rgba.Parse("blue"), 0, default, 0.5f, Id);
            list.AddRect(new RectF(100, 30, 60, 60), CornerRadii.All(30), Rgba.Parse("rgba(0, 255, 0, 0.5)"), 4, Rgba.Parse("white"), 0.8f, Id);
            // The same tile unscaled and scaled 1.25x about its centre, then rotated 15 degrees.
            list.AddRect(new RectF(180, 20, 50, 30), CornerRadii.All(6), Rgba.Parse("gold"), 2, Rgba.Black, 1, Id);
            list.AddRect(new RectF(180, 70, 50, 30), CornerRadii.All(6), Rgba.Parse("gold"), 2, Rgba.Black, 1, Transform2D.Scale(1.25f, 205, 85));
            list.AddRect(new RectF(180, 115, 50, 30), CornerRadii.All(6), Rgba.Parse("gold"), 2, Rgba.Black, 0.7f,
                         new Transform2D(1, 1, 0, 0, MathF.PI / 12, 205, 130));
        });
    }

    [GlFact]
    public void Image_and_placeholders_match_golden()
    {
        string assets = TempAssets();
        File.WriteAllText(Path.Combine(assets, "corrupt.png"), "this is not a PNG file");
        RenderAndCompare("image", (list, res) =>
        {
            ImageHandle img = res.Acquire("tile-3.png");
            ImageHandle viaUri = res.Acquire("asset://tile-7.png");
            ImageHandle missing = res.Acquire("nowhere/missing.png");
            ImageHandle corrupt = res.Acquire("corrupt.png");
            return () =>
            {
                Assert.Equal(ImageState.Ready, res.GetState(img));
                Assert.Equal(ImageState.Failed, res.GetState(missing));
                Assert.Equal(ImageState.Failed, res.GetState(corrupt));
                list.AddImage(new RectF(10, 10, 120, 68), CornerRadii.Zero, img, 1, Id);
                list.AddImage(new RectF(140, 10, 106, 68), CornerRadii.All(14), viaUri, 1, Id);
                list.AddImage(new RectF(10, 88, 80, 60), CornerRadii.All(8), img, 0.5f, Id);
                list.AddImage(new RectF(100, 88, 70, 60), CornerRadii.All(8), missing, 1, Id);
                list.AddImage(new RectF(180, 88, 66, 60), CornerRadii.All(8), corrupt, 1, Id);
            };
        }, assets);
    }

    [GlFact]
    public void Wrapped_and_ellipsized_text_matches_golden()
    {
        var text = new TextSystem();
        RenderAndCompare("text", (list, _) =>
        {
            var wrap = new TextStyle(null, 12, 400, TextAlign.Left, float.NaN, 0);
            TextLayout para = text.Layout("Déjà vu: the naïve café owner’s crème brûlée won every prize.", wrap, 115);
            list.AddRect(new RectF(8, 8, 115, para.Height), default, Rgba.Parse("#1d2530"), 0, default, 1, Id);
            list.AddText(new RectF(8, 8, 115, para.Height), para, Rgba.White, 1, Id);

            TextLayout centered = text.Layout("Centred lines, wrapped to fit", wrap with { Align = TextAlign.Center, LineHeight = 18 }, 110);
            list.AddRect(new RectF(138, 8, 110, centered.Height), default, Rgba.Parse("#1d2530"), 0, default, 1, Id);
            list.AddText(new RectF(138, 8, 110, centered.Height), centered, Rgba.Parse("gold"), 1, Id);

            TextLayout ellipsis = text.Layout("A very long title that cannot possibly fit in two short lines of text",
                                              new TextStyle(null, 13, 700, TextAlign.Left, float.NaN, 2), 120);
            list.AddRect(new RectF(8, 95, 120, ellipsis.Height), default, Rgba.Parse("#1d2530"), 0, default, 1, Id);
            list.AddText(new RectF(8, 95, 120, ellipsis.Height), ellipsis, Rgba.Parse("#9fd3ff"), 1, Id);

            TextLayout right = text.Layout("Droite → à la fin", wrap with { Align = TextAlign.Right }, 110);
            list.AddText(new RectF(138, 100, 110, right.Height), right, Rgba.White, 0.6f, Id);
            Assert.True(ellipsis.IsTruncated);
            Assert.Equal(2, ellipsis.LineCount);
        });
    }

    [GlFact]
    public void Composed_home_page_matches_golden()
    {
        string assets = TempAssets();
        var text = new TextSystem();
        RenderAndCompare("home-page", (list, res) =>
        {
            var images = new ImageHandle[8];
            for (int i = 0; i < images.Length; i++) images[i] = res.Acquire($"tile-{i}.png");
            return () => new HomePageScene(HomePageSpec.Small, text, images).Build(list);
        }, assets);
    }

    private static string TempAssets()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "golden-assets");
        HomePageScene.WriteTileAssets(dir, 12, 160, 90);
        return dir;
    }

    private static void RenderAndCompare(string name, Action<DrawList, ResourceSystem> compose) =>
        RenderAndCompare(name, (list, res) =>
        {
            compose(list, res);
            return () => { };
        }, TempAssets());

    // compose acquires what it needs and returns the step that adds commands once every image has settled.
    private static void RenderAndCompare(string name, Func<DrawList, ResourceSystem, Action> compose, string assets)
    {
        using var backend = new GlesRenderBackend(W, H);
        using var resources = new ResourceSystem(assets);
        var list = new DrawList();
        Action addCommands = compose(list, resources);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            resources.Update(backend);
            if (resources.HasPendingWork) Thread.Sleep(2);
        } while (resources.HasPendingWork && DateTime.UtcNow < deadline);
        Assert.False(resources.HasPendingWork, "images did not finish loading within 20 s");
        addCommands();
        backend.Render(list, Background);
        var pixels = new byte[W * H * 4];
        backend.ReadPixels(pixels);
        GoldenImage.AssertMatches(name, pixels, W, H);
    }
}
