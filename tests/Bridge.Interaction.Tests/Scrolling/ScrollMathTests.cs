using Bridge.Interaction.Scrolling;

namespace Bridge.Interaction.Tests.Scrolling;

public sealed class ScrollMathTests
{
    [Theory]
    [InlineData(0f, 100f, 0f)]      // already visible
    [InlineData(0f, 1200f, 380f)]   // past the end: end + margin - viewport
    [InlineData(500f, 300f, 200f)]  // before the start: start - margin
    [InlineData(0f, 4900f, 4000f)]  // clamped to the content's end
    [InlineData(300f, 50f, 0f)]     // clamped to zero
    public void Nearest_scrolls_just_enough_to_show_the_child_with_its_margin(float offset, float childStart, float expected)
    {
        // Viewport 1000, content 5000, child 80 wide, margin 100.
        Assert.Equal(expected, ScrollMath.OffsetToReveal(offset, 1000, 5000, childStart, 80, 100));
    }

    [Fact]
    public void Center_puts_the_child_in_the_middle()
    {
        Assert.Equal(1540, ScrollMath.OffsetToReveal(0, 1000, 5000, 2000, 80, 100, ScrollAlign.Center));
    }

    [Fact]
    public void Child_larger_than_the_viewport_aligns_its_start()
    {
        Assert.Equal(600, ScrollMath.OffsetToReveal(0, 1000, 5000, 600, 1500, 0));
    }

    [Fact]
    public void Content_smaller_than_the_viewport_never_scrolls()
    {
        Assert.Equal(0, ScrollMath.OffsetToReveal(0, 1000, 800, 700, 100, 100));
    }

    [Fact]
    public void Bad_sizes_are_rejected_naming_the_argument()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ScrollMath.OffsetToReveal(0, -1, 100, 0, 10));
        Assert.Equal("viewportSize", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => ScrollMath.OffsetToReveal(float.NaN, 10, 100, 0, 10));
        Assert.Equal("offset", e.ParamName);
    }
}
