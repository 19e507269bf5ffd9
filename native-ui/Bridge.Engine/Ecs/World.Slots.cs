namespace Bridge.Engine.Ecs;

public sealed partial class World
{
    /// <summary>The live entity in a slot, or <see cref="Entity.Null"/> when the slot is free.</summary>
    /// <remarks>For systems that address entities by slot index (the focus graph); a stale index gives Null, never another entity.</remarks>
    public Entity EntityAt(int index) =>
        (uint)index < (uint)_slots && _alive[index] ? new Entity(index, _generations[index]) : Entity.Null;
}
