using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Debug;

/// <summary>What a debug box shows.</summary>
public enum DebugBoxKind : byte
{
    /// <summary>A focusable, navigable node.</summary>
    Focusable = 0,
    /// <summary>A candidate scored by the last navigation.</summary>
    Candidate = 1,
    /// <summary>The node the last navigation chose.</summary>
    Chosen = 2,
    /// <summary>The node the last navigation started from.</summary>
    Origin = 3,
    /// <summary>The focused node.</summary>
    Focused = 4,
}

/// <summary>One rectangle of the focus debug overlay.</summary>
/// <param name="Bounds">Where to draw it.</param>
/// <param name="Kind">What it shows (picks the colour).</param>
/// <param name="Node">The node it belongs to.</param>
/// <param name="Score">The candidate's score (lower is better), NaN for other kinds.</param>
public readonly record struct DebugBox(Rect Bounds, DebugBoxKind Kind, int Node, float Score)
{
    /// <summary>Writes the label ("#node" or "#node score") into a buffer and returns the characters written, without allocating.</summary>
    public int FormatLabel(Span<char> destination)
    {
        var written = 0;
        if (!TryAppend(destination, ref written, "#") || !Node.TryFormat(destination[written..], out var n))
        {
            return written;
        }
        written += n;
        if (!float.IsNaN(Score) && TryAppend(destination, ref written, " ") &&
            Score.TryFormat(destination[written..], out n, "0.#", System.Globalization.CultureInfo.InvariantCulture))
        {
            written += n;
        }
        return written;
    }

    private static bool TryAppend(Span<char> destination, ref int written, string text)
    {
        if (!text.AsSpan().TryCopyTo(destination[written..]))
        {
            return false;
        }
        written += text.Length;
        return true;
    }
}

/// <summary>Produces the focus debug overlay as plain data (like Norigin's visual debug): focusable boxes, the last candidates with scores, the chosen one.</summary>
/// <remarks>The render system draws the boxes; the buffer is reused, so a warm rebuild allocates nothing.</remarks>
public sealed class FocusDebugOverlay
{
    private DebugBox[] _boxes = new DebugBox[64];
    private int _count;
    private readonly IntStack _stack = new();

    /// <summary>Whether the overlay is shown; when off, <see cref="Build"/> produces nothing.</summary>
    public bool Enabled { get; set; }

    /// <summary>The boxes of the last <see cref="Build"/>, in drawing order.</summary>
    public ReadOnlySpan<DebugBox> Boxes => _boxes.AsSpan(0, _count);

    /// <summary>Flips <see cref="Enabled"/>.</summary>
    public void Toggle() => Enabled = !Enabled;

    /// <summary>Collects the boxes for a tree under <paramref name="root"/>, the navigator's last search and the focused node.</summary>
    public ReadOnlySpan<DebugBox> Build<TGraph>(TGraph graph, int root, SpatialNavigator navigator, int focused)
        where TGraph : IFocusGraph
    {
        ArgumentNullException.ThrowIfNull(navigator);
        _count = 0;
        if (!Enabled || root < 0)
        {
            return Boxes;
        }
        _stack.Clear();
        _stack.Push(root);
        while (_stack.Count > 0)
        {
            var node = _stack.Pop();
            if (!graph.IsNavigable(node))
            {
                continue;
            }
            if (graph.IsFocusable(node))
            {
                Add(new DebugBox(graph.Bounds(node), DebugBoxKind.Focusable, node, float.NaN));
            }
            for (var i = graph.ChildCount(node) - 1; i >= 0; i--)
            {
                _stack.Push(graph.Child(node, i));
            }
        }
        // The last navigation may be older than the tree: a node removed or hidden since has no box to show.
        foreach (var c in navigator.LastCandidates)
        {
            AddIfNavigable(graph, c.Node, DebugBoxKind.Candidate, c.Score);
        }
        AddIfNavigable(graph, navigator.LastFrom, DebugBoxKind.Origin, float.NaN);
        AddIfNavigable(graph, navigator.LastResult.Target, DebugBoxKind.Chosen, float.NaN);
        AddIfNavigable(graph, focused, DebugBoxKind.Focused, float.NaN);
        return Boxes;
    }

    private void AddIfNavigable<TGraph>(TGraph graph, int node, DebugBoxKind kind, float score)
        where TGraph : IFocusGraph
    {
        if (node >= 0 && graph.IsNavigable(node))
        {
            Add(new DebugBox(graph.Bounds(node), kind, node, score));
        }
    }

    private void Add(DebugBox box)
    {
        if (_count == _boxes.Length)
        {
            Array.Resize(ref _boxes, _boxes.Length * 2);
        }
        _boxes[_count++] = box;
    }
}
