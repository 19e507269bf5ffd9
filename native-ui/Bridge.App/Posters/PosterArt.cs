using Bridge.App.Content;
using SkiaSharp;

namespace Bridge.App.Posters;

/// <summary>Draws one title's artwork: a gradient keyed by the id's hash, a soft light and layered hills. No text: pages
/// draw titles and genres as text nodes, rasterized at the size they are shown and never twice.</summary>
internal static class PosterArt
{
    private static readonly SKColor Background = new(0x0F, 0x11, 0x15);

    // SKColors.Transparent is transparent white, which greys a gradient that fades to it; fade to clear background.
    private static readonly SKColor Clear = Background.WithAlpha(0);

    /// <summary>Draws the title's scene filling <paramref name="width"/> × <paramref name="height"/>: a tile poster or a
    /// full-screen backdrop (details, player).</summary>
    public static void DrawScene(SKCanvas canvas, Title title, int width, int height) =>
        DrawScene(canvas, SplitMix64.Hash(title.Id), width, height);

    /// <summary>Draws a hero banner: the scene with a dark fade from the left edge and the bottom, where the page puts
    /// the genre, title, synopsis and buttons.</summary>
    public static void DrawHero(SKCanvas canvas, Title title, int width, int height)
    {
        DrawScene(canvas, SplitMix64.Hash(title.Id), width, height);
        using (var fade = new SKPaint())
        {
            fade.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width * 0.7f, 0),
                [Background, Background.WithAlpha(0xB0), Clear], [0f, 0.45f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, fade);
        }
        using (var bottom = new SKPaint())
        {
            bottom.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, height * 0.6f), new SKPoint(0, height),
                [Clear, Background], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, bottom);
        }
    }

    private static void DrawScene(SKCanvas canvas, ulong hash, int width, int height)
    {
        var hue = hash % 360;
        var hue2 = (hue + 35 + (hash >> 9) % 70) % 360;
        var from = SKColor.FromHsl(hue, 72, 38);
        var to = SKColor.FromHsl(hue2, 78, 13);
        using var paint = new SKPaint { IsAntialias = true };
        var angle = (hash >> 17) % 2 == 0;
        paint.Shader = SKShader.CreateLinearGradient(
            new SKPoint(0, angle ? 0 : height), new SKPoint(width, angle ? height : 0),
            [from, to], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);

        // A soft glow like a light source in a key frame.
        var gx = width * (0.45f + (hash >> 23) % 50 / 100f);
        var gy = height * (0.15f + (hash >> 29) % 40 / 100f);
        var radius = Math.Max(width, height) * 0.45f;
        var glow = SKColor.FromHsl((hue + 25) % 360, 95, 68);
        paint.Shader = SKShader.CreateRadialGradient(
            new SKPoint(gx, gy), radius,
            [glow.WithAlpha(0x60), glow.WithAlpha(0)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);

        // Layered hills: a silhouette gives each poster depth without any photograph.
        paint.Shader = null;
        var layers = 2 + (int)((hash >> 35) % 2);
        for (var layer = 0; layer < layers; layer++)
        {
            using var builder = new SKPathBuilder();
            var baseY = height * (0.55f + layer * 0.14f);
            builder.MoveTo(0, height);
            builder.LineTo(0, baseY);
            var steps = 5;
            for (var s = 1; s <= steps; s++)
            {
                var x = width * s / steps;
                var wobble = (float)(((hash >> (s * 5 + layer * 3)) % 100) / 100.0 - 0.5) * height * 0.22f;
                builder.QuadTo(x - width / (2f * steps), baseY + wobble, x, baseY - wobble * 0.4f);
            }
            builder.LineTo(width, height);
            builder.Close();
            using var path = builder.Detach();
            paint.Color = SKColor.FromHsl(hue2, 55, 12 - layer * 3).WithAlpha((byte)(0xC8 + layer * 0x18));
            canvas.DrawPath(path, paint);
        }
    }
}
