using Bridge.App.Content;
using SkiaSharp;

namespace Bridge.App.Posters;

/// <summary>Draws one title's artwork: a gradient keyed by the id's hash, soft light shapes, a genre badge and the title.</summary>
internal static class PosterArt
{
    private static readonly SKColor Accent = new(0x00, 0xA8, 0xE1);
    private static readonly SKColor Background = new(0x0F, 0x11, 0x15);

    // SKColors.Transparent is transparent white, which greys a gradient that fades to it; fade to clear background.
    private static readonly SKColor Clear = Background.WithAlpha(0);

    /// <summary>Draws a tile poster (landscape card) filling <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static void DrawTile(SKCanvas canvas, Title title, int width, int height, SKTypeface bold)
    {
        var hash = SplitMix64.Hash(title.Id);
        DrawBackdrop(canvas, hash, width, height);

        // Bottom scrim so the title stays legible on any gradient.
        using (var scrim = new SKPaint())
        {
            scrim.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, height * 0.35f), new SKPoint(0, height),
                [Clear, Background.WithAlpha(0xE0)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, scrim);
        }

        var scale = height / 135f;
        DrawBadge(canvas, title.GenreName.ToUpperInvariant(), 10 * scale, 10 * scale, 10 * scale, bold);
        var titleSize = (width >= height ? 21 : 26) * scale;
        DrawTitle(canvas, title.Name, 12 * scale, height - 12 * scale, width - 24 * scale, titleSize, bold, maxLines: 2);
    }

    /// <summary>Draws a hero banner: backdrop, a dark fade from the left edge, genre badge and large title.</summary>
    public static void DrawHero(SKCanvas canvas, Title title, int width, int height, SKTypeface bold)
    {
        var hash = SplitMix64.Hash(title.Id);
        DrawBackdrop(canvas, hash, width, height);
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
        DrawBadge(canvas, title.GenreName.ToUpperInvariant(), 64, 96, 16, bold);
        DrawTitle(canvas, title.Name, 64, 250, width * 0.5f, 60, bold, maxLines: 2);
    }

    private static void DrawBackdrop(SKCanvas canvas, ulong hash, int width, int height)
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

    private static void DrawBadge(SKCanvas canvas, string text, float x, float y, float size, SKTypeface bold)
    {
        using var font = new SKFont(bold, size) { Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { IsAntialias = true, Color = Accent };
        var w = font.MeasureText(text);
        var padX = size * 0.6f;
        var padY = size * 0.35f;
        var rect = new SKRect(x, y, x + w + 2 * padX, y + size + 2 * padY);
        canvas.DrawRoundRect(rect, size * 0.3f, size * 0.3f, paint);
        paint.Color = SKColors.White;
        canvas.DrawText(text, x + padX, y + padY + size * 0.85f, SKTextAlign.Left, font, paint);
    }

    private static void DrawTitle(SKCanvas canvas, string text, float x, float baseline, float maxWidth, float size, SKTypeface bold, int maxLines)
    {
        using var font = new SKFont(bold, size) { Edging = SKFontEdging.Antialias };
        var lines = Wrap(text, font, maxWidth, maxLines);
        var lineHeight = size * 1.15f;
        using var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(0xA0) };
        shadow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, size * 0.12f);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.White };
        var y = baseline - (lines.Count - 1) * lineHeight;
        foreach (var line in lines)
        {
            canvas.DrawText(line, x + 1, y + 2, SKTextAlign.Left, font, shadow);
            canvas.DrawText(line, x, y, SKTextAlign.Left, font, paint);
            y += lineHeight;
        }
    }

    /// <summary>Greedy word wrap; the last allowed line ends with an ellipsis when words remain.</summary>
    private static List<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = "";
        var i = 0;
        for (; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (font.MeasureText(candidate) <= maxWidth || current.Length == 0)
            {
                current = candidate;
                continue;
            }
            lines.Add(current);
            current = words[i];
            if (lines.Count == maxLines)
            {
                break;
            }
        }
        if (lines.Count < maxLines && current.Length > 0)
        {
            lines.Add(current);
            current = "";
            i = words.Length;
        }
        if (i < words.Length)
        {
            var last = lines[^1];
            while (last.Length > 1 && font.MeasureText(last + "...") > maxWidth)
            {
                last = last[..^1];
            }
            lines[^1] = last.TrimEnd() + "...";
        }
        return lines;
    }
}
