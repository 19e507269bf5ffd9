using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Tests.Widgets;

public sealed class PropParserTests
{
    [Fact]
    public void Lengths_accept_points_percent_and_auto()
    {
        Assert.Equal(Length.Points(240), PropParser.Parse(PropKey.Width, PropValue.Of(240)).Length);
        Assert.Equal(Length.Percent(50), PropParser.Parse(PropKey.Width, PropValue.Of("50%")).Length);
        Assert.Equal(Length.Auto, PropParser.Parse(PropKey.MarginLeft, PropValue.Of("auto")).Length);
        Assert.Equal(Length.MaxContent, PropParser.Parse(PropKey.Width, PropValue.Of("max-content")).Length);
    }

    [Fact]
    public void Bad_value_error_names_key_and_value()
    {
        Assert.False(PropParser.TryParse(PropKey.Padding, PropValue.Of("auto"), out _, out string? error));
        Assert.Contains("padding", error);
        Assert.Contains("\"auto\"", error);

        Assert.False(PropParser.TryParse(PropKey.BackgroundColor, PropValue.Of("#12"), out _, out error));
        Assert.Contains("backgroundColor", error);
        Assert.Contains("#12", error);

        Assert.False(PropParser.TryParse(PropKey.FlexDirection, PropValue.Of("sideways"), out _, out error));
        Assert.Contains("row-reverse", error);
        Assert.False(PropParser.TryParse(PropKey.Opacity, PropValue.Of(1.5), out _, out _));
        Assert.False(PropParser.TryParse((PropKey)999, PropValue.Of(1), out _, out error));
        Assert.Contains("999", error);
    }

    [Fact]
    public void Colours_keywords_weights_and_transforms_parse()
    {
        Assert.Equal(new Rgba(255, 0, 0, 128), PropParser.Parse(PropKey.Color, PropValue.Of("rgba(255,0,0,0.5)")).Colour);
        Assert.Equal(700, PropParser.Parse(PropKey.FontWeight, PropValue.Of("bold")).Integer);
        Assert.Equal(300, PropParser.Parse(PropKey.FontWeight, PropValue.Of("300")).Integer);
        var t = PropParser.Parse(PropKey.Transform, PropValue.Of([PropValue.Of("scale"), PropValue.Of(1.1), PropValue.Of("rotate"), PropValue.Of("90deg")]));
        Assert.Equal(2, t.Transform!.Length);
        Assert.Equal(TransformKind.Rotate, t.Transform[1].Kind);
        Assert.Equal(MathF.PI / 2, t.Transform[1].Value, 4);
        Assert.False(PropParser.TryParse(PropKey.Transform, PropValue.Of([PropValue.Of("skew"), PropValue.Of(1)]), out _, out var err));
        Assert.Contains("skew", err);
    }

