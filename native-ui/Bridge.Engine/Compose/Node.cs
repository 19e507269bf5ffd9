using Bridge.Engine.Ecs;

namespace Bridge.Engine.Compose;

/// <summary>A description of UI returned by a composable: a widget with props and children, a keyed list, a conditional or a boundary.</summary>
/// <remarks>Descriptions are plain data until mounted by a <see cref="Composer"/>; mounting creates the entities through
/// <see cref="Widgets.UiWorld"/>, exactly as the bus applier does for legacy pages.</remarks>
public abstract class Node
{
    /// <summary>Mounts this description under <paramref name="parent"/> as a slot linked after <paramref name="after"/> in <paramref name="region"/>.</summary>
    internal abstract Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after);
}
