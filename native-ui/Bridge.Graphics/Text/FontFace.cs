using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>A typeface at one pixel size: what glyph ids and the glyph atlas are keyed by.</summary>
internal sealed class FontFace
{
    private static int s_nextId;
    private HarfBuzzSharp.Font? _shaper;
    // The sizes this typeface was last rasterized at: the device's, and those of text scaled by a transform (a focused
    // tile's caption, a zoom while it runs). Few at a time; the one used least recently goes when a new one needs room, so
    // that the sizes a frame draws stay while it draws them (a size made again gets a new id, and its glyphs are
    // rasterized again).
    private readonly FontFace?[] _scaled = new FontFace?[ScaledSizes];
    private readonly long[] _scaledUsed = new long[ScaledSizes];
    private long _uses;
    private const int ScaledSizes = 8;

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

    /// <summary>The same typeface at <paramref name="scale"/> times this size, for rasterizing glyphs at the pixel size
    /// they are shown at (the device's scale, times a transform's); the last few scales asked for are kept.</summary>
    internal FontFace AtScale(float scale)
    {
        if (scale == 1) return this;
        float size = Size * scale;
        int oldest = 0;
        for (int i = 0; i < ScaledSizes; i++)
        {
            if (_scaled[i] is { } face && face.Size == size)
            {
                _scaledUsed[i] = ++_uses;
                return face;
            }
            if (_scaledUsed[i] < _scaledUsed[oldest]) oldest = i;
        }
        var scaled = new FontFace(NextId(), Typeface, size);
        _scaled[oldest] = scaled;
        _scaledUsed[oldest] = ++_uses;
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
