using System.Runtime.ExceptionServices;
using Bridge.Engine.Ecs;

namespace Bridge.Engine.Compose;

/// <summary>Which mounted tree an effect error came from: the composer tags each error that leaves a tree (no error
/// boundary inside it took it) with the entity the tree was mounted under, so that whoever handles the error at the
/// frame can tell which page failed.</summary>
public static class TreeErrors
{
    private const string Key = "Bridge.Engine.MountedUnder";

    /// <summary>The entity the failing tree was mounted under, or <see cref="Entity.Null"/> when the error came from no
    /// mounted tree.</summary>
    public static Entity MountedUnder(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Data[Key] is Entity e ? e : Entity.Null;
    }

    /// <summary>Tags <paramref name="error"/> and passes it on (to the owner above, or out of the flush).</summary>
    internal static void TagAndRethrow(Exception error, Entity mountedUnder)
    {
        if (error.Data[Key] is null)
        {
            error.Data[Key] = mountedUnder;
        }
        ExceptionDispatchInfo.Throw(error);
    }
}
