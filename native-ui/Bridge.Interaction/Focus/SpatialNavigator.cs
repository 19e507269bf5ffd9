using System.Diagnostics.CodeAnalysis;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Focus;

/// <summary>Finds the node that a D-pad key moves focus to, after Norigin Spatial Navigation and BBC LRUD.</summary>
/// <remarks>
/// The search looks among the focus children of the nearest enclosing group first and bubbles up one group at a time;
/// entering a group picks its remembered child, then its preferred child, then the geometrically best one.
/// Buffers are reused, so a warm navigation allocates nothing. Not thread-safe: one navigator per UI thread.
/// </remarks>
public sealed partial class SpatialNavigator
{
    private readonly IntStack _scan = new();
    private readonly IntStack _probe = new();
    private NavigationCandidate[] _candidates = new NavigationCandidate[32];
    private int _candidateCount;
    private bool _recording;

    /// <summary>How the distance across the direction of travel is measured.</summary>
    public DistanceMeasure Measure { get; set; } = DistanceMeasure.Corners;

    /// <summary>The candidates scored by the last <see cref="Navigate"/>, with their scores.</summary>
    public ReadOnlySpan<NavigationCandidate> LastCandidates => _candidates.AsSpan(0, _candidateCount);

    /// <summary>The node the last navigation started from, or -1 before the first.</summary>
    public int LastFrom { get; private set; } = -1;

    /// <summary>The direction of the last navigation.</summary>
    public Direction LastDirection { get; private set; }

    /// <summary>The outcome of the last navigation.</summary>
    public NavigationResult LastResult { get; private set; } = new(-1, NavigationReason.NoCandidate, -1);

    /// <summary>Records that <paramref name="node"/> now has focus: every group above it that remembers its last child
    /// remembers the child leading to it, so that focus re-entering the group goes back there.</summary>
    /// <remarks>Call after every focus change (a move, a focus request, a restore), as the engine's focus system does.</remarks>
    public void RecordFocus<TGraph>(TGraph graph, int node)
        where TGraph : IFocusGraph
    {
        if (node < 0)
        {
            ThrowNoNode(nameof(node), node);
        }
        var child = node;
        for (var parent = graph.Parent(node); parent >= 0; child = parent, parent = graph.Parent(parent))
        {
            if (graph.Group(parent).RemembersLast)
            {
                graph.Remember(parent, child);
            }
        }
    }

    /// <summary>Finds where focus goes when <paramref name="direction"/> is pressed while <paramref name="from"/> has focus.</summary>
    public NavigationResult Navigate<TGraph>(TGraph graph, int from, Direction direction)
        where TGraph : IFocusGraph
    {
        if (from < 0)
        {
            ThrowNoNode(nameof(from), from);
        }
        _ = direction.ToSet();
        _candidateCount = 0;
        LastFrom = from;
        LastDirection = direction;
        LastResult = NavigateCore(graph, from, direction);
        return LastResult;
    }

    /// <summary>Forgets the last navigation (its candidates, origin and result), as when the tree it ran on goes away.</summary>
    public void ClearLast()
    {
        _candidateCount = 0;
        LastFrom = -1;
        LastResult = new NavigationResult(-1, NavigationReason.NoCandidate, -1);
    }

    /// <summary>The focusable node that focus lands on when it enters a container (remembered, preferred, then top-left), or -1.</summary>
    public int FirstFocusable<TGraph>(TGraph graph, int container)
        where TGraph : IFocusGraph
    {
        if (container < 0)
        {
            ThrowNoNode(nameof(container), container);
        }
        var b = graph.Bounds(container);
        return Enter(graph, container, new Rect(b.X, b.Y, 0, 0), Direction.Right);
    }

    /// <summary>
    /// A sensible new focus after the focused node was removed: the focusable nearest to its old box, searched in its
    /// old parent's subtree first and then in ever larger ancestors; -1 when nothing focusable is left.
    /// </summary>
    public int Recover<TGraph>(TGraph graph, int oldParent, Rect oldBounds)
        where TGraph : IFocusGraph
    {
        for (var node = oldParent; node >= 0; node = graph.Parent(node))
        {
            if (!graph.IsNavigable(node))
            {
                continue;
            }
            var found = NearestFocusable(graph, node, oldBounds.CenterX, oldBounds.CenterY);
            if (found >= 0)
            {
                return found;
            }
        }
        return -1;
    }

