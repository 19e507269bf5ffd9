using System.Globalization;

namespace Bridge.Layout.Conformance;

/// <summary>Which directions to run cases in.</summary>
public enum CaseDirections { Ltr, Rtl, Both }

/// <summary>Totals of a conformance run; disabled cases are counted apart.</summary>
public sealed record CaseRunSummary(int Passed, int Failed, int DisabledPassed, int DisabledFailed, IReadOnlyList<CaseResult> Results);

/// <summary>Runs layout conformance cases and compares every node's rounded box with the expected one.</summary>
public static class CaseRunner
{
    private const float Tolerance = 0.001f;

    /// <summary>Lays out one case in one direction and returns the first difference, if any.</summary>
    public static CaseResult Run(LayoutCase c, Direction direction)
    {
        var config = new LayoutConfig(c.UseWebDefaults)
        {
            PointScaleFactor = c.PointScaleFactor, Errata = c.Errata, ExperimentalFeatures = c.ExperimentalFeatures,
        };
        var root = StyleParser.BuildTree(c.Tree, config);
        LayoutCalculator.Calculate(root, c.AvailableWidth, c.AvailableHeight, direction);
        var expected = direction == Direction.Rtl ? c.ExpectedRtl : c.Expected;
        if (expected == null)
            return new CaseResult(c.Name, direction, c.Disabled, "no expected layout for this direction");
        return new CaseResult(c.Name, direction, c.Disabled, Compare(root, expected, "root"));
    }

    /// <summary>Runs all cases in the requested directions.</summary>
    public static CaseRunSummary RunAll(IEnumerable<LayoutCase> cases, CaseDirections directions)
    {
        var results = new List<CaseResult>();
        int passed = 0, failed = 0, disabledPassed = 0, disabledFailed = 0;
        foreach (var c in cases)
        {
            if (directions != CaseDirections.Rtl) Add(Run(c, Direction.Ltr));
            if (directions != CaseDirections.Ltr) Add(Run(c, Direction.Rtl));
        }
        return new CaseRunSummary(passed, failed, disabledPassed, disabledFailed, results);

        void Add(CaseResult r)
        {
            results.Add(r);
            if (r.Disabled) { if (r.Passed) disabledPassed++; else disabledFailed++; }
            else if (r.Passed) passed++;
            else failed++;
        }
    }

    /// <summary>One line for a failing result: name, direction, first differing node and values.</summary>
    public static string Describe(CaseResult r) =>
        $"FAIL {r.Name} [{(r.Direction == Direction.Rtl ? "rtl" : "ltr")}]{(r.Disabled ? " (disabled)" : "")}: {r.Failure}";

    private static string? Compare(LayoutNode node, ExpectedBox e, string path)
    {
        if (!Near(node.Left, e.Left) || !Near(node.Top, e.Top) || !Near(node.Width, e.Width) || !Near(node.Height, e.Height))
        {
            return $"node {path}: expected (left {F(e.Left)}, top {F(e.Top)}, width {F(e.Width)}, height {F(e.Height)}), " +
                   $"got (left {F(node.Left)}, top {F(node.Top)}, width {F(node.Width)}, height {F(node.Height)})";
        }
        if (node.ChildCount != e.Children.Count)
            return $"node {path}: expected {e.Children.Count} children, tree has {node.ChildCount}";
        for (int i = 0; i < e.Children.Count; i++)
        {
            var f = Compare(node.GetChild(i), e.Children[i], $"{path}/{i}");
            if (f != null) return f;
        }
        return null;
    }

    private static bool Near(float actual, float expected) =>
        (float.IsNaN(actual) && float.IsNaN(expected)) || MathF.Abs(actual - expected) <= Tolerance;

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
