namespace Bridge.Engine.Ecs;

/// <summary>Packs an entity into one 64-bit id (slot in the high half, generation in the low half) and back.</summary>
/// <remarks>For interfaces that name entities without depending on the ECS (the router's page roots).</remarks>
public static class EntityIds
{
    /// <summary>The 64-bit id of an entity.</summary>
    public static long Pack(Entity e) => ((long)e.Index << 32) | (uint)e.Generation;

    /// <summary>The entity an id names (alive or not: check with <see cref="World.IsAlive"/>).</summary>
    public static Entity Unpack(long id) => new((int)(id >> 32), (int)(uint)id);
}
