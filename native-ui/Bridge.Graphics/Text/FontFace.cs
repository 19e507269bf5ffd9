using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>A typeface at one pixel size: what glyph ids and the glyph atlas are keyed by.</summary>
internal sealed class FontFace
{
    private static int s_nextId;
    private HarfBuzzSharp.Font? _shaper;
    private FontFace? _scaled;

    internal FontFace(int id, SKTypeface typeface, float size)
    {
        Id = id;
        Typeface = typeface;
        Size = size;
        Font = new SKFont(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.Slight };
        SKFontMetrics m = Font.Metrics;
        Ascent = m.Ascent;
        Descent = m.Descent;
        Leading = m.Leading;
    }

    /// <summary>A fresh face id, unique within the process.</summary>
    internal static int NextId() => Interlocked.Increment(ref s_nextId);

    /// <summary>The same typeface at <paramref name="scale"/> times this size, for rasterizing glyphs at device pixels
    /// (the last scale asked for is kept: a frame has one).</summary>
    internal FontFace AtScale(float scale)
    {
        if (scale == 1) return this;
        FontFace? scaled = _scaled;
        if (scaled is not null && scaled.Size == Size * scale) return scaled;
        scaled = new FontFace(NextId(), Typeface, Size * scale);
        _scaled = scaled;
        return scaled;
    }

    /// <summary>Unique id within the process, used in glyph atlas keys.</summary>
    internal int Id { get; }

    internal SKTypeface Typeface { get; }

    internal SKFont Font { get; }

    internal float Size { get; }

    /// <summary>Distance from the baseline to the top of the tallest glyphs (negative, y down).</summary>
    internal float Ascent { get; }

    internal float Descent { get; }

    internal float Leading { get; }

    /// <summary>Advance widths measured so far, by glyph id.</summary>
    internal Dictionary<ushort, float> Advances { get; } = new();

    /// <summary>The HarfBuzz font that shapes text in this face (made on first use).</summary>
    internal HarfBuzzSharp.Font Shaper => _shaper ??= TextShaper.CreateFont(Typeface, Size);

    /// <summary>The unshaped advance of a glyph in pixels.</summary>
    internal float Advance(ushort glyph)
    {
        if (Advances.TryGetValue(glyph, out float w)) return w;
        Span<ushort> g = [glyph];
        Span<float> widths = stackalloc float[1];
        Font.GetGlyphWidths(g, widths, Span<SKRect>.Empty);
        Advances[glyph] = widths[0];
        return widths[0];
    }

    /// <summary>The font's own line height.</summary>
    internal float LineHeight => Descent - Ascent + Leading;

    public override string ToString() => $"{Typeface.FamilyName} {Typeface.FontWeight} {Size}px";
}
