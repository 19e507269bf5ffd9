using System.Text;
using SkiaSharp;

namespace Bridge.Graphics;

public sealed partial class TextSystem
{
    // A small tolerance so that text measured at width W still fits on one line when laid out at maxWidth = W.
    private const float FitEpsilon = 0.01f;
    private const int Ellipsis = 0x2026;

    private readonly record struct Line(int Start, int End, float Width, bool EndsParagraph, bool Ellipsized);

    private TextLayout LayoutUncached(string source, TextStyle style, float maxWidth)
    {
        // STEP 1: primary face and its metrics; the line box comes from the primary face (CSS 'line-height: normal').
        string text = NormalizeNewlines(source);
        SKTypeface primaryTypeface = ResolveTypeface(style.FontFamily ?? DefaultFamily, style.FontWeight);
        FontFace primary = Face(primaryTypeface, style.FontSize);
        var faces = new List<FontFace> { primary };

        // STEP 2: shape each paragraph (HarfBuzz: kerning, marks, ligatures); every glyph's advance is credited to the
        // code point that starts its cluster, so line breaking can work on code points.
        Rune[] runes = ToRunes(text, out int[] charStart);
        int n = runes.Length;
        var advance = new float[n];
        var shaped = new List<ShapedGlyph>(n);
        Func<int, FontFace?> fallback = cp => FallbackFor(cp, style.FontWeight) is { } tf ? Face(tf, style.FontSize) : null;
        for (int p = 0, i = 0; i <= n; i++)
        {
            if (i < n && runes[i].Value != '\n') continue;
            TextShaper.ShapeParagraph(runes, p, i, primary, fallback, faces, shaped, advance);
            p = i + 1;
        }
        for (int i = 0; i < n; i++) if (IsInvisible(runes[i].Value)) advance[i] = 0;

        // STEP 3: greedy line breaking (UAX #14 reduced to: break after spaces and hyphens, always at '\n',
        // inside a word only when the word alone is wider than the line).
        bool bounded = float.IsFinite(maxWidth);
        var lines = new List<Line>();
        int start = 0, lastBreak = -1;
        float width = 0;
        for (int i = 0; i < n; i++)
        {
            int cp = runes[i].Value;
            if (cp == '\n')
            {
                lines.Add(MakeLine(runes, advance, start, i, endsParagraph: true));
                start = i + 1;
                width = 0;
                lastBreak = -1;
                continue;
            }
            float w = advance[i];
            if (bounded && !IsSpace(cp) && i > start && width + w > maxWidth + FitEpsilon)
            {
                int next = lastBreak >= start ? lastBreak + 1 : i;
                lines.Add(MakeLine(runes, advance, start, next, endsParagraph: false));
                start = next;
                width = 0;
                lastBreak = -1;
                for (int k = start; k < i; k++)
                {
                    width += advance[k];
                    if (IsBreakAfter(runes[k].Value)) lastBreak = k;
                }
            }
            width += w;
            if (IsBreakAfter(cp)) lastBreak = i;
        }
        if (n > 0) lines.Add(MakeLine(runes, advance, start, n, endsParagraph: true));

        // STEP 4: the line limit; the last kept line is shortened until it fits with an ellipsis.
        bool truncated = false;
        ushort ellipsisGlyph = primary.Font.GetGlyph(Ellipsis);
        float ellipsisWidth = ellipsisGlyph != 0 ? primary.Advance(ellipsisGlyph) : 0;
        if (style.NumberOfLines > 0 && lines.Count > style.NumberOfLines)
        {
            truncated = true;
            lines.RemoveRange(style.NumberOfLines, lines.Count - style.NumberOfLines);
            Line last = lines[^1];
            int end = last.End;
            float lw = last.Width;
            while (end > last.Start && (IsSpace(runes[end - 1].Value) || (bounded && lw + ellipsisWidth > maxWidth + FitEpsilon)))
            {
                end--;
                lw -= advance[end];
            }
            lines[^1] = new Line(last.Start, end, lw + ellipsisWidth, true, true);
        }

        // STEP 5: position glyphs: line boxes of the line height, baseline centred in the box (half-leading),
        // lines aligned within the wrap width (or the widest line when unbounded).
        float lineHeight = float.IsNaN(style.LineHeight) ? primary.LineHeight : style.LineHeight;
        float halfLeading = (lineHeight - (primary.Descent - primary.Ascent)) / 2;
        float widest = 0;
        foreach (Line l in lines) widest = MathF.Max(widest, l.Width);
        float box = bounded ? maxWidth : widest;

        var outGlyphs = new ushort[shaped.Count + 1];
        var outFace = new byte[shaped.Count + 1];
        var xs = new float[shaped.Count + 1];
        var ys = new float[shaped.Count + 1];
        int g = 0;
        var lineTexts = new string[lines.Count];
        int count = 0;
        for (int li = 0; li < lines.Count; li++)
        {
            Line l = lines[li];
            float baseline = li * lineHeight + halfLeading - primary.Ascent;
            float x = style.Align switch
            {
                TextAlign.Right => box - l.Width,
                TextAlign.Center => (box - l.Width) / 2,
                _ => 0,
            };
            float spaceExtra = 0;
            if (style.Align == TextAlign.Justify && !l.EndsParagraph && bounded)
            {
                int spaces = 0;
                for (int k = l.Start; k < l.End; k++) if (IsSpace(runes[k].Value)) spaces++;
                if (spaces > 0) spaceExtra = (box - l.Width) / spaces;
            }
            while (g < shaped.Count && shaped[g].Rune < l.Start) g++;
            for (; g < shaped.Count && shaped[g].Rune < l.End; g++)
            {
                ShapedGlyph sg = shaped[g];
                int cp = runes[sg.Rune].Value;
                if (!IsInvisible(cp) && !IsSpace(cp) && sg.Glyph != 0)
                {
                    outGlyphs[count] = sg.Glyph;
                    outFace[count] = sg.Face;
                    xs[count] = x + sg.OffsetX;
                    ys[count] = baseline + sg.OffsetY;
                    count++;
                }
                x += IsInvisible(cp) ? 0 : sg.Advance + (IsSpace(cp) ? spaceExtra : 0);
            }
            string lineText = text[charStart[l.Start]..charStart[l.End]];
            if (l.Ellipsized)
            {
                if (ellipsisGlyph != 0)
                {
                    outGlyphs[count] = ellipsisGlyph;
                    outFace[count] = 0;
                    xs[count] = x;
                    ys[count] = baseline;
                    count++;
                }
                lineText += "\u2026";
            }
            lineTexts[li] = lineText;
        }

        return new TextLayout(source, style, maxWidth, widest, lines.Count * lineHeight,
                              lines.Count > 0 ? halfLeading - primary.Ascent : 0, lineTexts, faces.ToArray(),
                              outFace, outGlyphs, xs, ys, count)
        { IsTruncated = truncated };
    }

    private static Line MakeLine(Rune[] runes, float[] advance, int start, int end, bool endsParagraph)
    {
        // Trailing spaces hang past the line end: they take no width and are not drawn (CSS Text 3 §4.1.3).
        int trimmed = end;
        while (trimmed > start && IsSpace(runes[trimmed - 1].Value)) trimmed--;
        float w = 0;
        for (int k = start; k < trimmed; k++) w += advance[k];
        return new Line(start, trimmed, w, endsParagraph, false);
    }
}