    private NavigationResult NavigateCore<TGraph>(TGraph graph, int from, Direction direction)
        where TGraph : IFocusGraph
    {
        var origin = graph.Bounds(from);

        // STEP 1: an explicit override on the focused node wins over geometry.
        if (TryOverride(graph, from, origin, direction, out var target))
        {
            return new NavigationResult(target, NavigationReason.Override, -1);
        }

        var current = from;
        var reference = origin;
        while (true)
        {
            // STEP 2: the nearest enclosing group (or the root) is the scope of the search.
            var scope = ScopeOf(graph, current);
            if (scope < 0)
            {
                return new NavigationResult(-1, NavigationReason.NoCandidate, -1);
            }

            // STEP 3: the best focus child of the scope that lies beyond the reference in the direction of travel.
            _recording = true;
            var best = FindBest(graph, scope, current, reference, direction, cutoff: true);
            _recording = false;
            if (best >= 0)
            {
                return new NavigationResult(Enter(graph, best, origin, direction), NavigationReason.Moved, -1);
            }

            // STEP 4: nothing inside; a wrapping group searches again from its far side.
            var group = graph.Group(scope);
            if (group.IsGroup && group.Wrap.Contains(direction))
            {
                var wrapped = FindBest(graph, scope, -1, WrapReference(graph, scope, origin, direction), direction, cutoff: true);
                if (wrapped >= 0)
                {
                    var wrappedTarget = Enter(graph, wrapped, origin, direction);
                    return wrappedTarget == from
                        ? new NavigationResult(-1, NavigationReason.NoCandidate, -1)
                        : new NavigationResult(wrappedTarget, NavigationReason.Wrapped, -1);
                }
            }

            // STEP 5: leave the scope unless its boundary forbids it, then search around the scope.
            if (group.IsGroup && group.Boundary.Contains(direction))
            {
                return new NavigationResult(-1, NavigationReason.Blocked, scope);
            }
            if (graph.Parent(scope) < 0)
            {
                return new NavigationResult(-1, NavigationReason.NoCandidate, -1);
            }
            if (TryOverride(graph, scope, origin, direction, out target))
            {
                return new NavigationResult(target, NavigationReason.Override, -1);
            }
            current = scope;
            reference = graph.Bounds(scope);
        }
    }

