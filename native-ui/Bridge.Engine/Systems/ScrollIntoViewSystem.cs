using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Animation;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Scrolling;

namespace Bridge.Engine.Systems;

/// <summary>The running scroll animation of a scroll container.</summary>
/// <remarks>A field, not a property, so that the animation is updated in place.</remarks>
public struct ScrollMotion
{
    /// <summary>The scroll offset along the container's axis.</summary>
    public AnimatedValue Offset;
}

/// <summary>Scrolls every scroll container around the focused entity, smoothly, until the entity is inside its viewport.</summary>
/// <remarks>Runs in the apply stage, after handlers and bus batches moved focus and before layout, from the boxes of the
/// last layout; a new target while a scroll is running starts from the current offset and keeps its speed. Reads the
/// layout nodes (via <see cref="UiWorld.AbsoluteBox"/>, exact inside culled subtrees), <see cref="ChildIndex"/> and the
/// hierarchy; writes <see cref="ScrollContainer"/> offsets and <see cref="ScrollMotion"/>. While a scroll runs, <see cref="IsScrolling"/> is true (the frame loop counts it as pending work).</remarks>
public sealed class ScrollIntoViewSystem(UiWorld world) : EngineSystem
{
    private readonly List<Entity> _moving = new(8);
    private Entity _revealed;

    /// <summary>Room kept between the focused node and the viewport's edge, in pixels.</summary>
    public float Margin { get; set; } = 48;

    /// <summary>Length of a scroll, in milliseconds; 0 jumps.</summary>
    public float DurationMs { get; set; } = 180;

    /// <summary>The easing of a scroll.</summary>
    public Easing Easing { get; set; } = Easing.EaseOut;

    /// <summary>True while a scroll animation runs.</summary>
    public bool IsScrolling => _moving.Count > 0;

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Apply;

    /// <inheritdoc/>
    /// <remarks>After every apply-stage system: bus batches and focus requests move focus before it scrolls.</remarks>
    public override bool RunsLastInStage => true;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        var nowMs = context.Now * 1000.0 / context.Frequency;
        var focused = world.Focused;
        if (!focused.IsNull && focused != _revealed)
        {
            _revealed = focused;
            Reveal(focused, nowMs);
        }
        Step(nowMs);
    }

    private void Reveal(Entity focused, double nowMs)
    {
        var ecs = world.Ecs;
        // Recomputed, not read from LayoutBox: the focus may sit in a subtree the last layout culled.
        var target = world.AbsoluteBox(focused);
        for (var node = ecs.ParentOf(focused); !node.IsNull; node = ecs.ParentOf(node))
        {
            if (!ecs.TryGet(node, out ScrollContainer scroll) || scroll.Axis == ScrollAxis.None)
            {
                continue;
            }
            var box = world.AbsoluteBox(node);
            var horizontal = scroll.Axis == ScrollAxis.Horizontal;
            var viewport = horizontal ? box.W : box.H;
            var offset = horizontal ? scroll.OffsetX : scroll.OffsetY;
            var motion = ecs.TryGet(node, out ScrollMotion m) ? m : new ScrollMotion { Offset = new AnimatedValue(offset) };
            // Absolute boxes include the container's offset; content coordinates add it back.
            var childStart = horizontal ? target.AbsoluteX - box.AbsoluteX + offset : target.AbsoluteY - box.AbsoluteY + offset;
            var childSize = horizontal ? target.W : target.H;
            var content = MathF.Max(ContentExtent(node, horizontal), viewport);
            var goal = ScrollMath.OffsetToReveal(motion.Offset.Target, viewport, content, childStart, MathF.Min(childSize, viewport), Margin);
            if (goal == motion.Offset.Target)
            {
                continue;
            }
            if (DurationMs <= 0)
            {
                motion.Offset.Set(goal);
            }
            else
            {
                motion.Offset.AnimateTo(goal, nowMs, DurationMs, Easing, keepVelocity: true);
            }
            ecs.Set(node, motion);
            if (!_moving.Contains(node))
            {
                _moving.Add(node);
            }
        }
    }

    private void Step(double nowMs)
    {
        var ecs = world.Ecs;
        for (var i = _moving.Count - 1; i >= 0; i--)
        {
            var node = _moving[i];
            if (!ecs.IsAlive(node) || !ecs.TryGet(node, out ScrollContainer scroll) || !ecs.TryGet(node, out ScrollMotion motion))
            {
                _moving.RemoveAt(i);
                continue;
            }
            var value = motion.Offset.ValueAt(nowMs);
            ecs.GetMut<ScrollContainer>(node) = scroll.Axis == ScrollAxis.Horizontal ? scroll with { OffsetX = value } : scroll with { OffsetY = value };
            if (!motion.Offset.IsAnimating(nowMs))
            {
                _moving.RemoveAt(i);
            }
        }
    }

    /// <summary>The far edge of the container's content along the axis, from the layout nodes (far children's boxes are
    /// not published): the last child's when they are ordered along it, else the largest, plus the container's end
    /// padding (the room a rail keeps for its last item's focus effect).</summary>
    private float ContentExtent(Entity container, bool horizontal)
    {
        var ecs = world.Ecs;
        var padding = ecs.Get<LayoutHandle>(container).Node.GetPadding(horizontal ? Bridge.Layout.Edge.Right : Bridge.Layout.Edge.Bottom);
        if (world.ChildOrderOf(container) == (horizontal ? ChildOrder.Horizontal : ChildOrder.Vertical)
            && world.TryGetChildIndex(container, out var index) && index.Count > 0)
        {
            return End(index.Items[index.Count - 1]) + padding;
        }
        var extent = 0f;
        foreach (var child in ecs.Children(container))
        {
            extent = MathF.Max(extent, End(child));
        }
        return extent + padding;

        float End(Entity child)
        {
            var b = world.BoxAt(child, 0, 0);
            return horizontal ? b.X + b.W : b.Y + b.H;
        }
    }
}
