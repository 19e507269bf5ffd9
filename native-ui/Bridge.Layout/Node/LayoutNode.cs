using System.Diagnostics.CodeAnalysis;

namespace Bridge.Layout;

/// <summary>Measures a leaf (text) node under the given inner size constraints.</summary>
public delegate (float Width, float Height) MeasureFunc(LayoutNode node, float width, MeasureMode widthMode,
                                                        float height, MeasureMode heightMode);

/// <summary>Returns the distance from the top of a node to its first baseline.</summary>
public delegate float BaselineFunc(LayoutNode node, float width, float height);

/// <summary>A node of the layout tree: style in, rounded box out, with dirtiness tracked for incremental relayout.</summary>
public sealed partial class LayoutNode
{
    private static readonly List<LayoutNode> s_noChildren = new(0);
    private List<LayoutNode>? _children;
    private List<LayoutNode>? _flatChildren;
    private bool _flatChildrenStale = true;
    private int _contentsChildCount;
    private MeasureFunc? _measure;
    internal LayoutResults Layout = LayoutResults.Empty();
    internal int LineIndex;
    internal uint TouchedGeneration;
    internal double RoundedAbsLeft = double.NaN;
    internal double RoundedAbsTop = double.NaN;
    internal int ComputeCount;

    /// <summary>Creates a node using <paramref name="config"/> or <see cref="LayoutConfig.Default"/>.</summary>
    public LayoutNode(LayoutConfig? config = null)
    {
        Config = config ?? LayoutConfig.Default;
        Style = new LayoutStyle(this, Config.UseWebDefaults);
        IsDirty = true;
    }

    /// <summary>The node's style; its setters mark this node and its ancestors dirty on change.</summary>
    public LayoutStyle Style { get; }

    /// <summary>The config (pixel grid, errata) of this node.</summary>
    public LayoutConfig Config { get; }

    /// <summary>Caller data; the ECS stores its entity here.</summary>
    public object? Context { get; set; }

    /// <summary>Measure callback of a leaf whose size comes from content (text); a measured node cannot have children.</summary>
    public MeasureFunc? Measure
    {
        get => _measure;
        set
        {
            if (value != null && ChildList.Count != 0)
                throw new InvalidOperationException($"Cannot set a measure function on a node with {ChildList.Count} children: measured nodes are leaves.");
            if (ReferenceEquals(_measure, value)) return;
            _measure = value;
            MarkDirtyAndPropagate();
        }
    }

    /// <summary>Baseline callback; without one the baseline is the first child's or the node's height.</summary>
    public BaselineFunc? Baseline { get; set; }

    /// <summary>Whether this child provides its parent's baseline even if it is not the first.</summary>
    public bool IsReferenceBaseline
    {
        get => _isReferenceBaseline;
        set { if (_isReferenceBaseline != value) { _isReferenceBaseline = value; Parent?.MarkDirtyAndPropagate(); } }
    }
    private bool _isReferenceBaseline;

    /// <summary>Whether this node is a containing block for absolute descendants even when static.</summary>
    public bool AlwaysFormsContainingBlock
    {
        get => _alwaysFormsContainingBlock;
        set { if (_alwaysFormsContainingBlock != value) { _alwaysFormsContainingBlock = value; MarkDirtyAndPropagate(); } }
    }
    private bool _alwaysFormsContainingBlock;

    /// <summary>The parent, or null for a root.</summary>
    public LayoutNode? Parent { get; private set; }

    /// <summary>Number of children.</summary>
    public int ChildCount => ChildList.Count;

    /// <summary>Whether the node must be laid out again.</summary>
    public bool IsDirty { get; internal set; }

    /// <summary>Set when a layout pass gave this node a new box; the reader clears it.</summary>
    public bool HasNewLayout { get; set; } = true;

    /// <summary>Left edge relative to the parent, rounded to the pixel grid.</summary>
    public float Left { get; internal set; }

    /// <summary>Top edge relative to the parent, rounded to the pixel grid.</summary>
    public float Top { get; internal set; }

    /// <summary>Border-box width, rounded to the pixel grid.</summary>
    public float Width { get; internal set; } = float.NaN;

    /// <summary>Border-box height, rounded to the pixel grid.</summary>
    public float Height { get; internal set; } = float.NaN;

    /// <summary>Resolved direction of the last layout.</summary>
    public Direction LayoutDirection => Layout.Direction;

    /// <summary>Whether the children overflowed this node in the last layout.</summary>
    public bool HadOverflow => Layout.HadOverflow;

    /// <summary>Returns the child at <paramref name="index"/>.</summary>
    public LayoutNode GetChild(int index)
    {
        if ((uint)index >= (uint)ChildList.Count)
            ThrowIndex(index, ChildList.Count);
        return _children![index];
    }

