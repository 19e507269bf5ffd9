using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Bridge.Migration;

/// <summary>The first place two trees differ.</summary>
/// <param name="Path">The node path, e.g. <c>/view#home/view#rail-1[0]/text[1]</c>.</param>
/// <param name="Field">The field that differs ("type", "testID", "x", "text", "children", ...).</param>
/// <param name="Native">The value on the native side ("(none)" for a missing node).</param>
/// <param name="Legacy">The value on the legacy side.</param>
public sealed record TreeDifference(string Path, string Field, string Native, string Legacy);

/// <summary>The result of comparing two tree dumps.</summary>
/// <param name="NativeNodes">Nodes in the native tree.</param>
/// <param name="LegacyNodes">Nodes in the legacy tree.</param>
/// <param name="DifferingNodes">Nodes that differ in a field, plus every node present on one side only.</param>
/// <param name="First">The first difference in pre-order, or null when the trees match.</param>
public sealed record TreeDiffResult(int NativeNodes, int LegacyNodes, int DifferingNodes, TreeDifference? First)
{
    /// <summary>True when no node differs.</summary>
    public bool Matches => DifferingNodes == 0;
}

/// <summary>Compares the tree of a page's native implementation with its legacy one, node by node in order.</summary>
/// <remarks>Children are matched by position. Boxes match within <c>tolerancePx</c> to absorb float rounding.</remarks>
public static class TreeDiff
{
    /// <summary>Compares two trees; box fields match when within <paramref name="tolerancePx"/> pixels.</summary>
    /// <param name="native">The native page's tree.</param>
    /// <param name="legacy">The legacy page's tree.</param>
    /// <param name="tolerancePx">How far box fields may differ and still match.</param>
    /// <param name="focus">Whether focus is compared; false for a legacy page in the shadow, which never takes focus.</param>
    public static TreeDiffResult Compare(TreeNode native, TreeNode legacy, double tolerancePx = 0.5, bool focus = true)
    {
        ArgumentNullException.ThrowIfNull(native);
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePx);
        var state = new State(tolerancePx, native) { Focus = focus };
        Walk(native, legacy, state);
        return new TreeDiffResult(native.CountNodes(), legacy.CountNodes(), state.Differing, state.First);
    }

    private static void Walk(TreeNode a, TreeNode b, State s)
    {
        if (FirstField(a, b, s.Tolerance, s.Focus) is { } field)
        {
            s.Differing++;
            s.First ??= new TreeDifference(s.PathTo(a), field.Name, field.A, field.B);
        }
        var shared = Math.Min(a.Children.Count, b.Children.Count);
        for (var i = 0; i < shared; i++)
        {
            s.Trail.Add((a.Children[i], i));
            Walk(a.Children[i], b.Children[i], s);
            s.Trail.RemoveAt(s.Trail.Count - 1);
        }
        if (a.Children.Count != b.Children.Count)
        {
            s.First ??= new TreeDifference(s.PathTo(a), "children", Count(a.Children.Count), Count(b.Children.Count));
            for (var i = shared; i < a.Children.Count; i++)
            {
                s.Differing += a.Children[i].CountNodes();
            }
            for (var i = shared; i < b.Children.Count; i++)
            {
                s.Differing += b.Children[i].CountNodes();
            }
        }
    }

    private static (string Name, string A, string B)? FirstField(TreeNode a, TreeNode b, double tol, bool focus)
    {
        if (a.Type != b.Type)
        {
            return ("type", a.Type, b.Type);
        }
        if (a.TestId != b.TestId)
        {
            return ("testID", a.TestId ?? "(none)", b.TestId ?? "(none)");
        }
        if (Math.Abs(a.X - b.X) > tol)
        {
            return ("x", Num(a.X), Num(b.X));
        }
        if (Math.Abs(a.Y - b.Y) > tol)
        {
            return ("y", Num(a.Y), Num(b.Y));
        }
        if (Math.Abs(a.W - b.W) > tol)
        {
            return ("w", Num(a.W), Num(b.W));
        }
        if (Math.Abs(a.H - b.H) > tol)
        {
            return ("h", Num(a.H), Num(b.H));
        }
        if (a.Text != b.Text)
        {
            return ("text", a.Text ?? "(none)", b.Text ?? "(none)");
        }
        if (a.Color != b.Color)
        {
            return ("color", a.Color ?? "(none)", b.Color ?? "(none)");
        }
        if (a.BackgroundColor != b.BackgroundColor)
        {
            return ("backgroundColor", a.BackgroundColor ?? "(none)", b.BackgroundColor ?? "(none)");
        }
        if (a.BorderColor != b.BorderColor)
        {
            return ("borderColor", a.BorderColor ?? "(none)", b.BorderColor ?? "(none)");
        }
        if (Math.Abs((a.Opacity ?? 1) - (b.Opacity ?? 1)) > 0.005)
        {
            return ("opacity", Num(a.Opacity ?? 1), Num(b.Opacity ?? 1));
        }
        if (a.Src != b.Src)
        {
            return ("src", a.Src ?? "(none)", b.Src ?? "(none)");
        }
        if (focus && a.Focused != b.Focused)
        {
            return ("focused", a.Focused ? "true" : "false", b.Focused ? "true" : "false");
        }
        return null;
    }

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Count(int n) => n == 1 ? "1 child" : $"{n} children";

    private sealed class State(double tolerance, TreeNode root)
    {
        public double Tolerance { get; } = tolerance;

        public bool Focus { get; init; } = true;

        public int Differing { get; set; }

        public TreeDifference? First { get; set; }

        /// <summary>The native nodes below the root down to the node being compared, each with its child index.</summary>
        public List<(TreeNode Node, int Index)> Trail { get; } = [];

        /// <summary>The path of the node being compared, e.g. <c>/view#home/view#rail-1[0]</c>; built only for a difference.</summary>
        public string PathTo(TreeNode current)
        {
            Debug.Assert(Trail.Count == 0 ? current == root : Trail[^1].Node == current);
            var path = new StringBuilder("/").Append(root.Label);
            foreach (var (node, index) in Trail)
            {
                path.Append('/').Append(node.Label).Append('[').Append(index).Append(']');
            }
            return path.ToString();
        }
    }
}
