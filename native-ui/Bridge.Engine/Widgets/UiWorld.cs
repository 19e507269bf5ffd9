using Bridge.Engine.Ecs;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;
using Serilog;

namespace Bridge.Engine.Widgets;

/// <summary>The widget layer over the ECS world: nodes made by bus ops and by C# composables are made here, the same way.</summary>
/// <remarks>Belongs to the UI thread. Every node is an entity with <see cref="Widget"/>, <see cref="LayoutHandle"/>,
/// <see cref="Style"/> and <see cref="LayoutBox"/>; Text adds <see cref="TextContent"/>, Image <see cref="ImageContent"/>.</remarks>
public sealed partial class UiWorld
{
    private readonly Dictionary<string, Entity> _byTestId = new(StringComparer.Ordinal);
    private readonly ILogger _log;
    private readonly MeasureFunc _measureText;
    private readonly BaselineFunc _baselineText;

    /// <summary>Creates a world with a screen root laid out at the viewport size.</summary>
    public UiWorld(TextSystem text, ResourceSystem? resources = null, ILogger? log = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Resources = resources;
        _log = (log ?? Serilog.Core.Logger.None).ForContext<UiWorld>();
        _measureText = MeasureText;
        _baselineText = BaselineText;
        Ecs.Destroying = OnDestroying;
        ScreenRoot = CreateNode(WidgetType.View);
    }

    /// <summary>The underlying entity-component world.</summary>
    public World Ecs { get; } = new();

    /// <summary>The text system that lays out and measures Text widgets.</summary>
    public TextSystem Text { get; }

    /// <summary>The resource system that loads Image sources, or null when images are not loaded (tests).</summary>
    public ResourceSystem? Resources { get; }

    /// <summary>The resource system's <see cref="ResourceSystem.Snapshot"/> with each image's drawn size (the largest
    /// layout box of the Image nodes showing it), or null when images are not loaded.</summary>
    public ResourceSnapshot? SnapshotResources()
    {
        if (Resources is null) return null;
        var drawn = new Dictionary<int, (float Width, float Height)>();
        foreach (var row in Ecs.Query<ImageContent, LayoutBox>())
        {
            int id = row.C1.Handle.Id;
            if (id == 0) continue;
            (float w, float h) = drawn.GetValueOrDefault(id);
            drawn[id] = (MathF.Max(w, row.C2.W), MathF.Max(h, row.C2.H));
        }
        return Resources.Snapshot(h => drawn.TryGetValue(h.Id, out var size) ? size : null);
    }

    /// <summary>The root every page root is inserted into; laid out at the viewport size each frame.</summary>
    public Entity ScreenRoot { get; }

    /// <summary>Raised for each entity of a destroyed subtree, before its components are dropped.</summary>
    public event Action<Entity>? EntityDestroyed;

    /// <summary>Creates a detached node of widget type <paramref name="type"/> with default style.</summary>
    public Entity CreateNode(WidgetType type)
    {
        if (type is not (WidgetType.View or WidgetType.Text or WidgetType.Image))
            throw new ArgumentOutOfRangeException(nameof(type), type, "CreateNode: not a widget type of the schema");
        Entity e = Ecs.Create();
        var node = new LayoutNode { Context = new EntityRef(e) };
        Ecs.Set(e, new Widget(type));
        Ecs.Set(e, new LayoutHandle(node));
        Ecs.Set(e, Style.Default);
        Ecs.Set(e, default(LayoutBox));
        Ecs.Set(e, default(RenderInfo));
        if (type == WidgetType.Text)
        {
            Ecs.Set(e, new TextContent { Text = "" });
            node.Measure = _measureText;
            node.Baseline = _baselineText;
        }
        else if (type == WidgetType.Image) Ecs.Set(e, new ImageContent(null, ImageHandle.None));
        return e;
    }

    /// <summary>Whether <paramref name="e"/> is a live entity.</summary>
    public bool IsAlive(Entity e) => Ecs.IsAlive(e);

    /// <summary>The widget type of <paramref name="e"/>; throws when it is not a live node.</summary>
    public WidgetType TypeOf(Entity e) => Ecs.Get<Widget>(e).Type;

    /// <summary>Reads a component of <paramref name="e"/>; throws when dead or missing.</summary>
    public ref readonly T Get<T>(Entity e) where T : struct => ref Ecs.Get<T>(e);

    /// <summary>Copies a component of <paramref name="e"/>; false when dead or missing.</summary>
    public bool TryGet<T>(Entity e, out T value) where T : struct => Ecs.TryGet(e, out value);

    /// <summary>Inserts <paramref name="child"/> under <paramref name="parent"/> before <paramref name="before"/> (null appends); moves it if attached.</summary>
    public void InsertChild(Entity parent, Entity child, Entity before = default)
    {
        WidgetType type = NodeType(parent, "InsertChild parent");
        NodeType(child, "InsertChild child");
        if (type != WidgetType.View)
            throw new HierarchyException($"InsertChild: {parent} is a {type} node and cannot have children (inserting {child})");
        Ecs.InsertChild(parent, child, before);
        LayoutNode childNode = Ecs.Get<LayoutHandle>(child).Node;
        childNode.Parent?.RemoveChild(childNode);
        Ecs.Get<LayoutHandle>(parent).Node.InsertChild(childNode, Ecs.IndexInParent(child));
    }

    /// <summary>Detaches <paramref name="child"/> from <paramref name="parent"/>; it stays alive, unattached.</summary>
    public void RemoveChild(Entity parent, Entity child)
    {
        NodeType(parent, "RemoveChild parent");
        NodeType(child, "RemoveChild child");
        Ecs.RemoveChild(parent, child);
        LayoutNode childNode = Ecs.Get<LayoutHandle>(child).Node;
        Ecs.Get<LayoutHandle>(parent).Node.RemoveChild(childNode);
    }

