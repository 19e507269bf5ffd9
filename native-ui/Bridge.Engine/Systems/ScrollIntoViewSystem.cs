using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Scrolling;

namespace Bridge.Engine.Systems;

/// <summary>Scrolls every scroll container around the focused entity so that it is inside the container's viewport.</summary>
/// <remarks>Runs in the apply stage, after handlers and bus batches moved focus and before layout, from the boxes of the
/// last layout. Reads <see cref="LayoutBox"/> and the hierarchy; writes <see cref="ScrollContainer"/> offsets.</remarks>
public sealed class ScrollIntoViewSystem(UiWorld world) : EngineSystem
{
    private Entity _revealed;

    /// <summary>Room kept between the focused node and the viewport's edge, in pixels.</summary>
    public float Margin { get; set; } = 48;

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Apply;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        var focused = world.Focused;
        if (focused.IsNull || focused == _revealed)
        {
            return;
        }
        _revealed = focused;
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
            var content = ContentExtent(ecs, node, horizontal);
            var offset = horizontal ? scroll.OffsetX : scroll.OffsetY;
            // Absolute boxes already include the current offset; content coordinates add it back.
            var childStart = horizontal ? target.AbsoluteX - box.AbsoluteX + offset : target.AbsoluteY - box.AbsoluteY + offset;
            var childSize = horizontal ? target.W : target.H;
            var next = ScrollMath.OffsetToReveal(offset, viewport, MathF.Max(content, viewport), childStart, MathF.Min(childSize, viewport), Margin);
            if (next != offset)
            {
                ecs.GetMut<ScrollContainer>(node) = horizontal ? scroll with { OffsetX = next } : scroll with { OffsetY = next };
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
