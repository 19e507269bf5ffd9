using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>One glyph out of shaping: which glyph of which face, for which code point (rune index), and how far it moves the pen.</summary>
internal readonly record struct ShapedGlyph(ushort Glyph, byte Face, int Rune, float Advance, float OffsetX, float OffsetY);

/// <summary>Shapes paragraphs with HarfBuzz (kerning, mark positioning, ligatures) in the primary face; code points
/// the face lacks are set unshaped in a fallback face.</summary>
internal static class TextShaper
{
    /// <summary>Appends the glyphs of runes [start, end) (one paragraph, no '\n') and adds each glyph's advance to its rune.</summary>
    internal static void ShapeParagraph(Rune[] runes, int start, int end, FontFace primary, Func<int, FontFace?> fallback,
                                        List<FontFace> faces, List<ShapedGlyph> output, float[] runeAdvance)
    {
        if (end <= start) return;
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.ContentType = ContentType.Unicode;
        for (int k = start; k < end; k++) buffer.Add((uint)runes[k].Value, (uint)k);
        buffer.GuessSegmentProperties();
        primary.Shaper.Shape(buffer);
        ReadOnlySpan<GlyphInfo> infos = buffer.GetGlyphInfoSpan();
        ReadOnlySpan<GlyphPosition> positions = buffer.GetGlyphPositionSpan();
        for (int j = 0; j < infos.Length; j++)
        {
            int rune = (int)infos[j].Cluster;
            int cp = runes[rune].Value;
            ushort glyph = (ushort)infos[j].Codepoint;
            float advance = positions[j].XAdvance / 64f;
            float dx = positions[j].XOffset / 64f, dy = -positions[j].YOffset / 64f;
            byte face = 0;
            if (glyph == 0 && cp >= 0x20 && fallback(cp) is { } f)
            {
                int fi = faces.IndexOf(f);
                if (fi < 0 && faces.Count < byte.MaxValue)
                {
                    faces.Add(f);
                    fi = faces.Count - 1;
                }
                if (fi >= 0)
                {
                    face = (byte)fi;
                    glyph = f.Font.GetGlyph(cp);
                    advance = f.Advance(glyph);
                    dx = dy = 0;
                }
            }
            runeAdvance[rune] += advance;
            output.Add(new ShapedGlyph(glyph, face, rune, advance, dx, dy));
        }
    }

    // One HarfBuzz face per typeface, shared by every size of it. The font data lives in native memory owned by its
    // blob for the life of the process: HarfBuzz reads tables lazily, long after the face is made.
    private static readonly Dictionary<SKTypeface, (Blob Blob, HarfBuzzSharp.Face Face)> s_faces = new();
    private static readonly Lock s_facesLock = new();

    /// <summary>Creates a HarfBuzz font over the typeface's font data at a pixel size (positions in 26.6 fixed point).</summary>
    internal static unsafe HarfBuzzSharp.Font CreateFont(SKTypeface typeface, float size)
    {
        HarfBuzzSharp.Face face;
        lock (s_facesLock)
        {
            if (s_faces.TryGetValue(typeface, out var cached))
            {
                face = cached.Face;
            }
            else
            {
                using SKStreamAsset asset = typeface.OpenStream(out int ttcIndex)
                    ?? throw new InvalidOperationException($"Font {typeface.FamilyName} has no readable font data for shaping.");
                int length = asset.Length;
                void* data = NativeMemory.Alloc((nuint)length);
                // SAFETY: data holds `length` bytes; the blob frees it when HarfBuzz drops its last reference.
                asset.Read((nint)data, length);
                var blob = new Blob((nint)data, length, MemoryMode.ReadOnly, () => NativeMemory.Free(data));
                face = new HarfBuzzSharp.Face(blob, ttcIndex);
                s_faces[typeface] = (blob, face);
            }
        }
        var font = new HarfBuzzSharp.Font(face);
        int scale = (int)MathF.Round(size * 64);
        font.SetScale(scale, scale);
        font.SetFunctionsOpenType();
        return font;
    }
}