    /// <summary>Destroys <paramref name="root"/> and its descendants, releasing their resources and testIDs.</summary>
    public void DestroySubtree(Entity root)
    {
        NodeType(root, "DestroySubtree");
        if (root == ScreenRoot) throw new HierarchyException("DestroySubtree: the screen root cannot be destroyed");
        LayoutNode node = Ecs.Get<LayoutHandle>(root).Node;
        node.Parent?.RemoveChild(node);
        Ecs.DestroySubtree(root);
    }

    /// <summary>Sets the string of Text node <paramref name="e"/>; re-measures only when it changed.</summary>
    public void SetText(Entity e, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NodeType(e, "SetText") != WidgetType.Text)
            throw new InvalidOperationException($"SetText: {e} is a {TypeOf(e)} node, not a Text node");
        ref TextContent content = ref Ecs.GetUnmarked<TextContent>(e);
        if (ReferenceEquals(content.Text, text) || content.Text == text) return;
        content.Text = text;
        Ecs.MarkChanged<TextContent>(e);
        Ecs.Get<LayoutHandle>(e).Node.MarkDirty();
    }

    /// <summary>Finds the live entity whose testID is <paramref name="testId"/>.</summary>
    public bool TryFindByTestId(string testId, out Entity entity) =>
        _byTestId.TryGetValue(testId, out entity) && Ecs.IsAlive(entity);

    /// <summary>Finds the live entity carrying <paramref name="testId"/> that is <paramref name="within"/> or one of its descendants.</summary>
    /// <remarks>Pages may reuse testIDs (the page below on the stack, a compare shadow) and the index answers the entity
    /// that took the testID last, so when that one is elsewhere the subtree is searched (depth first, no allocation).</remarks>
    public bool TryFindByTestIdWithin(string testId, Entity within, out Entity entity)
    {
        if (TryFindByTestId(testId, out entity) && IsWithin(entity, within)) return true;
        entity = Entity.Null;
        if (!Ecs.IsAlive(within)) return false;
        Entity n = within;
        while (true)
        {
            if (Ecs.TryGet(n, out TestId id) && id.Value == testId)
            {
                entity = n;
                return true;
            }
            Entity next = Ecs.FirstChild(n);
            // No children: the next sibling of the nearest node on the way up, never leaving the subtree.
            while (next.IsNull)
            {
                if (n == within) return false;
                next = Ecs.NextSibling(n);
                if (next.IsNull) n = Ecs.ParentOf(n);
            }
            n = next;
        }
    }

    /// <summary>The entity carrying <paramref name="testId"/>; throws when none does.</summary>
    public Entity FindByTestId(string testId) =>
        TryFindByTestId(testId, out Entity e) ? e : throw new KeyNotFoundException($"no node has testID \"{testId}\"");

    private WidgetType NodeType(Entity e, string operation)
    {
        Ecs.EnsureAlive(e, operation);
        if (!Ecs.TryGet(e, out Widget w)) throw new MissingComponentException($"{operation}: {e} is not a widget node");
        return w.Type;
    }

    private void OnDestroying(Entity e)
    {
        EntityDestroyed?.Invoke(e);
        if (Ecs.TryGet(e, out TestId id) && _byTestId.TryGetValue(id.Value, out Entity owner) && owner == e)
            _byTestId.Remove(id.Value);
        if (Ecs.TryGet(e, out ImageContent image) && !image.Handle.IsNone) Resources?.Release(image.Handle);
        if (_focused == e) _focused = Entity.Null;
    }

    private (float Width, float Height) MeasureText(LayoutNode node, float width, MeasureMode widthMode, float height, MeasureMode heightMode)
    {
        Entity e = ((EntityRef)node.Context!).Entity;
        TextLayout layout = LayoutText(e, widthMode == MeasureMode.Undefined ? float.NaN : width);
        float w = widthMode == MeasureMode.Exactly ? width : widthMode == MeasureMode.AtMost ? MathF.Min(layout.Width, width) : layout.Width;
        float h = heightMode == MeasureMode.Exactly ? height : heightMode == MeasureMode.AtMost ? MathF.Min(layout.Height, height) : layout.Height;
        return (w, h);
    }

    private float BaselineText(LayoutNode node, float width, float height)
    {
        Entity e = ((EntityRef)node.Context!).Entity;
        return Text.Baseline(LayoutText(e, width));
    }

    /// <summary>Lays out the text of <paramref name="e"/> at <paramref name="maxWidth"/> (cached by the text system) and remembers it for drawing.</summary>
    internal TextLayout LayoutText(Entity e, float maxWidth)
    {
        // The style and layout are caches derived from the text and style: filling them is not a change.
        ref TextContent content = ref Ecs.GetUnmarked<TextContent>(e);
        content.TextStyle ??= BuildTextStyle(Ecs.Get<Style>(e), content.NumberOfLines);
        TextLayout layout = Text.Layout(content.Text, content.TextStyle, maxWidth);
        content.Layout = layout;
        return layout;
    }

    private static TextStyle BuildTextStyle(in Style s, int lines) =>
        new(s.FontFamily, s.FontSize, s.FontWeight, s.TextAlign, s.LineHeight, lines);

    /// <summary>The boxed entity a layout node points back to (allocated once per node).</summary>
    internal sealed class EntityRef(Entity entity)
    {
        public Entity Entity { get; } = entity;
    }
}