    /// <summary>
    /// The origin box moved just outside the far side of the group's content opposite to the direction (children may
    /// extend past the group's own box when it scrolls), keeping its cross position.
    /// </summary>
    private static Rect WrapReference<TGraph>(TGraph graph, int group, Rect origin, Direction direction)
        where TGraph : IFocusGraph
    {
        var vertical = direction.IsVertical();
        var increasing = direction.IsIncreasing();
        var box = graph.Bounds(group);
        var edge = increasing ? box.Start(vertical) : box.End(vertical);
        var count = graph.ChildCount(group);
        var order = graph.Order(group);
        if (count > 0 && order != ChildOrder.None && (order == ChildOrder.Vertical) == vertical)
        {
            var child = graph.Bounds(graph.Child(group, increasing ? 0 : count - 1));
            edge = increasing ? MathF.Min(edge, child.Start(vertical)) : MathF.Max(edge, child.End(vertical));
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                var child = graph.Bounds(graph.Child(group, i));
                edge = increasing ? MathF.Min(edge, child.Start(vertical)) : MathF.Max(edge, child.End(vertical));
            }
        }
        return direction switch
        {
            Direction.Right => origin with { X = edge - origin.W - 1 },
            Direction.Left => origin with { X = edge + 1 },
            Direction.Down => origin with { Y = edge - origin.H - 1 },
            _ => origin with { Y = edge + 1 },
        };
    }

    private bool TryOverride<TGraph>(TGraph graph, int node, Rect origin, Direction direction, out int target)
        where TGraph : IFocusGraph
    {
        var to = graph.Override(node, direction);
        target = to >= 0 ? Enter(graph, to, origin, direction) : -1;
        return target >= 0;
    }

    private static int ScopeOf<TGraph>(TGraph graph, int node)
        where TGraph : IFocusGraph
    {
        for (var p = graph.Parent(node); p >= 0; p = graph.Parent(p))
        {
            if (graph.Group(p).IsGroup || graph.Parent(p) < 0)
            {
                return p;
            }
        }
        return -1;
    }

    /// <summary>Descends from a candidate to the focusable node that receives focus: remembered, preferred, then nearest.</summary>
    private int Enter<TGraph>(TGraph graph, int node, Rect reference, Direction direction)
        where TGraph : IFocusGraph
    {
        while (true)
        {
            if (!graph.IsNavigable(node))
            {
                return -1;
            }
            if (graph.IsFocusable(node))
            {
                return node;
            }
            var group = graph.Group(node);
            if (group.IsGroup)
            {
                var remembered = group.RemembersLast ? graph.RememberedChild(node) : -1;
                if (IsUsableDescendant(graph, remembered, node))
                {
                    node = remembered;
                    continue;
                }
                if (IsUsableDescendant(graph, group.PreferredChild, node))
                {
                    node = group.PreferredChild;
                    continue;
                }
            }
            var best = FindBest(graph, node, -1, reference, direction, cutoff: false);
            if (best < 0)
            {
                return -1;
            }
            node = best;
        }
    }

    /// <summary>True when a node lies under a container along a navigable path and can take or lead to focus.</summary>
    private bool IsUsableDescendant<TGraph>(TGraph graph, int node, int container)
        where TGraph : IFocusGraph
    {
        if (node < 0 || node == container)
        {
            return false;
        }
        for (var p = node; p != container; p = graph.Parent(p))
        {
            if (p < 0 || !graph.IsNavigable(p))
            {
                return false;
            }
        }
        return graph.IsFocusable(node) || HasFocusable(graph, node);
    }

    private bool HasFocusable<TGraph>(TGraph graph, int root)
        where TGraph : IFocusGraph
    {
        _probe.Clear();
        _probe.Push(root);
        while (_probe.Count > 0)
        {
            var node = _probe.Pop();
            if (!graph.IsNavigable(node))
            {
                continue;
            }
            if (graph.IsFocusable(node))
            {
                return true;
            }
            // Look at the children before descending, so a rail answers at its first tile instead of stacking them all.
            var count = graph.ChildCount(node);
            for (var i = 0; i < count; i++)
            {
                var child = graph.Child(node, i);
                if (graph.IsFocusable(child) && graph.IsNavigable(child))
                {
                    return true;
                }
                if (graph.ChildCount(child) > 0)
                {
                    _probe.Push(child);
                }
            }
        }
        return false;
    }

    private int NearestFocusable<TGraph>(TGraph graph, int root, float x, float y)
        where TGraph : IFocusGraph
    {
        var best = -1;
        var bestDistance = float.PositiveInfinity;
        _probe.Clear();
        _probe.Push(root);
        while (_probe.Count > 0)
        {
            var node = _probe.Pop();
            if (!graph.IsNavigable(node))
            {
                continue;
            }
            if (graph.IsFocusable(node))
            {
                var b = graph.Bounds(node);
                var dx = b.CenterX - x;
                var dy = b.CenterY - y;
                var d = dx * dx + dy * dy;
                if (d < bestDistance)
                {
                    best = node;
                    bestDistance = d;
                }
                continue;
            }
            for (var i = graph.ChildCount(node) - 1; i >= 0; i--)
            {
                _probe.Push(graph.Child(node, i));
            }
        }
        return best;
    }

    private void Record(int node, float score, bool adjacent)
    {
        if (_candidateCount == _candidates.Length)
        {
            Array.Resize(ref _candidates, _candidates.Length * 2);
        }
        _candidates[_candidateCount++] = new NavigationCandidate(node, score, adjacent);
    }

    [DoesNotReturn]
    private static void ThrowNoNode(string parameter, int value) =>
        throw new ArgumentOutOfRangeException(parameter, value, "expected a node handle (>= 0), got " + value);
}
