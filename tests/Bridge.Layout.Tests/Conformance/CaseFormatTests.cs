using System.Text.Json;
using Bridge.Layout.Conformance;

namespace Bridge.Layout.Tests.Conformance;

public sealed class CaseFormatTests
{
    private static string WriteCases(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"layout-cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string OneCase = """
        [{"name": "text_in_row", "disabled": false, "config": {"pointScaleFactor": 1, "errata": ["MinSizeUndefinedInsteadOfAuto"]},
          "availableWidth": 100, "availableHeight": null,
          "tree": {"style": {"flexDirection": "row", "alignItems": "flex-start"},
                   "children": [{"style": {"paddingStart": 5}, "measure": {"chars": 25}, "children": []}]},
          "expected": {"left": 0, "top": 0, "width": 100, "height": 60,
                       "children": [{"left": 0, "top": 0, "width": 95, "height": 60, "children": []}]},
          "expected_rtl": {"left": 0, "top": 0, "width": 100, "height": 60,
                       "children": [{"left": 5, "top": 0, "width": 95, "height": 60, "children": []}]}}]
        """;

    [Fact]
    public void Measured_leaf_extension_lays_out_wrapped_text_in_both_directions()
    {
        var cases = LayoutCaseFile.Load(WriteCases(OneCase));
        var summary = CaseRunner.RunAll(cases, CaseDirections.Both);
        Assert.True(summary.Failed == 0, string.Join("\n", summary.Results.Where(r => !r.Passed).Select(CaseRunner.Describe)));
        Assert.Equal(2, summary.Passed);
    }

    [Fact]
    public void A_wrong_expectation_reports_the_first_differing_node()
    {
        var cases = LayoutCaseFile.Load(WriteCases(OneCase.Replace("\"width\": 95", "\"width\": 94")));
        var result = CaseRunner.Run(cases[0], Direction.Ltr);
        Assert.False(result.Passed);
        Assert.Contains("node root/0", result.Failure);
        Assert.Contains("width 94", result.Failure);
        Assert.Contains("width 95", result.Failure);
        Assert.StartsWith("FAIL text_in_row [ltr]", CaseRunner.Describe(result));
    }

    [Fact]
    public void Unknown_style_key_names_the_case_node_and_key()
    {
        string bad = OneCase.Replace("\"paddingStart\": 5", "\"paddingStart\": 5, \"shadowColor\": \"red\"");
        var ex = Assert.Throws<FormatException>(() => LayoutCaseFile.Load(WriteCases(bad)).Select(c => CaseRunner.Run(c, Direction.Ltr)).ToList());
        Assert.Contains("root/0", ex.Message);
        Assert.Contains("shadowColor", ex.Message);
    }

    [Fact]
    public void Bad_length_value_is_rejected_with_key_and_value()
    {
        var json = JsonDocument.Parse("""{"width": "12em"}""").RootElement.GetProperty("width");
        var ex = Assert.Throws<FormatException>(() => StyleParser.Len(json, "width", "root/2"));
        Assert.Contains("root/2", ex.Message);
        Assert.Contains("12em", ex.Message);
        Assert.Equal(Length.Percent(50), StyleParser.Len(JsonDocument.Parse("\"50%\"").RootElement, "width", "root"));
        Assert.Equal(Length.MaxContent, StyleParser.Len(JsonDocument.Parse("\"max-content\"").RootElement, "width", "root"));
    }

    [Fact]
    public void Web_defaults_config_starts_nodes_as_css_does()
    {
        var config = new LayoutConfig { UseWebDefaults = true };
        var root = new LayoutNode(config);
        root.SetWidth(Length.Points(100));
        root.SetHeight(Length.Points(20));
        var a = new LayoutNode(config);
        a.SetWidth(Length.Points(80));
        var b = new LayoutNode(config);
        b.SetWidth(Length.Points(80));
        root.AddChild(a);
        root.AddChild(b);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(FlexDirection.Row, root.Style.FlexDirection);
        Assert.Equal(50, a.Width); // flex-shrink defaults to 1
        Assert.Equal(50, b.Left);
    }
}
