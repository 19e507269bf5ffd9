using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Graphics;
using Bridge.Schema;

namespace Bridge.Engine.Widgets;

public sealed partial class UiWorld
{
    /// <summary>Parses and applies one wire prop, throwing an <see cref="ArgumentException"/> that names the entity on a bad value.</summary>
    public void SetProp(Entity e, PropKey key, in PropValue value)
    {
        if (!PropParser.TryParse(key, value, out ParsedProp parsed, out string? error))
            throw new ArgumentException($"{e}: {error}", nameof(value));
        ApplyProp(e, parsed);
    }

    /// <summary>Restores <paramref name="key"/> of <paramref name="e"/> to its default.</summary>
    public void UnsetProp(Entity e, PropKey key) => ApplyProp(e, ParsedProp.Unset(key));

    /// <summary>Applies a validated prop to <paramref name="e"/>, writing only the component it feeds.</summary>
    public void ApplyProp(Entity e, in ParsedProp p)
    {
        WidgetType type = NodeType(e, "ApplyProp");
        if (!PropCatalog.TryGet(p.Key, out PropInfo? info))
            throw new ArgumentOutOfRangeException(nameof(p), p.Key, $"ApplyProp on {e}: prop code {(int)p.Key} is not defined by the schema");
        switch (info.Category)
        {
            case PropCategory.Layout:
                LayoutProps.Apply(Ecs.Get<LayoutHandle>(e).Node.Style, p);
                break;
            case PropCategory.Visual:
            case PropCategory.Text:
                ApplyStyle(e, type, p);
                break;
            default:
                ApplyNodeProp(e, type, p);
                break;
        }
    }

    private void ApplyStyle(Entity e, WidgetType type, in ParsedProp p)
    {
        ref Style s = ref Ecs.GetMut<Style>(e);
        bool unset = p.Kind == ParsedKind.Unset;
        Style d = Style.Default;
        switch (p.Key)
        {
            case PropKey.BackgroundColor: s.BackgroundColor = unset ? d.BackgroundColor : p.Colour; break;
            case PropKey.BorderColor: s.BorderColor = unset ? d.BorderColor : p.Colour; break;
            case PropKey.Opacity: s.Opacity = unset ? d.Opacity : p.Number; break;
            case PropKey.BorderRadius: s.BorderRadius = unset ? d.BorderRadius : p.Number; break;
            case PropKey.BorderTopLeftRadius: s.BorderTopLeftRadius = unset ? float.NaN : p.Number; break;
            case PropKey.BorderTopRightRadius: s.BorderTopRightRadius = unset ? float.NaN : p.Number; break;
            case PropKey.BorderBottomRightRadius: s.BorderBottomRightRadius = unset ? float.NaN : p.Number; break;
            case PropKey.BorderBottomLeftRadius: s.BorderBottomLeftRadius = unset ? float.NaN : p.Number; break;
            case PropKey.Transform: s.Transform = unset || p.Transform!.Length == 0 ? null : p.Transform; break;
            case PropKey.Color: s.Color = unset ? d.Color : p.Colour; break;
            case PropKey.FontSize: s.FontSize = unset ? d.FontSize : p.Number; break;
            case PropKey.FontWeight: s.FontWeight = unset ? d.FontWeight : p.Integer; break;
            case PropKey.FontFamily: s.FontFamily = unset ? null : p.Text; break;
            case PropKey.TextAlign: s.TextAlign = unset ? d.TextAlign : (TextAlign)p.Integer; break;
            case PropKey.LineHeight: s.LineHeight = unset ? d.LineHeight : p.Number; break;
            case PropKey.TransitionDuration: s.TransitionDurationMs = unset ? 0 : p.Number; break;
            case PropKey.TransitionDelay: s.TransitionDelayMs = unset ? 0 : p.Number; break;
            case PropKey.TransitionTimingFunction: s.TransitionTiming = unset ? d.TransitionTiming : (TransitionTiming)p.Integer; break;
            default: throw new ArgumentOutOfRangeException(nameof(p), p.Key, "not a style prop");
        }
        // The animation system looks only at entities named here, so its cost follows the changes, not the tree.
        if (s.TransitionDurationMs > 0 || Ecs.Has<Systems.Motion>(e)) _motionChanges.Add(e);
        if (type == WidgetType.Text && p.Key is PropKey.FontSize or PropKey.FontWeight or PropKey.FontFamily
                or PropKey.TextAlign or PropKey.LineHeight)
            InvalidateTextStyle(e);
    }

    private void InvalidateTextStyle(Entity e)
    {
        ref TextContent content = ref Ecs.GetMut<TextContent>(e);
        content.TextStyle = null;
        Ecs.Get<LayoutHandle>(e).Node.MarkDirty();
    }

