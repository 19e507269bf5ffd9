namespace Bridge.Graphics;

/// <summary>A text broken into lines with every glyph positioned, ready to measure and draw.</summary>
/// <remarks>Immutable once made; positions are relative to the layout's top-left corner, y at the glyph's baseline.</remarks>
public sealed class TextLayout
{
    internal TextLayout(string text, TextStyle style, float maxWidth, float width, float height, float baseline,
                        string[] lines, FontFace[] faces, byte[] glyphFace, ushort[] glyphs, float[] x, float[] y, int glyphCount)
    {
        Text = text;
        Style = style;
        MaxWidth = maxWidth;
        Width = width;
        Height = height;
        FirstBaseline = baseline;
        Lines = lines;
        Faces = faces;
        GlyphFace = glyphFace;
        Glyphs = glyphs;
        X = x;
        Y = y;
        GlyphCount = glyphCount;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The style it was laid out with.</summary>
    public TextStyle Style { get; }

    /// <summary>The width lines were wrapped to (infinite when unbounded).</summary>
    public float MaxWidth { get; }

    /// <summary>Width of the widest line in pixels.</summary>
    public float Width { get; }

    /// <summary>Height of all lines in pixels.</summary>
    public float Height { get; }

    /// <summary>Number of lines after wrapping and the line limit.</summary>
    public int LineCount => Lines.Count;

    /// <summary>The text of each line as drawn (trailing spaces removed, an ellipsis where truncated).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>True when the line limit cut text off and the last line ends in an ellipsis.</summary>
    public bool IsTruncated { get; internal init; }

    /// <summary>Number of positioned glyphs.</summary>
    public int GlyphCount { get; }

    internal float FirstBaseline { get; }

    internal FontFace[] Faces { get; }

    internal byte[] GlyphFace { get; }

    internal ushort[] Glyphs { get; }

    internal float[] X { get; }

    internal float[] Y { get; }
}
