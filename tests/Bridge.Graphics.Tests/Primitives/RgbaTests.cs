namespace Bridge.Graphics.Tests;

public sealed class RgbaTests
{
    [Theory]
    [InlineData("#f00", 255, 0, 0, 255)]
    [InlineData("#0f08", 0, 255, 0, 136)]
    [InlineData("#102030", 0x10, 0x20, 0x30, 255)]
    [InlineData("#10203080", 0x10, 0x20, 0x30, 0x80)]
    [InlineData("rgb(1, 2, 3)", 1, 2, 3, 255)]
    [InlineData("rgba(255,128,0,0.5)", 255, 128, 0, 128)]
    [InlineData("rgb(255 0 0 / 50%)", 255, 0, 0, 128)]
    [InlineData("rgb(100%, 0%, 0%)", 255, 0, 0, 255)]
    [InlineData("  RebeccaPurple ", 0x66, 0x33, 0x99, 255)]
    [InlineData("transparent", 0, 0, 0, 0)]
    [InlineData("grey", 128, 128, 128, 255)]
    public void Parses_css_colours(string css, int r, int g, int b, int a) =>
        Assert.Equal(new Rgba((byte)r, (byte)g, (byte)b, (byte)a), Rgba.Parse(css));

    [Theory]
    [InlineData("")]
    [InlineData("#12")]
    [InlineData("#12345")]
    [InlineData("#ggg")]
    [InlineData("rgb(1,2)")]
    [InlineData("rgb(1,2,3,4,5)")]
    [InlineData("hsl(0, 100%, 50%)")]
    [InlineData("notacolour")]
    public void Rejects_malformed_colours(string css) => Assert.False(Rgba.TryParse(css, out _));

    [Fact]
    public void Parse_error_names_the_value()
    {
        var ex = Assert.Throws<FormatException>(() => Rgba.Parse("bluish"));
        Assert.Contains("'bluish'", ex.Message);
    }

    [Fact]
    public void Knows_all_148_named_colours() => Assert.Equal(148, CssNamedColors.Table.Count);

    [Fact]
    public void WithOpacity_scales_alpha_only() =>
        Assert.Equal(new Rgba(10, 20, 30, 100), new Rgba(10, 20, 30, 200).WithOpacity(0.5f));
}
