using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Systems;

/// <summary>Walks the tree from the screen root and records what to draw into the frame's <see cref="DrawList"/>.</summary>
/// <remarks>Reads <see cref="LayoutBox"/>, <see cref="Style"/>, <see cref="TextContent"/>, <see cref="ImageContent"/> and
/// the hierarchy; writes <see cref="RenderInfo"/>. Opacity multiplies down the tree; overflow hidden/scroll clips the
/// children; a node's transform applies to its subtree (nested transforms are combined by multiplying scales and
/// adding rotations and translations, exact for the usual scale-on-focus and translate cases). Children of a scroll
/// container that cannot show in its viewport are neither drawn nor descended into (see <see cref="DrawScrolled"/>);
/// their <see cref="RenderInfo"/> stays that of the last frame that drew them.</remarks>
public sealed class RenderSystem : EngineSystem
{
    /// <summary>Room around a clipping scroll container's box within which children are still drawn, for descendants
    /// that reach outside their tile (a badge, a shadow).</summary>
    private const float CullMargin = 32;

    private readonly UiWorld _world;
    private readonly DrawList _list;

    internal RenderSystem(UiWorld world, DrawList list)
    {
        _world = world;
        _list = list;
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Render;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        _list.Clear();
        Draw(_world.ScreenRoot, 1f, Transform2D.Identity);
    }

    private void Draw(Entity e, float parentOpacity, in Transform2D parentTransform)
    {
        var ecs = _world.Ecs;
        LayoutNode node = ecs.Get<LayoutHandle>(e).Node;
        if (node.Style.Display == Display.None) return;
        ref readonly Style style = ref ecs.Get<Style>(e);
        ref readonly LayoutBox box = ref ecs.Get<LayoutBox>(e);
        var rect = new RectF(box.AbsoluteX, box.AbsoluteY, box.W, box.H);
        Transform2D transform;
        float opacity;
        Rgba background, borderColor, color;
        if (ecs.Has<Motion>(e))
        {
            // Animated look: what the animation system computed for this frame.
            ref readonly Motion m = ref ecs.Get<Motion>(e);
            opacity = parentOpacity * m.Opacity;
            if (opacity <= 0) return;
            if (!float.IsNaN(m.Width)) rect = new RectF(rect.X, rect.Y, m.Width, m.Height);
            transform = m.Transform is null && m.Scale == 1 && m.TranslateX == 0 && m.TranslateY == 0
                ? parentTransform
                : Combine(parentTransform, m.Transform, rect, m.Scale, m.TranslateX, m.TranslateY);
            (background, borderColor, color) = (m.BackgroundColor, m.BorderColor, m.Color);
        }
        else
        {
            opacity = parentOpacity * style.Opacity;
            if (opacity <= 0) return;
            transform = style.Transform is null ? parentTransform : Combine(parentTransform, style.Transform, rect, 1, 0, 0);
            (background, borderColor, color) = (style.BackgroundColor, style.BorderColor, style.Color);
        }
        CornerRadii radii = style.Radii;
        int first = _list.Count;

        float border = MathF.Max(MathF.Max(node.GetBorder(Edge.Left), node.GetBorder(Edge.Top)),
                                 MathF.Max(node.GetBorder(Edge.Right), node.GetBorder(Edge.Bottom)));
        if (background.A > 0 || (border > 0 && borderColor.A > 0))
            _list.AddRect(rect, radii, background, border, borderColor, opacity, transform);

        WidgetType type = ecs.Get<Widget>(e).Type;
        if (type == WidgetType.Image)
        {
            ImageHandle image = ecs.Get<ImageContent>(e).Handle;
            if (!image.IsNone) _list.AddImage(rect, radii, image, opacity, transform);
        }
        else if (type == WidgetType.Text)
        {
            float left = node.GetPadding(Edge.Left) + node.GetBorder(Edge.Left);
            float topInset = node.GetPadding(Edge.Top) + node.GetBorder(Edge.Top);
            float innerW = rect.W - left - node.GetPadding(Edge.Right) - node.GetBorder(Edge.Right);
            float innerH = rect.H - topInset - node.GetPadding(Edge.Bottom) - node.GetBorder(Edge.Bottom);
            if (ecs.Get<TextContent>(e).Text.Length > 0)
            {
                TextLayout layout = _world.LayoutText(e, innerW);
                _list.AddText(new RectF(rect.X + left, rect.Y + topInset, innerW, innerH), layout, color, opacity, transform);
            }
        }

        bool clip = node.Style.Overflow != Overflow.Visible;
        if (clip) _list.PushClip(rect, radii);
        if (ecs.TryGet(e, out ScrollContainer scroll) && scroll.Axis != ScrollAxis.None)
            DrawScrolled(e, scroll.Axis == ScrollAxis.Horizontal, rect, clip && transform.IsIdentity, opacity, transform);
        else
            for (Entity c = ecs.FirstChild(e); !c.IsNull; c = ecs.NextSibling(c)) Draw(c, opacity, transform);
        if (clip) _list.PopClip();

        var info = new RenderInfo(opacity, first, Math.Max(0, _list.Count - first));
        if (ecs.Get<RenderInfo>(e) != info) ecs.GetMut<RenderInfo>(e) = info;
    }

