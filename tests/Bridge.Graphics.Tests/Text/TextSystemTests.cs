namespace Bridge.Graphics.Tests;

public sealed class TextSystemTests
{
    private static readonly TextStyle Body = new(null, 16, 400, TextAlign.Left, float.NaN, 0);
    private readonly TextSystem _text = new();

    [Fact]
    public void Unbounded_text_stays_on_one_line()
    {
        TextLayout l = _text.Layout("The quick brown fox jumps over the lazy dog", Body, float.NaN);
        Assert.Equal(1, l.LineCount);
        Assert.InRange(l.Width, 200, 500);
        Assert.Equal(_text.Measure("The quick brown fox jumps over the lazy dog", Body, float.PositiveInfinity), (l.Width, l.Height));
    }

    [Fact]
    public void Wraps_at_spaces_and_no_line_exceeds_the_width()
    {
        const string s = "The quick brown fox jumps over the lazy dog";
        TextLayout l = _text.Layout(s, Body, 120);
        Assert.True(l.LineCount >= 3, $"{l.LineCount} lines");
        Assert.True(l.Width <= 120, $"width {l.Width}");
        Assert.Equal(s, string.Join(" ", l.Lines));
        foreach (string line in l.Lines) Assert.False(line.EndsWith(' ') || line.StartsWith(' '), $"'{line}'");
    }

    [Fact]
    public void Breaks_inside_a_word_only_when_it_alone_is_too_wide()
    {
        TextLayout l = _text.Layout("Supercalifragilisticexpialidocious", Body, 60);
        Assert.True(l.LineCount > 1);
        Assert.True(l.Width <= 60);
        Assert.Equal("Supercalifragilisticexpialidocious", string.Concat(l.Lines));
    }

    [Fact]
    public void Ideographs_break_between_characters_not_at_the_previous_space()
    {
        const string s = "Hello \u65e5\u672c\u8a9e\u65e5\u672c\u8a9e\u65e5\u672c\u8a9e";
        float hello = _text.Measure("Hello \u65e5\u672c", Body, float.NaN).Width;
        TextLayout l = _text.Layout(s, Body, hello + 1);
        Assert.True(l.LineCount >= 2);
        Assert.Equal("Hello \u65e5\u672c", l.Lines[0]);
        Assert.Equal(s, l.Lines[0] + string.Concat(l.Lines.Skip(1)));
    }

    [Fact]
    public void Text_measured_at_its_own_width_keeps_its_lines()
    {
        const string s = "Déjà vu in the café";
        (float w, _) = _text.Measure(s, Body, float.NaN);
        Assert.Equal(1, _text.Layout(s, Body, w).LineCount);
    }

    [Fact]
    public void Hard_newlines_start_new_lines()
    {
        TextLayout l = _text.Layout("one\ntwo\r\nthree", Body, float.NaN);
        Assert.Equal(["one", "two", "three"], l.Lines);
    }

    [Fact]
    public void Number_of_lines_truncates_with_an_ellipsis_that_fits()
    {
        var style = Body with { NumberOfLines = 2 };
        TextLayout l = _text.Layout("A very long title that cannot possibly fit in two short lines of text", style, 130);
        Assert.Equal(2, l.LineCount);
        Assert.True(l.IsTruncated);
        Assert.EndsWith("\u2026", l.Lines[1]);
        Assert.True(l.Width <= 130);
        Assert.False(_text.Layout("short", style, 130).IsTruncated);
    }

    [Fact]
    public void Line_height_sets_the_height_of_each_line()
    {
        TextLayout l = _text.Layout("a b c d e f g h", Body with { LineHeight = 30 }, 20);
        Assert.Equal(l.LineCount * 30f, l.Height);
        TextLayout natural = _text.Layout("a", Body, float.NaN);
        Assert.InRange(natural.Height, 16, 24);
        Assert.InRange(_text.Baseline(natural), 10, natural.Height);
    }

    [Fact]
    public void Alignment_places_lines_within_the_wrap_width()
    {
        TextLayout left = _text.Layout("Hi", Body, 200);
        TextLayout center = _text.Layout("Hi", Body with { Align = TextAlign.Center }, 200);
        TextLayout right = _text.Layout("Hi", Body with { Align = TextAlign.Right }, 200);
        Assert.Equal(0f, left.X[0]);
        Assert.Equal((200 - left.Width) / 2, center.X[0], 3);
        Assert.Equal(200 - left.Width, right.X[0], 3);
    }

