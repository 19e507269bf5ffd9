namespace Bridge.Graphics.Tests;

/// <summary>A frame drawn only where it changed has the same pixels as the frame drawn whole (real GL, read back).</summary>
public sealed class DamageRedrawTests
{
    private const int W = 640, H = 360;

    // One step of the sequence: the home page with a focus, a clock text, an animated badge and images that arrive late.
    private sealed class Sequence
    {
        private readonly HomePageScene _scene;
        private readonly TextLayout[] _clock;
        private readonly ImageHandle[] _images;

        public Sequence(TextSystem text)
        {
            // Tile t shows image t % 5: the late one (index 2) is on one visible tile per rail; 4 and 5 never load.
            _images = [new ImageHandle(1), new ImageHandle(2), new ImageHandle(3), new ImageHandle(4), new ImageHandle(5)];
            _scene = new HomePageScene(HomePageSpec.Tv720, text, _images);
            var style = new TextStyle(null, 18, 700, TextAlign.Left, float.NaN, 1);
            _clock = [text.Layout("20:41", style, float.NaN), text.Layout("20:42", style, float.NaN), text.Layout("20:43 ✓", style, float.NaN)];
        }

        public static readonly (int Rail, int Tile)[] Focus = [(0, 1), (0, 2), (0, 3), (1, 3), (1, 2), (2, 2), (2, 2), (2, 2), (2, 3), (3, 0)];

        public void Build(int step, DrawList list, GlesRenderBackend backend)
        {
            // Image 3 arrives at step 3 (placeholder until then) and is replaced at step 7.
            if (step == 0)
            {
                backend.UploadImage(_images[0], 2, 2, Pixels(2, 200, 40, 40));
                backend.UploadImage(_images[1], 4, 2, Pixels(8, 40, 200, 90));
            }
            if (step == 3) backend.UploadImage(_images[2], 2, 2, Pixels(2, 240, 200, 40));
            if (step == 7) backend.UploadImage(_images[2], 2, 2, Pixels(2, 20, 200, 240));
            _scene.Focus = Focus[step];
            _scene.Build(list);
            TextLayout clock = _clock[Math.Min(step / 3, 2)];
            list.AddText(new RectF(1100, 14, clock.Width, clock.Height), clock, Rgba.White, 1, Transform2D.Identity);
            // An animation: a badge that slides, fades and turns a little every frame.
            float t = step / 9f;
            list.AddRect(new RectF(900 + 60 * t, 20, 40, 16), CornerRadii.All(8), new Rgba(230, 80, 60, 255), 1.5f, Rgba.White,
                         0.4f + 0.6f * t, new Transform2D(1 + 0.2f * t, 1, 0, 0, 0.1f * t, 920, 28));
        }

        private static byte[] Pixels(int count, byte r, byte g, byte b)
        {
            var px = new byte[count * 4 * 4];
            for (int i = 0; i < px.Length; i += 4) (px[i], px[i + 1], px[i + 2], px[i + 3]) = (r, g, b, 255);
            return px;
        }
    }

    private static List<(byte[] Pixels, RenderStats Stats)> Run(bool damage)
    {
        var text = new TextSystem();
        var sequence = new Sequence(text);
        using var backend = new GlesRenderBackend(W, H) { DamageRedraw = damage };
        // The 1280x720 page drawn at half size: damage is found in device pixels through the mapping.
        var list = new DrawList { Device = DeviceMapping.Fit(1280, 720, W, H) };
        var frames = new List<(byte[], RenderStats)>();
        for (int step = 0; step < Sequence.Focus.Length; step++)
        {
            sequence.Build(step, list, backend);
            backend.Render(list, new Rgba(0x0f, 0x11, 0x15, 255));
            var px = new byte[W * H * 4];
            backend.ReadPixels(px);
            frames.Add((px, backend.LastFrame));
        }
        return frames;
    }

    [GlFact]
    public void Focus_moves_text_changes_animation_and_late_images_redraw_damage_only_and_match_full_redraws_pixel_for_pixel()
    {
        var damage = Run(damage: true);
        var full = Run(damage: false);
        for (int step = 0; step < damage.Count; step++)
        {
            Assert.Equal(RedrawKind.Full, full[step].Stats.Kind);
            var stats = damage[step].Stats;
            if (step == 0)
            {
                Assert.Equal((RedrawKind.Full, FullRedrawReason.NoLastFrame), (stats.Kind, stats.Reason));
            }
            else
            {
                Assert.True(stats.Kind == RedrawKind.Damage, $"step {step}: {stats}");
                Assert.InRange(stats.DamagedPixels, 1, W * H / 2);
                // A new image changes every tile that shows it; any other step changes a few commands.
                Assert.True(step is 3 or 7 || stats.CommandsDrawn < full[step].Stats.CommandsDrawn / 2,
                    $"step {step}: {stats.CommandsDrawn} of {full[step].Stats.CommandsDrawn} commands drawn");
            }
            int at = FirstDifference(damage[step].Pixels, full[step].Pixels);
            Assert.True(at < 0, $"step {step} ({stats.Kind}, {stats.DamageRects} rects): pixel ({at / 4 % W}, {at / 4 / W}) differs from the full redraw");
        }
    }

    [GlFact]
    public void An_unchanged_frame_draws_nothing_and_a_resize_clear_colour_or_large_damage_redraws_whole()
    {
        var text = new TextSystem();
        using var backend = new GlesRenderBackend(W, H);
        var scene = new HomePageScene(HomePageSpec.Small, text, [new ImageHandle(1)]);
        var list = new DrawList();
        scene.Build(list);
        backend.Render(list, Rgba.Black);
        backend.Render(list, Rgba.Black);
        Assert.Equal((RedrawKind.Unchanged, 0, 0L), (backend.LastFrame.Kind, backend.LastFrame.DrawCalls, backend.LastFrame.DamagedPixels));
        backend.Render(list, Rgba.White);
        Assert.Equal(FullRedrawReason.ClearColour, backend.LastFrame.Reason);
        backend.Resize(W / 2, H / 2);
        backend.Render(list, Rgba.White);
        Assert.Equal(FullRedrawReason.NoLastFrame, backend.LastFrame.Reason);
        list.Device = new DeviceMapping(0.5f, 0, 0);
        backend.Render(list, Rgba.White);
        Assert.Equal(FullRedrawReason.DeviceMapping, backend.LastFrame.Reason);
        list.AddRect(new RectF(0, 0, W, H), default, Rgba.White, 0, default, 1, Transform2D.Identity);
        backend.Render(list, Rgba.White);
        Assert.Equal((RedrawKind.Full, FullRedrawReason.LargeDamage), (backend.LastFrame.Kind, backend.LastFrame.Reason));
    }

    private static int FirstDifference(byte[] a, byte[] b)
    {
        int at = a.AsSpan().CommonPrefixLength(b);
        return at == a.Length ? -1 : at;
    }
}
