namespace Bridge.Graphics.Tests;

/// <summary>Batches by kind, square variants without the rounded edge, unblended opaque batches and a covering quad
/// folded into the clear draw the same pixels as one batch per scissor with every quad blended (real GL, read back).</summary>
public sealed class BatchingTests
{
    private const int W = 320, H = 180;

    private static readonly ImageHandle Opaque = new(1), Translucent = new(2);

    private static byte[] Image(int w, int h, byte alpha)
    {
        var px = new byte[w * h * 4];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int i = (y * w + x) * 4;
                // Premultiplied: no channel above alpha.
                px[i] = (byte)(x * 255 / w * alpha / 255);
                px[i + 1] = (byte)(y * 255 / h * alpha / 255);
                px[i + 2] = (byte)((x ^ y) & alpha);
                px[i + 3] = alpha;
            }
        }
        return px;
    }

    // A page as the demo's: a background, a backdrop or hero image, a scrim, rounded buttons with text, a rounded clip
    // around an image, a border, square rects on and off whole pixels, a translucent image and a transformed tile.
    private static void Build(DrawList list, TextSystem text, bool backdrop)
    {
        list.Clear();
        list.AddRect(new RectF(20, 20, 100, 50), default, new Rgba(200, 0, 0, 255), 0, default, 1, Transform2D.Identity);
        list.AddRect(new RectF(0, 0, W, H), default, new Rgba(0x10, 0x12, 0x16, 255), 0, default, 1, Transform2D.Identity);
        if (backdrop) list.AddImage(new RectF(0, 0, W, H), default, Opaque, 1, Transform2D.Identity);
        else list.AddImage(new RectF(0, 0, W, 100), default, Opaque, 1, Transform2D.Identity);
        list.AddRect(new RectF(0, 0, W, H), default, new Rgba(10, 10, 14, 200), 0, default, 1, Transform2D.Identity);
        list.AddRect(new RectF(10, 110, 80, 24), CornerRadii.All(6), new Rgba(0, 168, 224, 255), 0, default, 1, Transform2D.Identity);
        TextLayout label = text.Layout("Play now", new TextStyle(null, 14, 700, TextAlign.Left, float.NaN, 1), float.NaN);
        list.AddText(new RectF(18, 114, label.Width, label.Height), label, Rgba.White, 1, Transform2D.Identity);
        list.AddRect(new RectF(100, 110, 80, 24), CornerRadii.All(6), new Rgba(40, 44, 52, 255), 2, Rgba.White, 1, Transform2D.Identity);
        list.AddText(new RectF(108, 114, label.Width, label.Height), label, new Rgba(220, 220, 220, 255), 0.8f, Transform2D.Identity);
        list.AddRect(new RectF(190, 110, 40, 24), default, new Rgba(90, 200, 90, 255), 0, default, 1, Transform2D.Identity);
        list.AddRect(new RectF(235.5f, 110.25f, 30.5f, 24), default, new Rgba(200, 200, 90, 255), 0, default, 1, Transform2D.Identity);
        list.PushClip(new RectF(10, 140, 60, 34), CornerRadii.All(5));
        list.AddImage(new RectF(10, 140, 60, 34), default, Opaque, 1, Transform2D.Identity);
        list.PopClip();
        list.AddImage(new RectF(80, 140, 60, 34), default, Translucent, 1, Transform2D.Identity);
        list.AddImage(new RectF(150, 140, 60, 34), default, Opaque, 0.5f, Transform2D.Identity);
        var scaled = Transform2D.Scale(1.08f, 250, 157);
        list.AddRect(new RectF(220, 140, 60, 34), CornerRadii.All(4), new Rgba(30, 30, 40, 255), 2, Rgba.White, 1, scaled);
        list.AddImage(new RectF(222, 142, 56, 30), default, Opaque, 1, scaled);
        list.AddText(new RectF(224, 150, label.Width, label.Height), label, Rgba.White, 1, scaled);
        list.AddRect(new RectF(290, 140, 20, 20), default, new Rgba(255, 255, 255, 255), 0, default, 1, Transform2D.Identity);
        // Texel-exact images (their texture's size on whole pixels), batched with filtered ones of the same texture.
        list.AddImage(new RectF(ExactX, ExactY, 64, 48), default, Opaque, 1, Transform2D.Identity);
        list.AddImage(new RectF(200, 20, 16, 8), default, Translucent, 0.7f, Transform2D.Identity);
        list.PushClip(new RectF(190, 60, 40, 30), CornerRadii.All(6));
        list.AddImage(new RectF(180, 50, 64, 48), default, Opaque, 1, Transform2D.Identity);
        list.PopClip();
    }

    private const int ExactX = 250, ExactY = 60;

    private static (byte[] Pixels, int DrawCalls) Draw(bool plain, bool backdrop, DeviceMapping device)
    {
        using var backend = new GlesRenderBackend(W, H) { PlainBatching = plain, DamageRedraw = false };
        backend.UploadImage(Opaque, 64, 48, Image(64, 48, 255));
        backend.UploadImage(Translucent, 16, 8, Image(16, 8, 160));
        var list = new DrawList { Device = device };
        Build(list, new TextSystem(), backdrop);
        backend.Render(list, new Rgba(255, 0, 255, 255));
        var px = new byte[W * H * 4];
        backend.ReadPixels(px);
        return (px, backend.LastFrame.DrawCalls);
    }

    [GlTheory]
    [InlineData(false, 1f)]
    [InlineData(true, 1f)]
    [InlineData(false, 0.75f)]
    [InlineData(true, 0.75f)]
    public void Batching_by_kind_draws_the_same_pixels_as_plain_batching(bool backdrop, float scale)
    {
        // At 0.75 the design units land between pixels: fewer quads are square on whole pixels.
        var device = scale == 1f ? DeviceMapping.Identity : new DeviceMapping(scale, 0, 0);
        var (batched, _) = Draw(plain: false, backdrop, device);
        var (plain, _) = Draw(plain: true, backdrop, device);
        int at = batched.AsSpan().CommonPrefixLength(plain);
        Assert.True(at == batched.Length, $"pixel ({at / 4 % W}, {at / 4 / W}) differs from plain batching");
    }

    [GlFact]
    public void An_image_drawn_at_its_size_on_whole_pixels_shows_its_texels_unchanged()
    {
        var (px, _) = Draw(plain: false, backdrop: false, DeviceMapping.Identity);
        byte[] texels = Image(64, 48, 255);
        for (int y = 0; y < 48; y++)
        {
            int at = ((ExactY + y) * W + ExactX) * 4;
            Assert.True(px.AsSpan(at, 64 * 4).SequenceEqual(texels.AsSpan(y * 64 * 4, 64 * 4)), $"row {y} of the image differs from its texels");
        }
    }

    [GlFact]
    public void A_covering_opaque_rect_becomes_the_clear_and_what_it_hides_is_not_drawn()
    {
        using var backend = new GlesRenderBackend(W, H);
        var list = new DrawList();
        list.AddRect(new RectF(20, 20, 100, 50), CornerRadii.All(8), new Rgba(200, 0, 0, 255), 0, default, 1, Transform2D.Identity);
        list.AddRect(new RectF(-2, -2, W + 4, H + 4), default, new Rgba(16, 32, 48, 255), 0, default, 1, Transform2D.Identity);
        backend.Render(list, Rgba.Black);
        Assert.Equal((0, 0), (backend.LastFrame.DrawCalls, backend.LastInstanceCount));
        var px = new byte[W * H * 4];
        backend.ReadPixels(px);
        int at = (H / 2 * W + 40) * 4;
        Assert.Equal(new byte[] { 16, 32, 48, 255 }, px[at..(at + 4)]);
    }

    [Fact]
    public void An_image_is_opaque_only_when_every_alpha_is_255()
    {
        byte[] px = Image(37, 3, 255);
        Assert.True(Gles.ImagePages.IsOpaque(px));
        px[^1] = 254;
        Assert.False(Gles.ImagePages.IsOpaque(px));
        px[^1] = 255;
        px[3] = 0;
        Assert.False(Gles.ImagePages.IsOpaque(px));
    }
}
