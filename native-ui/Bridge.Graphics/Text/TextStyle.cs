namespace Bridge.Graphics;

/// <summary>Horizontal alignment of text lines within the layout width.</summary>
public enum TextAlign
{
    /// <summary>Start of the line (left, as only left-to-right text is laid out).</summary>
    Auto,
    /// <summary>Left edge.</summary>
    Left,
    /// <summary>Right edge.</summary>
    Right,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Stretched to both edges by widening spaces; the last line is left-aligned.</summary>
    Justify,
}

/// <summary>How a text is drawn: font, size, weight, alignment, line height and line limit.</summary>
/// <param name="FontFamily">A fontconfig family name; null for the default (DejaVu Sans).</param>
/// <param name="FontSize">Font size in pixels.</param>
/// <param name="FontWeight">CSS weight, 100 to 900 (400 normal, 700 bold).</param>
/// <param name="Align">Line alignment.</param>
/// <param name="LineHeight">Line height in pixels, NaN for the font's own.</param>
/// <param name="NumberOfLines">Maximum number of lines, the last ellipsized; 0 for unlimited.</param>
public sealed record TextStyle(string? FontFamily, float FontSize, int FontWeight, TextAlign Align,
                               float LineHeight, int NumberOfLines)
{
    /// <summary>DejaVu Sans 16 px, normal weight, left-aligned, font line height, unlimited lines.</summary>
    public static readonly TextStyle Default = new(null, 16, 400, TextAlign.Auto, float.NaN, 0);
}