    [Fact]
    public void Reparsing_a_recent_transform_value_allocates_nothing()
    {
        PropValue Scale(double s) => PropValue.Of([PropValue.Of("scale"), PropValue.Of(s)]);
        PropValue[] steps = [Scale(1.0), Scale(1.02), Scale(1.04), Scale(1.08)];
        long Cycle()
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int round = 0; round < 4; round++)
                foreach (var step in steps) PropParser.TryParse(PropKey.Transform, step, out _, out _);
            return GC.GetAllocatedBytesForCurrentThread() - start;
        }
        Cycle();
        Assert.Equal(0, Cycle());
        var fresh = PropParser.Parse(PropKey.Transform, Scale(1.04));   // a new array with the same content hits too
        Assert.Equal(1.04f, fresh.Transform![0].Value);
        Assert.Equal(2f, PropParser.Parse(PropKey.Transform, Scale(2)).Transform![0].Value);
    }

    [Fact]
    public void Null_parses_to_unset()
    {
        Assert.Equal(ParsedKind.Unset, PropParser.Parse(PropKey.Width, PropValue.Null).Kind);
    }

    [Fact]
    public void Every_catalog_keyword_maps_to_the_layout_enum_of_the_same_name()
    {
        static string Norm(string s) => s.Replace("-", "").ToLowerInvariant();
        var cases = new (PropKey Key, Type Enum)[]
        {
            (PropKey.Direction, typeof(Direction)), (PropKey.FlexDirection, typeof(FlexDirection)),
            (PropKey.JustifyContent, typeof(Justify)), (PropKey.AlignContent, typeof(Align)),
            (PropKey.AlignItems, typeof(Align)), (PropKey.AlignSelf, typeof(Align)), (PropKey.FlexWrap, typeof(Wrap)),
            (PropKey.Overflow, typeof(Overflow)), (PropKey.Display, typeof(Display)), (PropKey.BoxSizing, typeof(BoxSizing)),
            (PropKey.TextAlign, typeof(TextAlign)),
        };
        foreach (var (key, enumType) in cases)
        {
            var keywords = PropCatalog.Get(key).Keywords;
            for (int i = 0; i < keywords.Count; i++)
                Assert.Equal(Norm(keywords[i]), Norm(Enum.GetName(enumType, i)!));
        }
    }

    [Theory]
    [InlineData(PropKey.TransitionDuration)]
    [InlineData(PropKey.TransitionDelay)]
    [InlineData(PropKey.FocusScale)]
    [InlineData(PropKey.FontSize)]
    [InlineData(PropKey.LineHeight)]
    [InlineData(PropKey.BorderRadius)]
    [InlineData(PropKey.Width)]
    [InlineData(PropKey.MarginLeft)]
    public void A_number_beyond_float_range_is_rejected_not_stored_as_infinity(PropKey key)
    {
        // 1e39 is a finite double but overflows the float the engine stores.
        Assert.False(PropParser.TryParse(key, PropValue.Of(1e39), out _, out string? error));
        Assert.Contains(PropCatalog.Get(key).JsName, error);
        Assert.Contains("1E+39", error);
    }

    [Theory]
    [InlineData(PropKey.Padding, -1.0)]
    [InlineData(PropKey.PaddingTop, -0.5)]
    [InlineData(PropKey.PaddingHorizontal, -8.0)]
    [InlineData(PropKey.Width, -10.0)]
    [InlineData(PropKey.MaxHeight, -1.0)]
    [InlineData(PropKey.Gap, -4.0)]
    [InlineData(PropKey.FlexBasis, -2.0)]
    [InlineData(PropKey.BorderWidth, -1.0)]
    [InlineData(PropKey.FlexGrow, -1.0)]
    public void Negative_sizes_and_paddings_are_rejected(PropKey key, double value)
    {
        Assert.False(PropParser.TryParse(key, PropValue.Of(value), out _, out string? error));
        Assert.Contains(PropCatalog.Get(key).JsName, error);
        Assert.False(PropParser.TryParse(key, PropValue.Of("-5%"), out _, out _));
    }

    [Fact]
    public void Negative_margins_and_insets_stay_valid()
    {
        Assert.Equal(Length.Points(-12), PropParser.Parse(PropKey.MarginLeft, PropValue.Of(-12)).Length);
        Assert.Equal(Length.Percent(-50), PropParser.Parse(PropKey.Top, PropValue.Of("-50%")).Length);
        Assert.Equal(-3f, PropParser.Parse(PropKey.Flex, PropValue.Of(-3)).Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("poster\0.png")]
    [InlineData("\u0001x.png")]
    public void A_src_that_names_no_file_is_rejected(string src)
    {
        Assert.False(PropParser.TryParse(PropKey.Src, PropValue.Of(src), out _, out string? error));
        Assert.Contains("src", error);
    }

    [Fact]
    public void Strings_longer_than_their_prop_takes_are_rejected()
    {
        Assert.False(PropParser.TryParse(PropKey.TestId, PropValue.Of(new string('x', PropInfo.DefaultMaxLength + 1)), out _, out string? error));
        Assert.Contains("at most 1024", error);
        Assert.True(PropParser.TryParse(PropKey.TestId, PropValue.Of(new string('x', PropInfo.DefaultMaxLength)), out _, out _));
        Assert.False(PropParser.TryParse(PropKey.Src, PropValue.Of(new string('a', 5000)), out _, out _));
    }

    [Fact]
    public void Percentages_and_transforms_are_bounded_too()
    {
        Assert.False(PropParser.TryParse(PropKey.Width, PropValue.Of("1e39%"), out _, out _));
        Assert.False(PropParser.TryParse(PropKey.Width, PropValue.Of("20000%"), out _, out _));
        Assert.False(PropParser.TryParse(PropKey.Transform, PropValue.Of([PropValue.Of("scale"), PropValue.Of(1e39)]), out _, out _));
        Assert.False(PropParser.TryParse(PropKey.Transform, PropValue.Of([PropValue.Of("translateX"), PropValue.Of(-1e7)]), out _, out _));
        Assert.False(PropParser.TryParse(PropKey.Transform, PropValue.Of([PropValue.Of("rotate"), PropValue.Of("1e300deg")]), out _, out _));
        Assert.True(PropParser.TryParse(PropKey.Transform, PropValue.Of([PropValue.Of("translateY"), PropValue.Of(-400)]), out _, out _));
    }
}
