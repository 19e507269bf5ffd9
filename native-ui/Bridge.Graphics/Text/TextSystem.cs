using System.Text;
using Serilog;
using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Lays out and measures text with fonts found through fontconfig (SkiaSharp); needs no GL.</summary>
/// <remarks>Not thread-safe: call it from one thread (the UI thread), like the layout system that measures with it.
/// A font family that is not installed falls back to the default family, with one warning per family; when fontconfig
/// finds no usable font at all (none installed, an empty configuration), text uses the DejaVu Sans bundled with this
/// library (<c>Text/Fonts</c>), with one warning.</remarks>
public sealed partial class TextSystem
{
    /// <summary>The family used when a style names none, or names one that is not installed.</summary>
    public const string DefaultFamily = "DejaVu Sans";

    private const int LayoutCacheLimit = 1024;

    private readonly ILogger _log;
    private readonly SKFontManager _fonts = SKFontManager.Default;
    private readonly Dictionary<(string Family, int Weight), SKTypeface> _typefaces = new();
    private readonly Dictionary<(SKTypeface Typeface, float Size), FontFace> _faces = new();
    private readonly Dictionary<(int Codepoint, int Weight), SKTypeface?> _fallbacks = new();
    private readonly HashSet<string> _warnedFamilies = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<SKTypeface> s_bundled = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);
    private bool _warnedBundled;
    private readonly Dictionary<(string Text, TextStyle Style, float MaxWidth), TextLayout> _cache = new();

    /// <summary>Creates a text system that logs missing fonts to <paramref name="log"/>.</summary>
    public TextSystem(ILogger? log = null)
    {
        _log = (log ?? Serilog.Core.Logger.None).ForContext<TextSystem>();
        SKTypeface primary = ResolveTypeface(DefaultFamily, 400);
        if (!string.Equals(primary.FamilyName, DefaultFamily, StringComparison.OrdinalIgnoreCase))
            _log.Warning("Font {Family} is not installed; text uses {Fallback}", DefaultFamily, primary.FamilyName);
    }

    /// <summary>Breaks a text into lines no wider than <paramref name="maxWidth"/> (NaN or infinity: unbounded) and positions its glyphs.</summary>
    public TextLayout Layout(string text, TextStyle style, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        CheckStyle(style);
        if (float.IsNaN(maxWidth) || maxWidth < 0) maxWidth = float.PositiveInfinity;
        var key = (text, style, maxWidth);
        if (_cache.TryGetValue(key, out TextLayout? cached)) return cached;
        if (_cache.Count >= LayoutCacheLimit) _cache.Clear();
        TextLayout layout = LayoutUncached(text, style, maxWidth);
        _cache[key] = layout;
        return layout;
    }

    /// <summary>Measures a text as <see cref="Layout"/> would lay it out: the widest line and the total height.</summary>
    public (float Width, float Height) Measure(string text, TextStyle style, float maxWidth)
    {
        TextLayout l = Layout(text, style, maxWidth);
        return (l.Width, l.Height);
    }

    /// <summary>The distance from the top of a layout to the baseline of its first line.</summary>
    public float Baseline(TextLayout l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l.FirstBaseline;
    }

    /// <summary>The family name that a style's font resolves to on this machine.</summary>
    public string ResolvedFamily(TextStyle style) => ResolveTypeface(style.FontFamily ?? DefaultFamily, style.FontWeight).FamilyName;

    private static void CheckStyle(TextStyle style)
    {
        if (!(style.FontSize > 0) || !float.IsFinite(style.FontSize))
            throw new ArgumentException($"TextStyle.FontSize must be a positive number, got {style.FontSize}.", nameof(style));
        if (style.FontWeight is < 1 or > 1000)
            throw new ArgumentException($"TextStyle.FontWeight must be within 1..1000 (CSS 100..900), got {style.FontWeight}.", nameof(style));
        if (style.NumberOfLines < 0)
            throw new ArgumentException($"TextStyle.NumberOfLines must be 0 (unlimited) or more, got {style.NumberOfLines}.", nameof(style));
        if (!float.IsNaN(style.LineHeight) && !(style.LineHeight > 0 && float.IsFinite(style.LineHeight)))
            throw new ArgumentException($"TextStyle.LineHeight must be NaN (font default) or a positive number, got {style.LineHeight}.", nameof(style));
    }

    private SKTypeface ResolveTypeface(string family, int weight)
    {
        if (_typefaces.TryGetValue((family, weight), out SKTypeface? tf)) return tf;
        var skStyle = new SKFontStyle(weight, (int)SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        tf = _fonts.MatchFamily(family, skStyle);
        if (tf is null || !string.Equals(tf.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            if (!string.Equals(family, DefaultFamily, StringComparison.OrdinalIgnoreCase))
            {
                if (_warnedFamilies.Add(family))
                    _log.Warning("Font family {Family} is not installed; using {Default}", family, DefaultFamily);
                tf = ResolveTypeface(DefaultFamily, weight);
            }
            else
            {
                tf ??= _fonts.MatchFamily(null, skStyle) ?? SKTypeface.Default;
            }
        }
        if (!IsUsable(tf))
        {
            if (!_warnedBundled)
            {
                _warnedBundled = true;
                _log.Warning("No usable font found through fontconfig (is a font package such as fonts-dejavu-core installed, "
                    + "or FONTCONFIG_FILE pointing at an empty configuration?); text uses the bundled {Family}", DefaultFamily);
            }
            tf = s_bundled.Value;
        }
        _typefaces[(family, weight)] = tf;
        return tf;
    }

    /// <summary>A typeface text can be shaped and drawn with: it has glyphs and font data.</summary>
    private static bool IsUsable(SKTypeface? typeface)
    {
        if (typeface is null || typeface.GlyphCount == 0)
        {
            return false;
        }
        using var data = typeface.OpenStream(out _);
        return data is not null && data.Length > 0;
    }

    private static SKTypeface LoadBundled()
    {
        using var resource = typeof(TextSystem).Assembly.GetManifestResourceStream("Bridge.Graphics.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the bundled font Bridge.Graphics.DejaVuSans.ttf is missing from Bridge.Graphics");
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        return SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new InvalidOperationException("the bundled font Bridge.Graphics.DejaVuSans.ttf cannot be read");
    }

    private FontFace Face(SKTypeface typeface, float size)
    {
        if (_faces.TryGetValue((typeface, size), out FontFace? face)) return face;
        face = new FontFace(FontFace.NextId(), typeface, size);
        _faces[(typeface, size)] = face;
        return face;
    }

    private SKTypeface? FallbackFor(int codepoint, int weight)
    {
        if (_fallbacks.TryGetValue((codepoint, weight), out SKTypeface? tf)) return tf;
        var skStyle = new SKFontStyle(weight, (int)SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        tf = _fonts.MatchCharacter(null, skStyle, null, codepoint);
        if (tf is not null)
        {
            using var probe = new SKFont(tf, 12);
            if (probe.GetGlyph(codepoint) == 0) tf = null;
        }
        _fallbacks[(codepoint, weight)] = tf;
        return tf;
    }

    private static bool IsSpace(int cp) => cp is ' ' or '\t' or 0x00A0 or 0x3000;

    // UAX #14 reduced: after spaces and hyphens, and between ideographs (class ID: kana, CJK, Hangul syllables).
    private static bool IsBreakAfter(int cp) =>
        cp is ' ' or '\t' or '-' or 0x2010 or 0x2013 or 0x200B or 0x3000
        || cp is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF;

    private static bool IsInvisible(int cp) => cp < 0x20 || cp is 0x200B or 0xFEFF;

    private static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static Rune[] ToRunes(string text, out int[] charStart)
    {
        var runes = new List<Rune>(text.Length);
        var starts = new List<int>(text.Length + 1);
        int i = 0;
        foreach (Rune r in text.EnumerateRunes())
        {
            runes.Add(r);
            starts.Add(i);
            i += r.Utf16SequenceLength;
        }
        starts.Add(i);
        charStart = starts.ToArray();
        return runes.ToArray();
    }
}
