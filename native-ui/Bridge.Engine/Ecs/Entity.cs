namespace Bridge.Engine.Ecs;

/// <summary>A generational handle to an entity: a slot index plus the generation the slot had when the entity was made.</summary>
/// <remarks>Generation 0 is never issued, so <c>default</c> is <see cref="Null"/> and never alive. A destroyed entity's
/// slot is reused with a higher generation, so a stale handle is detected instead of aliasing the new entity.</remarks>
public readonly record struct Entity(int Index, int Generation)
{
    /// <summary>The handle that never refers to an entity.</summary>
    public static Entity Null => default;

    /// <summary>Whether this is the null handle.</summary>
    public bool IsNull => Generation == 0;

    /// <inheritdoc />
    public override string ToString() => IsNull ? "entity(null)" : $"entity({Index}v{Generation})";
}
