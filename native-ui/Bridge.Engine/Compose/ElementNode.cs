using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using Bridge.Schema;

namespace Bridge.Engine.Compose;

/// <summary>A built-in widget (View, Text, Image) with props and children, added builder style: <c>View(...)[child, child]</c>.</summary>
/// <remarks>C# allows no collection initializer after a method call, so the indexer plays that part; <see cref="Add"/>,
/// <see cref="AddRange"/> and <see cref="Children"/> serve loops and helpers.</remarks>
public sealed class ElementNode : Node
{
    private List<Node>? _children;

    internal ElementNode(WidgetType type) => Type = type;

    /// <summary>The widget type.</summary>
    public WidgetType Type { get; }

    internal StyleProps? Style { get; init; }
    internal string? TestId { get; init; }
    internal bool Focusable { get; init; }
    internal ScrollAxis Scroll { get; init; }
    internal FocusOptions Focus { get; init; }
    internal MotionOptions Motion { get; init; } = MotionOptions.Default;
    internal int NumberOfLines { get; init; }
    internal string? Text { get; init; }
    internal Func<string>? TextSource { get; init; }
    internal string? Src { get; init; }
    internal Func<string>? SrcSource { get; init; }
    internal Action? OnPress { get; init; }
    internal Action? OnFocus { get; init; }
    internal Action? OnBlur { get; init; }
    internal Func<KeyEvent, bool>? OnKey { get; init; }
    internal Action<LayoutBox>? OnLayout { get; init; }

    /// <summary>Adds a child (null is skipped, so conditional expressions can yield nothing).</summary>
    public void Add(Node? child)
    {
        if (child is null) return;
        if (Type != WidgetType.View)
            throw new InvalidOperationException($"{Type} widgets cannot have children (adding a {child.GetType().Name})");
        (_children ??= new List<Node>()).Add(child);
    }

    /// <summary>Adds every node of <paramref name="children"/> in order.</summary>
    public void AddRange(IEnumerable<Node> children)
    {
        foreach (var c in children) Add(c);
    }

    /// <summary>Adds children and returns this node: <c>View(style: s)[Text("a"), Text("b")]</c>.</summary>
    public ElementNode this[params Node?[] children] => Children(children);

    /// <summary>Adds children, builder style; returns this node.</summary>
    public ElementNode Children(params Node?[] children)
    {
        foreach (var c in children) Add(c);
        return this;
    }

    /// <summary>The children added so far.</summary>
    public IReadOnlyList<Node> ChildNodes => (IReadOnlyList<Node>?)_children ?? [];

    internal override Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after)
    {
        UiWorld ui = composer.World;
        Entity e = ui.CreateNode(Type);
        var slot = new ElementSlot(e);
        region.Link(slot, after);
        try
        {
            ApplyProps(ui, e);
            if (_children is not null)
            {
                var childRegion = new RegionSlot();
                Slot? last = null;
                foreach (Node child in _children) last = child.Mount(composer, e, childRegion, last);
            }
            ui.InsertChild(parent, e, slot.Anchor());
        }
        catch
        {
            region.Unlink(slot);
            if (ui.IsAlive(e)) ui.DestroySubtree(e);
            throw;
        }
        return slot;
    }

    private void ApplyProps(UiWorld ui, Entity e)
    {
        if (TestId is not null) ui.ApplyProp(e, ParsedProp.OfString(PropKey.TestId, TestId));
        if (Focusable) ui.ApplyProp(e, ParsedProp.OfBool(PropKey.Focusable, true));
        if (Scroll != ScrollAxis.None) ui.ApplyProp(e, ParsedProp.OfKeyword(PropKey.Scroll, (int)Scroll));
        if (!Focus.IsDefault) ApplyFocusOptions(ui, e, Focus);
        if (Motion.FocusScale != 1) ui.SetProp(e, PropKey.FocusScale, PropValue.Of(Motion.FocusScale));
        if (Motion.AnimateLayout) ui.ApplyProp(e, ParsedProp.OfBool(PropKey.AnimateLayout, true));
        if (NumberOfLines != 0) ui.ApplyProp(e, ParsedProp.OfInteger(PropKey.NumberOfLines, NumberOfLines));
        if (OnPress is not null) ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnPress, OnPress));
        if (OnFocus is not null) ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnFocus, OnFocus));
        if (OnBlur is not null) ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnBlur, OnBlur));
        if (OnKey is not null) ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnKey, OnKey));
        if (OnLayout is not null) ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnLayout, OnLayout));
        if (Style is not null)
        {
            foreach (var (key, value) in Style.Entries)
            {
                if (!value.IsSet) continue;
                if (value.Source is { } source)
                {
                    PropKey k = key;
                    // The effect feeds exactly one prop, so an update writes only the component that prop lives in.
                    R.Effect(() => ui.SetProp(e, k, source()));
                }
                else ui.SetProp(e, key, value.Value);
            }
        }
        if (Text is not null) ui.SetText(e, Text);
        if (TextSource is { } text) R.Effect(() => ui.SetText(e, text()));
        if (Src is not null) ui.SetProp(e, PropKey.Src, PropValue.Of(Src));
        if (SrcSource is { } src) R.Effect(() => ui.SetProp(e, PropKey.Src, PropValue.Of(src())));
    }

    // Through ApplyProp, as a legacy page's props go, so both paths build the same component.
    private static void ApplyFocusOptions(UiWorld ui, Entity e, in FocusOptions f)
    {
        if (f.Group != FocusGroupKind.Unset) ui.ApplyProp(e, ParsedProp.OfKeyword(PropKey.FocusGroup, (int)f.Group - 1));
        if (f.Boundary != 0) ui.ApplyProp(e, ParsedProp.OfDirections(PropKey.FocusBoundary, f.Boundary));
        if (f.Wrap != 0) ui.ApplyProp(e, ParsedProp.OfDirections(PropKey.FocusWrap, f.Wrap));
        ReadOnlySpan<(PropKey Key, string? Id)> ids =
        [
            (PropKey.FocusPreferred, f.Preferred), (PropKey.NextFocusUp, f.NextUp), (PropKey.NextFocusDown, f.NextDown),
            (PropKey.NextFocusLeft, f.NextLeft), (PropKey.NextFocusRight, f.NextRight),
        ];
        foreach (var (key, id) in ids)
        {
            if (id is not null) ui.ApplyProp(e, ParsedProp.OfString(key, id));
        }
    }
}
