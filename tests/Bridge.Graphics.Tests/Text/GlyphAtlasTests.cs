namespace Bridge.Graphics.Tests;

public sealed class GlyphAtlasTests
{
    private readonly TextLayout _alphabet = new TextSystem().Layout(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÉÎÕÜÇ", new TextStyle(null, 28, 400, TextAlign.Left, float.NaN, 0), float.NaN);

    [Fact]
    public void Rasterized_glyph_has_coverage_inside_its_slot()
    {
        var atlas = new GlyphAtlas(64, 256);
        GlyphSlot s = atlas.Get(_alphabet.Faces[0], _alphabet.Glyphs[0]);
        Assert.True(s.W > 10 && s.H > 10, $"slot {s}");
        int sum = 0;
        for (int y = s.Y; y < s.Y + s.H; y++)
            for (int x = s.X; x < s.X + s.W; x++) sum += atlas.Pixels[y * atlas.Size + x];
        Assert.True(sum > 255 * 20, "the glyph left no coverage in the atlas");
        Assert.Equal(s, atlas.Get(_alphabet.Faces[0], _alphabet.Glyphs[0]));
    }

    [Fact]
    public void Grows_then_starts_over_when_full_at_its_maximum_size()
    {
        var atlas = new GlyphAtlas(64, 128);
        for (int i = 0; i < _alphabet.GlyphCount; i++)
        {
            GlyphSlot s = atlas.Get(_alphabet.Faces[0], _alphabet.Glyphs[i]);
            Assert.True(s.X + s.W <= atlas.Size && s.Y + s.H <= atlas.Size, $"slot {s} outside a {atlas.Size} atlas");
        }
        Assert.Equal(128, atlas.Size);
        Assert.True(atlas.Generation > 0, "a full atlas at its maximum size must evict and start over");
        Assert.True(atlas.FullUploadNeeded);
    }

    [Fact]
    public void Dirty_rows_cover_new_glyphs_after_an_upload()
    {
        var atlas = new GlyphAtlas(256, 256);
        atlas.Get(_alphabet.Faces[0], _alphabet.Glyphs[0]);
        atlas.MarkUploaded();
        Assert.Equal(atlas.DirtyStart, atlas.DirtyEnd);
        GlyphSlot s = atlas.Get(_alphabet.Faces[0], _alphabet.Glyphs[1]);
        Assert.False(atlas.FullUploadNeeded);
        Assert.True(atlas.DirtyStart <= s.Y && atlas.DirtyEnd >= s.Y + s.H);
    }
}
