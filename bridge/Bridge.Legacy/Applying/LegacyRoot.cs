using Bridge.Engine.Ecs;

namespace Bridge.Legacy.Applying;

/// <summary>The state of one legacy page root in the world: its container entity and the entities of its node ids.</summary>
public sealed class LegacyRoot
{
    internal LegacyRoot(uint pageRoot, Entity container)
    {
        PageRoot = pageRoot;
        Container = container;
    }

    /// <summary>The page root id (the batch's page root; node id 0 in its ops).</summary>
    public uint PageRoot { get; }

    /// <summary>The View entity the page's top-level nodes are children of.</summary>
    public Entity Container { get; }

    /// <summary>The page name from MountRoot, null before the first commit.</summary>
    public string? PageName { get; internal set; }

    /// <summary>True after the page's MountRoot arrived, false again after UnmountRoot.</summary>
    public bool Mounted { get; internal set; }

    /// <summary>The last applied revision.</summary>
    public uint Revision { get; internal set; }

    /// <summary>Why the root stopped taking batches (the first rejection), or null.</summary>
    public string? Fault { get; internal set; }

    /// <summary>Stale batches dropped so far.</summary>
    public int StaleCount { get; internal set; }

    internal Dictionary<uint, Entity> Nodes { get; } = new();

    internal Dictionary<Entity, uint> IdsByEntity { get; } = new();

    /// <summary>The node id of <paramref name="entity"/> (what events to JS target); false when it is not a node of this page.</summary>
    public bool TryGetNodeId(Entity entity, out uint id) => IdsByEntity.TryGetValue(entity, out id);

    /// <summary>The entity of node <paramref name="id"/>; false when the page has no such live node.</summary>
    public bool TryGetEntity(uint id, out Entity entity) => Nodes.TryGetValue(id, out entity);
}
