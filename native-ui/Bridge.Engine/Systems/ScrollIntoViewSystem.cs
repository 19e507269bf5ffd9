using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Animation;
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
/// last layout; a new target while a scroll is running starts from the current offset and keeps its speed. Reads
/// <see cref="LayoutBox"/> and the hierarchy; writes <see cref="ScrollContainer"/> offsets and <see cref="ScrollMotion"/>.
/// While a scroll runs, <see cref="IsScrolling"/> is true (the frame loop counts it as pending work).</remarks>
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
        ref readonly var target = ref ecs.Get<LayoutBox>(focused);
        for (var node = ecs.ParentOf(focused); !node.IsNull; node = ecs.ParentOf(node))
        {
            if (!ecs.TryGet(node, out ScrollContainer scroll) || scroll.Axis == ScrollAxis.None)
            {
                continue;
            }
            ref readonly var box = ref ecs.Get<LayoutBox>(node);
            var horizontal = scroll.Axis == ScrollAxis.Horizontal;
            var viewport = horizontal ? box.W : box.H;
            var offset = horizontal ? scroll.OffsetX : scroll.OffsetY;
            var motion = ecs.TryGet(node, out ScrollMotion m) ? m : new ScrollMotion { Offset = new AnimatedValue(offset) };
            // Absolute boxes include the offset the last layout used; content coordinates add it back.
            var childStart = horizontal ? target.AbsoluteX - box.AbsoluteX + offset : target.AbsoluteY - box.AbsoluteY + offset;
            var childSize = horizontal ? target.W : target.H;
            var content = MathF.Max(ContentExtent(ecs, node, horizontal), viewport);
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

    private static float ContentExtent(World ecs, Entity container, bool horizontal)
    {
        var extent = 0f;
        foreach (var child in ecs.Children(container))
        {
            ref readonly var b = ref ecs.Get<LayoutBox>(child);
            extent = MathF.Max(extent, horizontal ? b.X + b.W : b.Y + b.H);
        }
        return extent;
    }
}