    /// <summary>Inserts <paramref name="child"/> (which must have no parent) at <paramref name="index"/>.</summary>
    public void InsertChild(LayoutNode child, int index)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (_measure != null)
            throw new InvalidOperationException("Cannot add a child to a node with a measure function: measured nodes are leaves.");
        if (child.Parent != null)
            throw new InvalidOperationException("Cannot insert a node that already has a parent; remove it from its parent first.");
        if (ReferenceEquals(child, this) || IsAncestorOrSelf(child))
            throw new InvalidOperationException("Cannot insert a node into its own subtree (cycle).");
        if ((uint)index > (uint)ChildList.Count)
            ThrowIndex(index, ChildList.Count + 1);
        (_children ??= new List<LayoutNode>(4)).Insert(index, child);
        child.Parent = this;
        if (child.Style.Display == Display.Contents) _contentsChildCount++;
        StructureChanged();
        MarkDirtyAndPropagate();
    }

    /// <summary>Appends <paramref name="child"/> as the last child.</summary>
    public void AddChild(LayoutNode child) => InsertChild(child, ChildList.Count);

    /// <summary>Removes <paramref name="child"/> if it is a child of this node.</summary>
    public void RemoveChild(LayoutNode child)
    {
        ArgumentNullException.ThrowIfNull(child);
        int i = _children?.IndexOf(child) ?? -1;
        if (i < 0) return;
        _children!.RemoveAt(i);
        if (child.Style.Display == Display.Contents) _contentsChildCount--;
        child.Parent = null;
        child.Layout.Reset();
        child.IsDirty = false;
        child.MarkDirtyAndPropagate();
        StructureChanged();
        MarkDirtyAndPropagate();
    }

    /// <summary>Marks this node and its ancestors dirty (text whose content changed).</summary>
    public void MarkDirty() => MarkDirtyAndPropagate();

    /// <summary>Resolved margin of a physical or logical edge from the last layout.</summary>
    public float GetMargin(Edge edge) => Layout.Margin[PhysicalIndex(edge)];

    /// <summary>Resolved padding of a physical or logical edge from the last layout.</summary>
    public float GetPadding(Edge edge) => Layout.Padding[PhysicalIndex(edge)];

    /// <summary>Resolved border width of a physical or logical edge from the last layout.</summary>
    public float GetBorder(Edge edge) => Layout.Border[PhysicalIndex(edge)];

    private int PhysicalIndex(Edge edge) => edge switch
    {
        Edge.Left => 0,
        Edge.Top => 1,
        Edge.Right => 2,
        Edge.Bottom => 3,
        Edge.Start => Layout.Direction == Direction.Rtl ? 2 : 0,
        Edge.End => Layout.Direction == Direction.Rtl ? 0 : 2,
        _ => throw new ArgumentOutOfRangeException(nameof(edge), edge, "resolved layout edges are Left, Top, Right, Bottom, Start or End"),
    };

    private bool IsAncestorOrSelf(LayoutNode candidate)
    {
        for (var n = this; n != null; n = n.Parent)
            if (ReferenceEquals(n, candidate)) return true;
        return false;
    }

    [DoesNotReturn]
    private static void ThrowIndex(int index, int count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"child index must be in [0, {count})");

    internal void MarkDirtyAndPropagate()
    {
        for (var n = this; n != null && !n.IsDirty; n = n.Parent)
        {
            n.IsDirty = true;
            n.Layout.ComputedFlexBasis = float.NaN;
        }
    }

    internal void OnDisplayChanged()
    {
        var p = Parent;
        if (p == null) return;
        p._contentsChildCount = 0;
        foreach (var c in p.ChildList)
            if (c.Style.Display == Display.Contents) p._contentsChildCount++;
        p.StructureChanged();
    }

    private void StructureChanged()
    {
        for (var n = this; n != null; n = n.Style.Display == Display.Contents ? n.Parent : null)
            n._flatChildrenStale = true;
    }

    internal List<LayoutNode> Children => _children ?? s_noChildren;

    private List<LayoutNode> ChildList => _children ?? s_noChildren;

    internal bool HasContentsChildren => _contentsChildCount != 0;

    /// <summary>Children as the algorithm sees them: display:contents children replaced by their own layout children.</summary>
    internal List<LayoutNode> LayoutChildren
    {
        get
        {
            if (_contentsChildCount == 0) return ChildList;
            if (_flatChildrenStale || _flatChildren == null)
            {
                _flatChildren ??= [];
                _flatChildren.Clear();
                Flatten(_flatChildren);
                _flatChildrenStale = false;
            }
            return _flatChildren;
        }
    }

    private void Flatten(List<LayoutNode> into)
    {
        foreach (var c in ChildList)
        {
            if (c.Style.Display == Display.Contents) c.Flatten(into);
            else into.Add(c);
        }
    }
}