    /// <summary>Draws the children of a scroll container that can show in its viewport, skipping (and not descending
    /// into) the others.</summary>
    /// <remarks>Only the children the layout walked this frame are candidates (the others' boxes are stale). A child is
    /// kept when its box, grown by its own transform (the focus scale), reaches into the container's box widened by
    /// <see cref="CullMargin"/>; when the container does not clip, or a transform above it could bring more into view,
    /// by half its length instead (still inside the window the layout walked, see <see cref="ScrollCulling"/>).</remarks>
    private void DrawScrolled(Entity e, bool horizontal, in RectF rect, bool clipsExactly, float opacity, in Transform2D transform)
    {
        var ecs = _world.Ecs;
        float length = horizontal ? rect.W : rect.H;
        float margin = clipsExactly ? CullMargin : length / 2;
        float windowStart = (horizontal ? rect.X : rect.Y) - margin, windowEnd = windowStart + length + 2 * margin;
        if (_world.TryGetChildIndex(e, out ChildIndex index))
        {
            ReadOnlySpan<Entity> live = index.Items.AsSpan(index.LiveStart, index.LiveEnd - index.LiveStart);
            foreach (Entity c in live)
                if (Reaches(c, horizontal, windowStart, windowEnd)) Draw(c, opacity, transform);
            return;
        }
        // Children changed since the layout: their boxes may be stale, the window still keeps far ones out.
        for (Entity c = ecs.FirstChild(e); !c.IsNull; c = ecs.NextSibling(c))
            if (Reaches(c, horizontal, windowStart, windowEnd)) Draw(c, opacity, transform);
    }

    private bool Reaches(Entity child, bool horizontal, float windowStart, float windowEnd)
    {
        var ecs = _world.Ecs;
        ref readonly LayoutBox box = ref ecs.Get<LayoutBox>(child);
        float start = horizontal ? box.AbsoluteX : box.AbsoluteY;
        if (ecs.Has<Motion>(child))
        {
            // An animating child is drawn where its motion puts it (focus scale, layout animation, page slide).
            ref readonly Motion m = ref ecs.Get<Motion>(child);
            return ScrollCulling.Reaches(start, box.W, box.H, horizontal, m.Transform, windowStart, windowEnd,
                                         m.Scale, MathF.Abs(m.TranslateX) + MathF.Abs(m.TranslateY));
        }
        return ScrollCulling.Reaches(start, box.W, box.H, horizontal, ecs.Get<Style>(child).Transform, windowStart, windowEnd);
    }

    private static Transform2D Combine(in Transform2D parent, TransformOp[]? ops, in RectF rect, float scale, float translateX, float translateY)
    {
        float sx = scale, sy = scale, tx = translateX, ty = translateY, rot = 0;
        foreach (TransformOp op in ops ?? [])
        {
            switch (op.Kind)
            {
                case TransformKind.Scale: sx *= op.Value; sy *= op.Value; break;
                case TransformKind.ScaleX: sx *= op.Value; break;
                case TransformKind.ScaleY: sy *= op.Value; break;
                case TransformKind.TranslateX: tx += op.Value; break;
                case TransformKind.TranslateY: ty += op.Value; break;
                default: rot += op.Value; break;
            }
        }
        float ox = rect.X + rect.W / 2, oy = rect.Y + rect.H / 2;
        if (parent.IsIdentity) return new Transform2D(sx, sy, tx, ty, rot, ox, oy);
        // Map this node's origin through the parent so the subtree stays attached to the transformed parent.
        var (px, py) = parent.Apply(ox, oy);
        return new Transform2D(parent.ScaleX * sx, parent.ScaleY * sy, px - ox + tx, py - oy + ty,
                               parent.RotationRadians + rot, ox, oy);
    }
}
