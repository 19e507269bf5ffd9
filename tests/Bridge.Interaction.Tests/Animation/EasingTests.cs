using Bridge.Interaction.Animation;

namespace Bridge.Interaction.Tests.Animation;

public sealed class EasingTests
{
    // Reference values: CSS cubic-bezier curves sampled by Chromium's gfx::CubicBezier (and WebKit's UnitBezier).
    [Theory]
    [InlineData("ease", 0.25f, 0.4094f)]
    [InlineData("ease", 0.5f, 0.8024f)]
    [InlineData("ease", 0.75f, 0.9604f)]
    [InlineData("ease-in", 0.5f, 0.3153f)]
    [InlineData("ease-out", 0.5f, 0.6847f)]
    [InlineData("ease-in-out", 0.5f, 0.5f)]
    [InlineData("ease-in-out", 0.25f, 0.1291f)]
    [InlineData("linear", 0.3f, 0.3f)]
    public void Css_presets_match_reference_values(string name, float progress, float expected)
    {
        var easing = name switch
        {
            "ease" => Easing.Ease,
            "ease-in" => Easing.EaseIn,
            "ease-out" => Easing.EaseOut,
            "ease-in-out" => Easing.EaseInOut,
            _ => Easing.Linear,
        };
        Assert.Equal(expected, easing.Evaluate(progress), 3);
    }

    [Fact]
    public void Curves_start_at_zero_end_at_one_and_clamp_outside()
    {
        foreach (var easing in new[] { Easing.Ease, Easing.EaseIn, Easing.EaseOut, Easing.EaseInOut, Easing.Linear })
        {
            Assert.Equal(0, easing.Evaluate(0));
            Assert.Equal(1, easing.Evaluate(1));
            Assert.Equal(0, easing.Evaluate(-2));
            Assert.Equal(1, easing.Evaluate(3));
        }
    }

    [Fact]
    public void Ease_in_out_is_symmetric_and_monotonic()
    {
        var previous = 0f;
        for (var i = 1; i < 100; i++)
        {
            var p = i / 100f;
            var v = Easing.EaseInOut.Evaluate(p);
            Assert.True(v >= previous);
            Assert.Equal(1 - v, Easing.EaseInOut.Evaluate(1 - p), 4);
            previous = v;
        }
    }

    [Fact]
    public void Overshooting_curve_goes_past_one()
    {
        var back = Easing.CubicBezier(0.34f, 1.56f, 0.64f, 1f);
        var max = 0f;
        for (var i = 0; i <= 100; i++)
        {
            max = MathF.Max(max, back.Evaluate(i / 100f));
        }
        Assert.True(max > 1.05f);
    }

    [Fact]
    public void Control_x_outside_the_unit_interval_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Easing.CubicBezier(1.2f, 0, 0.5f, 1));
        Assert.Contains("cubic-bezier(1.2, 0, 0.5, 1)", e.Message);
    }

    [Fact]
    public void Slope_matches_a_finite_difference()
    {
        const float h = 1e-3f;
        foreach (var p in new[] { 0.1f, 0.4f, 0.7f })
        {
            var numeric = (Easing.Ease.Evaluate(p + h) - Easing.Ease.Evaluate(p - h)) / (2 * h);
            Assert.Equal(numeric, Easing.Ease.Slope(p), 1);
        }
    }
}