    private void ApplyNodeProp(Entity e, WidgetType type, in ParsedProp p)
    {
        bool unset = p.Kind == ParsedKind.Unset;
        switch (p.Key)
        {
            case PropKey.TestId:
                SetTestId(e, unset ? null : p.Text);
                break;
            case PropKey.Focusable:
                if (!unset && p.Bool) Ecs.Set(e, new Focusable(true));
                else
                {
                    Ecs.Remove<Focusable>(e);
                    if (_focused == e) Blur();
                }
                break;
            case PropKey.Scroll:
                var axis = unset ? ScrollAxis.None : (ScrollAxis)p.Integer;
                if (axis == ScrollAxis.None)
                {
                    Ecs.Remove<ScrollContainer>(e);
                    Ecs.Remove<ChildIndex>(e);
                }
                else Ecs.Set(e, new ScrollContainer(axis, 0, 0));
                break;
            case PropKey.NumberOfLines:
                if (type == WidgetType.Text)
                {
                    Ecs.GetMut<TextContent>(e).NumberOfLines = unset ? 0 : p.Integer;
                    InvalidateTextStyle(e);
                }
                break;
            case PropKey.Src:
                if (type != WidgetType.Image)
                {
                    // Unsetting what a View or Text never had changes nothing (a page may send src: undefined anywhere).
                    if (unset) break;
                    throw new InvalidOperationException($"ApplyProp on {e}: src applies to Image nodes, not {type}");
                }
                SetImageSource(e, unset ? null : p.Text);
                break;
            case >= PropKey.FocusGroup and <= PropKey.NextFocusRight:
                SetFocusOption(e, p, unset);
                break;
            case PropKey.FocusScale:
            case PropKey.AnimateLayout:
                MotionOptions motion = Ecs.TryGet(e, out MotionOptions m) ? m : MotionOptions.Default;
                if (p.Key == PropKey.FocusScale) motion.FocusScale = unset ? 1 : p.Number;
                else motion.AnimateLayout = !unset && p.Bool;
                if (motion == MotionOptions.Default) Ecs.Remove<MotionOptions>(e);
                else Ecs.Set(e, motion);
                if (motion.AnimateLayout) Ecs.Set(e, default(LayoutAnimation));
                else Ecs.Remove<LayoutAnimation>(e);
                _motionChanges.Add(e);
                break;
            default:
                SetHandler(e, p.Key, unset ? null : p.Handler);
                break;
        }
    }

    private readonly List<Entity> _motionChanges = new(16);

    /// <summary>Entities whose style or motion options changed while they animate or may (drained by the animation system).</summary>
    internal List<Entity> MotionChanges => _motionChanges;

    private void SetFocusOption(Entity e, in ParsedProp p, bool unset)
    {
        FocusOptions o = Ecs.TryGet(e, out FocusOptions existing) ? existing : default;
        string? id = unset ? null : p.Text;
        switch (p.Key)
        {
            case PropKey.FocusGroup: o.Group = unset ? FocusGroupKind.Unset : (FocusGroupKind)(p.Integer + 1); break;
            case PropKey.FocusPreferred: o.Preferred = id; break;
            case PropKey.FocusBoundary: o.Boundary = unset ? 0 : p.Directions; break;
            case PropKey.FocusWrap: o.Wrap = unset ? 0 : p.Directions; break;
            case PropKey.NextFocusUp: o.NextUp = id; break;
            case PropKey.NextFocusDown: o.NextDown = id; break;
            case PropKey.NextFocusLeft: o.NextLeft = id; break;
            default: o.NextRight = id; break;
        }
        if (o.IsDefault) Ecs.Remove<FocusOptions>(e);
        else Ecs.Set(e, o);
    }

    private void SetTestId(Entity e, string? id)
    {
        if (Ecs.TryGet(e, out TestId old))
        {
            if (old.Value == id) return;
            if (_byTestId.TryGetValue(old.Value, out Entity owner) && owner == e) _byTestId.Remove(old.Value);
        }
        if (id is null)
        {
            Ecs.Remove<TestId>(e);
            return;
        }
        Ecs.Set(e, new TestId(id));
        // The newest node with an id wins the lookup, as a page that reuses an id would expect from getElementById-like code.
        _byTestId[id] = e;
    }

    private void SetImageSource(Entity e, string? src)
    {
        ref ImageContent image = ref Ecs.GetUnmarked<ImageContent>(e);
        if (image.Src == src) return;
        Ecs.MarkChanged<ImageContent>(e);
        if (!image.Handle.IsNone) Resources?.Release(image.Handle);
        image = new ImageContent(src, src is null || Resources is null ? ImageHandle.None : Resources.Acquire(src));
    }

    private void SetHandler(Entity e, PropKey key, Delegate? handler)
    {
        Handlers h = Ecs.TryGet(e, out Handlers existing) ? existing : default;
        switch (key)
        {
            case PropKey.OnPress: h.OnPress = Cast<Action>(e, key, handler); break;
            case PropKey.OnFocus: h.OnFocus = Cast<Action>(e, key, handler); break;
            case PropKey.OnBlur: h.OnBlur = Cast<Action>(e, key, handler); break;
            case PropKey.OnKey: h.OnKey = Cast<Func<KeyEvent, bool>>(e, key, handler); break;
            case PropKey.OnLayout: h.OnLayout = Cast<Action<LayoutBox>>(e, key, handler); break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "not a node prop");
        }
        if (h.IsEmpty) Ecs.Remove<Handlers>(e);
        else Ecs.Set(e, h);
    }

    private static T? Cast<T>(Entity e, PropKey key, Delegate? handler) where T : Delegate =>
        handler is null or T ? (T?)handler
            : throw new ArgumentException($"ApplyProp on {e}: {key} takes a {typeof(T).Name}, got a {handler.GetType().Name}");
}