    [Fact]
    public void Justify_stretches_all_but_the_last_line()
    {
        var style = Body with { Align = TextAlign.Justify };
        TextLayout l = _text.Layout("aa bb cc dd ee ff gg hh ii", style, 100);
        Assert.True(l.LineCount >= 2);
        // The last glyph of the first line ends at the right edge.
        int firstLineGlyphs = l.Lines[0].Replace(" ", "").Length;
        float end = l.X[firstLineGlyphs - 1] + l.Faces[0].Advance(l.Glyphs[firstLineGlyphs - 1]);
        Assert.InRange(end, 99.5f, 100.5f);
    }

    [Fact]
    public void Accented_latin_maps_to_real_glyphs()
    {
        TextLayout l = _text.Layout("ÀéîõüçñøåÆœß", Body, float.NaN);
        Assert.Equal(12, l.GlyphCount);
        for (int i = 0; i < l.GlyphCount; i++) Assert.NotEqual((ushort)0, l.Glyphs[i]);
    }

    [Fact]
    public void Combining_marks_take_no_width_and_sit_over_their_base()
    {
        float q = _text.Measure("q", Body, float.NaN).Width;
        TextLayout marked = _text.Layout("q\u0301", Body, float.NaN);
        Assert.Equal(q, marked.Width, 2);
        Assert.Equal(2, marked.GlyphCount);
        Assert.InRange(marked.X[1], marked.X[0] - q, marked.X[0] + q);
    }

    [Fact]
    public void Decomposed_accent_uses_the_precomposed_glyph()
    {
        TextLayout decomposed = _text.Layout("e\u0301", Body, float.NaN);
        TextLayout precomposed = _text.Layout("\u00e9", Body, float.NaN);
        Assert.Equal(1, decomposed.GlyphCount);
        Assert.Equal(precomposed.Glyphs[0], decomposed.Glyphs[0]);
    }

    [Fact]
    public void Shaped_glyphs_are_the_face_glyphs_across_weights_and_collections()
    {
        var text = new TextSystem();
        foreach (int weight in new[] { 400, 700, 400 })
        {
            TextLayout l = text.Layout("Rail 1: Zoë", Body with { FontWeight = weight, FontSize = 13 + weight / 100f }, float.NaN);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            string visible = "Rail1:Zoë";
            Assert.Equal(visible.Length, l.GlyphCount);
            for (int i = 0; i < visible.Length; i++) Assert.Equal(l.Faces[0].Font.GetGlyph(visible[i]), l.Glyphs[i]);
        }
    }

    [Fact]
    public void Shaping_applies_kerning()
    {
        float a = _text.Measure("A", Body, float.NaN).Width, v = _text.Measure("V", Body, float.NaN).Width;
        Assert.True(_text.Measure("AV", Body, float.NaN).Width < a + v, "AV should be kerned tighter than A + V");
    }

    [Fact]
    public void Bold_is_wider_than_regular()
    {
        float regular = _text.Measure("Bridge", Body, float.NaN).Width;
        float bold = _text.Measure("Bridge", Body with { FontWeight = 700 }, float.NaN).Width;
        Assert.True(bold > regular, $"bold {bold} regular {regular}");
    }

    [Fact]
    public void Unknown_family_falls_back_to_the_default_and_warns_once()
    {
        var sink = new LogSink();
        var text = new TextSystem(sink.Logger);
        var style = Body with { FontFamily = "No Such Font Family" };
        text.Layout("x", style, float.NaN);
        text.Layout("y", style, float.NaN);
        Assert.Equal(TextSystem.DefaultFamily, text.ResolvedFamily(style));
        Assert.Single(sink.Messages, m => m.Contains("No Such Font Family"));
    }

    [Fact]
    public void Empty_text_has_no_lines_and_no_size()
    {
        TextLayout l = _text.Layout("", Body, 100);
        Assert.Equal(0, l.LineCount);
        Assert.Equal(0f, l.Height);
    }

    [Fact]
    public void Bad_style_is_rejected_naming_the_field()
    {
        var ex = Assert.Throws<ArgumentException>(() => _text.Layout("x", Body with { FontSize = 0 }, 10));
        Assert.Contains("FontSize", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => _text.Layout("x", Body with { NumberOfLines = -1 }, 10));
        Assert.Contains("NumberOfLines", ex.Message);
    }
}
