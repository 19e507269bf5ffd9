using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Bench;

/// <summary>A page of horizontal rails in flat arrays, adapted to <see cref="IFocusGraph"/> as the ECS would: a struct over storage.</summary>
internal sealed class RailPage
{
    public const float TileW = 240, TileH = 135, Gap = 16, RailGap = 60, Viewport = 1280;

    public readonly int[] Parent;
    public readonly int[] FirstChild;
    public readonly int[] ChildCountOf;
    public readonly int[] Children;
    public readonly Rect[] Bounds;
    public readonly bool[] Focusable;
    public readonly int[] Remembered;
    public readonly float[] Starts;
    public readonly float[] Ends;
    public readonly int Tiles;
    public bool ReportOrder = true;

    public RailPage(int rails, int tiles)
    {
        Tiles = tiles;
        var count = 1 + rails * (1 + tiles);
        Parent = new int[count];
        FirstChild = new int[count];
        ChildCountOf = new int[count];
        Children = new int[count];
        Bounds = new Rect[count];
        Focusable = new bool[count];
        Remembered = new int[count];
        Array.Fill(Remembered, -1);
        Parent[0] = -1;
        Bounds[0] = new Rect(0, 0, Viewport, rails * (TileH + RailGap));
        FirstChild[0] = 0;
        ChildCountOf[0] = rails;
        var next = 1;
        var slot = rails;
        for (var r = 0; r < rails; r++)
        {
            var rail = next++;
            Children[r] = rail;
            Parent[rail] = 0;
            var y = r * (TileH + RailGap);
            Bounds[rail] = new Rect(0, y, tiles * (TileW + Gap), TileH);
            FirstChild[rail] = slot;
            ChildCountOf[rail] = tiles;
            for (var t = 0; t < tiles; t++)
            {
                var tile = next++;
                Children[slot++] = tile;
                Parent[tile] = rail;
                Bounds[tile] = new Rect(t * (TileW + Gap), y, TileW, TileH);
                Focusable[tile] = true;
            }
        }
        Starts = new float[tiles];
        Ends = new float[tiles];
        for (var t = 0; t < tiles; t++)
        {
            Starts[t] = t * (TileW + Gap);
            Ends[t] = Starts[t] + TileW;
        }
    }

    /// <summary>The handle of tile <paramref name="t"/> of rail <paramref name="r"/>.</summary>
    public int Tile(int r, int t) => Children[FirstChild[1 + r * (1 + Tiles)] + t];

    public Graph AsGraph() => new(this);

    public readonly struct Graph(RailPage page) : IFocusHost
    {
        public int Parent(int node) => page.Parent[node];

        public int ChildCount(int node) => page.ChildCountOf[node];

        public int Child(int node, int index) => page.Children[page.FirstChild[node] + index];

        public Rect Bounds(int node) => page.Bounds[node];

        public bool IsFocusable(int node) => page.Focusable[node];

        public bool IsNavigable(int node) => true;

        public FocusGroup Group(int node) => page.Parent[node] == 0 ? FocusGroup.Rail : FocusGroup.None;

        public int Override(int node, Direction direction) => -1;

        public ChildOrder Order(int node) =>
            !page.ReportOrder ? ChildOrder.None : node == 0 ? ChildOrder.Vertical : page.Parent[node] == 0 ? ChildOrder.Horizontal : ChildOrder.None;

        public int RememberedChild(int group) => page.Remembered[group];

        public void Remember(int group, int child) => page.Remembered[group] = child;

        public KeyVerdict OnKey(int node, Input.RemoteKey key) => KeyVerdict.Continue;

        public bool ApproveMove(int from, int to, Direction direction) => true;
    }
}
