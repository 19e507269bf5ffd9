using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Tests.Focus;

/// <summary>An in-memory focus tree over arrays: the adapter shape the ECS implements, built by hand for tests.</summary>
internal sealed class TreeGraph : IFocusGraph
{
    private readonly List<int> _parent = [];
    private readonly List<List<int>> _children = [];
    private readonly List<Rect> _bounds = [];
    private readonly List<bool> _focusable = [];
    private readonly List<bool> _navigable = [];
    private readonly List<FocusGroup> _group = [];
    private readonly List<ChildOrder> _order = [];
    private readonly List<int> _remembered = [];
    private readonly Dictionary<(int, Direction), int> _overrides = [];
    private readonly Dictionary<string, int> _names = [];

    /// <summary>When false, <see cref="Order"/> answers None so the navigator does a plain scan.</summary>
    public bool ReportOrder { get; set; } = true;

    public int Count => _parent.Count;

    public int Add(int parent, Rect bounds, bool focusable = false, FocusGroup? group = null, ChildOrder order = ChildOrder.None, string? name = null)
    {
        var id = _parent.Count;
        _parent.Add(parent);
        _children.Add([]);
        _bounds.Add(bounds);
        _focusable.Add(focusable);
        _navigable.Add(true);
        _group.Add(group ?? FocusGroup.None);
        _order.Add(order);
        _remembered.Add(-1);
        if (parent >= 0)
        {
            _children[parent].Add(id);
        }
        if (name is not null)
        {
            _names.Add(name, id);
        }
        return id;
    }

    public int this[string name] =>
        _names.TryGetValue(name, out var id) ? id : throw new KeyNotFoundException($"no node named '{name}' in the test tree");

    public string NameOf(int node)
    {
        foreach (var (name, id) in _names)
        {
            if (id == node)
            {
                return name;
            }
        }
        return $"#{node}";
    }

    public void SetOverride(int node, Direction direction, int target) => _overrides[(node, direction)] = target;

    public void SetNavigable(int node, bool navigable) => _navigable[node] = navigable;

    public void SetGroup(int node, FocusGroup group) => _group[node] = group;

    /// <summary>Detaches a subtree from its parent, as a delete op would.</summary>
    public void Detach(int node)
    {
        var p = _parent[node];
        _children[p].Remove(node);
        _parent[node] = -1;
    }

    /// <summary>Moves every descendant of a container by an offset (a scroll).</summary>
    public void Shift(int container, float dx, float dy)
    {
        foreach (var c in _children[container])
        {
            var b = _bounds[c];
            _bounds[c] = b with { X = b.X + dx, Y = b.Y + dy };
            Shift(c, dx, dy);
        }
    }

    public int Parent(int node) => _parent[node];

    public int ChildCount(int node) => _children[node].Count;

    public int Child(int node, int index) => _children[node][index];

    public Rect Bounds(int node) => _bounds[node];

    public bool IsFocusable(int node) => _focusable[node];

    public bool IsNavigable(int node) => _navigable[node];

    public FocusGroup Group(int node) => _group[node];

    public int Override(int node, Direction direction) => _overrides.TryGetValue((node, direction), out var t) ? t : -1;

    public ChildOrder Order(int node) => ReportOrder ? _order[node] : ChildOrder.None;

    public int RememberedChild(int group) => _remembered[group];

    public void Remember(int group, int child) => _remembered[group] = child;

    /// <summary>A page of rails: a vertical root holding <paramref name="rails"/> rails of <paramref name="tiles"/> tiles each.</summary>
    public static TreeGraph Rails(int rails, int tiles, float tileW = 200, float tileH = 120, float gap = 20, FocusGroup? railGroup = null)
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 1280, rails * (tileH + 60)), order: ChildOrder.Vertical, name: "root");
        for (var r = 0; r < rails; r++)
        {
            var y = r * (tileH + 60);
            var rail = g.Add(root, new Rect(0, y, tiles * (tileW + gap), tileH), group: railGroup ?? FocusGroup.Rail,
                order: ChildOrder.Horizontal, name: $"rail{r}");
            for (var t = 0; t < tiles; t++)
            {
                g.Add(rail, new Rect(t * (tileW + gap), y, tileW, tileH), focusable: true, name: $"r{r}t{t}");
            }
        }
        return g;
    }
}
