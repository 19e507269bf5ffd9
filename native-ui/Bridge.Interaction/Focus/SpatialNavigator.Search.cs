using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Focus;

/// <summary>The candidate search of <see cref="SpatialNavigator"/>: a full scan, or a pruned one over ordered children.</summary>
public sealed partial class SpatialNavigator
{
    /// <summary>Below this many children a plain scan is as fast as a binary search.</summary>
    private const int OrderedSearchMinChildren = 8;

    /// <summary>
    /// The best-scoring focus child of <paramref name="scope"/> relative to <paramref name="reference"/>, or -1.
    /// Focus children are the focusable nodes and non-empty groups reached from the scope through plain nodes only.
    /// </summary>
    private int FindBest<TGraph>(TGraph graph, int scope, int exclude, Rect reference, Direction direction, bool cutoff)
        where TGraph : IFocusGraph
    {
        var search = new Search { Best = -1, BestScore = float.PositiveInfinity };
        var count = graph.ChildCount(scope);
        var order = graph.Order(scope);
        if (order == ChildOrder.None || count < OrderedSearchMinChildren)
        {
            for (var i = 0; i < count; i++)
            {
                ScanSubtree(graph, graph.Child(scope, i), exclude, reference, direction, cutoff, ref search);
            }
            return search.Best;
        }

        // Ordered children: start at the first child not wholly before the reference along the axis and walk
        // outwards; a child whose gap to the reference gives a lower bound above the best score ends that side.
        var vertical = order == ChildOrder.Vertical;
        var alongAxis = direction.IsVertical() == vertical;
        if (cutoff && !alongAxis && !CandidateScoring.ReachesBeyond(reference, graph.Bounds(scope), direction))
        {
            // Ordered children lie within the scope across its axis: none can lie beyond the reference when it does not.
            return -1;
        }
        var refStart = reference.Start(vertical);
        var refEnd = reference.End(vertical);
        var lo = 0;
        var hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (graph.Bounds(graph.Child(scope, mid)).End(vertical) < refStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var forward = !(cutoff && alongAxis && !direction.IsIncreasing());
        var backward = !(cutoff && alongAxis && direction.IsIncreasing());
        if (forward)
        {
            for (var i = lo; i < count; i++)
            {
                var child = graph.Child(scope, i);
                var gap = MathF.Max(0, graph.Bounds(child).Start(vertical) - refEnd);
                if (CandidateScoring.LowerBound(gap) > search.BestScore)
                {
                    break;
                }
                ScanSubtree(graph, child, exclude, reference, direction, cutoff, ref search);
            }
        }
        if (backward)
        {
            if (!forward)
            {
                // Any child starting before the reference's start (within the cutoff tolerance) may hold a candidate
                // behind it, including the child that holds the reference itself.
                while (lo < count && graph.Bounds(graph.Child(scope, lo)).Start(vertical) <= refStart + CandidateScoring.CutoffTolerance)
                {
                    lo++;
                }
            }
            // Lower indices win ties, as they do in the plain scan.
            search.AcceptTies = true;
            for (var i = lo - 1; i >= 0; i--)
            {
                var child = graph.Child(scope, i);
                var gap = MathF.Max(0, refStart - graph.Bounds(child).End(vertical));
                if (CandidateScoring.LowerBound(gap) > search.BestScore)
                {
                    break;
                }
                ScanSubtree(graph, child, exclude, reference, direction, cutoff, ref search);
            }
        }
        return search.Best;
    }

    private void ScanSubtree<TGraph>(TGraph graph, int root, int exclude, Rect reference, Direction direction, bool cutoff, ref Search search)
        where TGraph : IFocusGraph
    {
        // Ties go to the earliest node in child order: a later subtree's best loses a tie to this one, but within
        // this subtree (visited in order) the first of equals stays.
        var acceptTie = search.AcceptTies;
        if (root == exclude || !graph.IsNavigable(root))
        {
            return;
        }
        if (graph.IsFocusable(root))
        {
            // The common case (a tile directly in its rail) needs no stack.
            Consider(graph, root, focusable: true, reference, direction, cutoff, ref search, ref acceptTie);
            return;
        }
        _scan.Clear();
        _scan.Push(root);
        while (_scan.Count > 0)
        {
            var node = _scan.Pop();
            if (node != root && (node == exclude || !graph.IsNavigable(node)))
            {
                continue;
            }
            var focusable = graph.IsFocusable(node);
            if (!focusable && !graph.Group(node).IsGroup)
            {
                // A plain node is transparent: its children are focus children of the same scope, visited in order.
                for (var i = graph.ChildCount(node) - 1; i >= 0; i--)
                {
                    _scan.Push(graph.Child(node, i));
                }
                continue;
            }
            Consider(graph, node, focusable, reference, direction, cutoff, ref search, ref acceptTie);
        }
    }

    private void Consider<TGraph>(TGraph graph, int node, bool focusable, Rect reference, Direction direction, bool cutoff,
        ref Search search, ref bool acceptTie)
        where TGraph : IFocusGraph
    {
        var bounds = graph.Bounds(node);
        if (cutoff && !CandidateScoring.IsBeyond(reference, bounds, direction))
        {
            return;
        }
        var score = CandidateScoring.Score(reference, bounds, direction, Measure, out var adjacent);
        var better = score < search.BestScore || (acceptTie && score == search.BestScore);
        if (better && !focusable && !HasFocusable(graph, node))
        {
            return;
        }
        if (_recording)
        {
            Record(node, score, adjacent);
        }
        if (better)
        {
            search.Best = node;
            search.BestScore = score;
            acceptTie = false;
        }
    }

    private struct Search
    {
        public int Best;
        public float BestScore;
        public bool AcceptTies;
    }
}
