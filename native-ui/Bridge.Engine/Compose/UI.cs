using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using Bridge.Schema;

namespace Bridge.Engine.Compose;

/// <summary>The built-in widgets and control-flow composables; use with <c>using static Bridge.Engine.Compose.UI;</c>.</summary>
public static class UI
{
    /// <summary>A flexbox container.</summary>
    /// <param name="style">Style keys (flexbox, visual, transitions).</param>
    /// <param name="testId">The node's testID.</param>
    /// <param name="focusable">Whether the node takes focus.</param>
    /// <param name="onPress">Called on select while focused.</param>
    /// <param name="onFocus">Called when the node gains focus.</param>
    /// <param name="onBlur">Called when the node loses focus.</param>
    /// <param name="onKey">Called for keys while the node or a descendant is focused; true consumes the key.</param>
    /// <param name="onLayout">Called after a layout that changed the node's box.</param>
    /// <param name="scroll">Makes the node a scroll container keeping its focused descendant visible.</param>
    /// <param name="focus">Focus group, preferred child, boundaries, wrapping and explicit targets
    /// (the <c>focusGroup</c>, <c>focusPreferred</c>, <c>focusBoundary</c>, <c>focusWrap</c> and <c>nextFocus*</c> props).</param>
    /// <param name="focusScale">Scale while focused, animated (1: no focus effect).</param>
    /// <param name="animateLayout">Animate changes of the node's layout box.</param>
    public static ElementNode View(StyleProps? style = null, string? testId = null, bool focusable = false,
                                   Action? onPress = null, Action? onFocus = null, Action? onBlur = null,
                                   Func<KeyEvent, bool>? onKey = null, Action<LayoutBox>? onLayout = null,
                                   ScrollAxis scroll = ScrollAxis.None, FocusOptions focus = default,
                                   float focusScale = 1, bool animateLayout = false) =>
        new(WidgetType.View)
        {
            Style = style, TestId = testId, Focusable = focusable, OnPress = onPress, OnFocus = onFocus,
            OnBlur = onBlur, OnKey = onKey, OnLayout = onLayout, Scroll = scroll, Focus = focus,
            Motion = new MotionOptions(focusScale, animateLayout),
        };

    /// <summary>A constant text.</summary>
    public static ElementNode Text(string text, StyleProps? style = null, string? testId = null, int numberOfLines = 0,
                                   Action<LayoutBox>? onLayout = null) =>
        new(WidgetType.Text)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text)), Style = style, TestId = testId,
            NumberOfLines = numberOfLines, OnLayout = onLayout,
        };

    /// <summary>A reactive text: an update re-sets only this entity's text, without re-running the composable.</summary>
    public static ElementNode Text(Func<string> text, StyleProps? style = null, string? testId = null, int numberOfLines = 0,
                                   Action<LayoutBox>? onLayout = null) =>
        new(WidgetType.Text)
        {
            TextSource = text ?? throw new ArgumentNullException(nameof(text)), Style = style, TestId = testId,
            NumberOfLines = numberOfLines, OnLayout = onLayout,
        };

    /// <summary>A text following a signal.</summary>
    public static ElementNode Text(Signal<string> text, StyleProps? style = null, string? testId = null, int numberOfLines = 0) =>
        Text(() => text.Value, style, testId, numberOfLines);

    /// <summary>An image loaded from <paramref name="src"/>.</summary>
    public static ElementNode Image(string src, StyleProps? style = null, string? testId = null, Action<LayoutBox>? onLayout = null) =>
        new(WidgetType.Image) { Src = src ?? throw new ArgumentNullException(nameof(src)), Style = style, TestId = testId, OnLayout = onLayout };

    /// <summary>An image whose source follows <paramref name="src"/>.</summary>
    public static ElementNode Image(Func<string> src, StyleProps? style = null, string? testId = null, Action<LayoutBox>? onLayout = null) =>
        new(WidgetType.Image) { SrcSource = src ?? throw new ArgumentNullException(nameof(src)), Style = style, TestId = testId, OnLayout = onLayout };

    /// <summary>A keyed list: reorders move entities, new keys are rendered, removed keys are disposed.</summary>
    public static Node For<T, TKey>(Func<IReadOnlyList<T>> items, Func<T, TKey> key, Func<T, Node> render) where TKey : notnull =>
        new ForNode<T, TKey>(items ?? throw new ArgumentNullException(nameof(items)),
                             key ?? throw new ArgumentNullException(nameof(key)),
                             render ?? throw new ArgumentNullException(nameof(render)));

    /// <summary>A keyed list over a signal.</summary>
    public static Node For<T, TKey>(Signal<IReadOnlyList<T>> items, Func<T, TKey> key, Func<T, Node> render) where TKey : notnull =>
        For(() => items.Value, key, render);

    /// <summary>Shows <paramref name="then"/> while <paramref name="when"/> is true, else <paramref name="otherwise"/> (or nothing).</summary>
    public static Node Show(Func<bool> when, Func<Node> then, Func<Node>? otherwise = null) =>
        new ShowNode(when ?? throw new ArgumentNullException(nameof(when)), then ?? throw new ArgumentNullException(nameof(then)), otherwise);

    /// <summary>Contains errors of <paramref name="child"/> (while building or in its effects) by showing <paramref name="fallback"/>.</summary>
    public static Node ErrorBoundary(Func<Node> child, Func<Exception, Node> fallback) =>
        new ErrorBoundaryNode(child ?? throw new ArgumentNullException(nameof(child)), fallback ?? throw new ArgumentNullException(nameof(fallback)));

    /// <summary>Several nodes side by side without a wrapper.</summary>
    public static Node Fragment(params Node[] nodes) => new FragmentNode(nodes ?? throw new ArgumentNullException(nameof(nodes)));

    /// <summary>A reactive string style value (colours, keywords, lengths like "50%").</summary>
    public static StyleValue Bind(Func<string> source) => StyleValue.Reactive(() => PropValue.Of(source()));

    /// <summary>A reactive numeric style value.</summary>
    public static StyleValue Bind(Func<double> source) => StyleValue.Reactive(() => PropValue.Of(source()));

    /// <summary>A transform list from (operation, value) pairs: <c>Transform(("scale", 1.1), ("rotate", "15deg"))</c>.</summary>
    public static PropValue[] Transform(params (string Op, object Value)[] ops)
    {
        var flat = new PropValue[ops.Length * 2];
        for (int i = 0; i < ops.Length; i++)
        {
            flat[2 * i] = PropValue.Of(ops[i].Op);
            flat[2 * i + 1] = ops[i].Value switch
            {
                string s => PropValue.Of(s),
                double d => PropValue.Of(d),
                float f => PropValue.Of(f),
                int n => PropValue.Of(n),
                var other => throw new ArgumentException($"Transform: {ops[i].Op} takes a number or a string, got {other?.GetType().Name ?? "null"}"),
            };
        }
        return flat;
    }
}
