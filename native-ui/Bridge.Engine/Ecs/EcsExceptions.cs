using System.Diagnostics.CodeAnalysis;

namespace Bridge.Engine.Ecs;

/// <summary>Thrown when an operation names an entity that was destroyed or never existed.</summary>
public sealed class EntityNotAliveException(string message) : InvalidOperationException(message);

/// <summary>Thrown when an entity lacks a component the caller required.</summary>
public sealed class MissingComponentException(string message) : InvalidOperationException(message);

/// <summary>Thrown when a hierarchy edit would break the tree (cycle, wrong parent, foreign sibling).</summary>
public sealed class HierarchyException(string message) : InvalidOperationException(message);

internal static class Throw
{
    [DoesNotReturn]
    public static void NotAlive(Entity e, string operation, int currentGeneration) =>
        throw new EntityNotAliveException(currentGeneration < 0 || e.IsNull
            ? $"{operation}: {e} does not exist"
            : $"{operation}: {e} is stale (slot {e.Index} is now generation {currentGeneration})");

    [DoesNotReturn]
    public static void Missing<T>(Entity e) =>
        throw new MissingComponentException($"{e} has no {typeof(T).Name} component");

    [DoesNotReturn]
    public static void Hierarchy(string message) => throw new HierarchyException(message);
}
