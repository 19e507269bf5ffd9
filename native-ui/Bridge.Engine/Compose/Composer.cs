using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using Serilog;

namespace Bridge.Engine.Compose;

/// <summary>Mounts composed descriptions into a <see cref="UiWorld"/>: entities through the widget layer, reactive props as effects.</summary>
/// <remarks>UI thread only (the reactive graph is per thread).</remarks>
public sealed class Composer
{
    private readonly ILogger _log;

    /// <summary>Creates a composer over <paramref name="world"/>.</summary>
    public Composer(UiWorld world, ILogger? log = null)
    {
        World = world ?? throw new ArgumentNullException(nameof(world));
        _log = (log ?? Serilog.Core.Logger.None).ForContext<Composer>();
    }

    /// <summary>The world entities are created in.</summary>
    public UiWorld World { get; }

    /// <summary>Raised when an error boundary contained an exception and showed its fallback.</summary>
    public event Action<Exception>? ErrorContained;

    /// <summary>Builds <paramref name="root"/> in a new owner and mounts it as the last children of <paramref name="parent"/>.</summary>
    /// <remarks>If building throws and no boundary contains it, whatever was mounted is disposed and the exception propagates.</remarks>
    public MountedTree Mount(Func<Node> root, Entity parent)
    {
        ArgumentNullException.ThrowIfNull(root);
        World.Ecs.EnsureAlive(parent, "Composer.Mount parent");
        var region = new RegionSlot { Owner = R.CreateOwner() };
        // An effect error no boundary inside the tree took goes on as before, tagged with where the tree is mounted.
        region.Owner.OnError = error => TreeErrors.TagAndRethrow(error, parent);
        try
        {
            region.Owner.Run(() => root().Mount(this, parent, region, null));
        }
        catch
        {
            region.Destroy(World);
            throw;
        }
        return new MountedTree(World, region);
    }

    internal void ReportContained(Exception error)
    {
        _log.Warning(error, "An error boundary contained an exception and shows its fallback");
        ErrorContained?.Invoke(error);
    }
}

/// <summary>A mounted composition: its root entities and the owner of its effects; disposing removes both.</summary>
public sealed class MountedTree : IDisposable
{
    private readonly UiWorld _world;
    private readonly RegionSlot _region;

    internal MountedTree(UiWorld world, RegionSlot region)
    {
        _world = world;
        _region = region;
    }

    /// <summary>The owner of every effect of the tree.</summary>
    public Owner? Owner => _region.Owner;

    /// <summary>The root entities currently mounted, in order.</summary>
    public IReadOnlyList<Entity> Roots
    {
        get
        {
            var list = new List<Entity>();
            _region.CollectEntities(list);
            return list;
        }
    }

    /// <summary>Disposes the tree's effects, then destroys its entities.</summary>
    public void Dispose() => _region.Destroy(_world);
}
