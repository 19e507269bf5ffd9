namespace Bridge.Engine.Ecs;

/// <summary>Process-wide dense ids for component types, used to index a world's storages without a dictionary.</summary>
internal static class ComponentIds
{
    private static int _next;

    public static int Count => Volatile.Read(ref _next);

    public static int Next() => Interlocked.Increment(ref _next) - 1;
}

/// <summary>The dense id of component type <typeparamref name="T"/>.</summary>
internal static class ComponentId<T> where T : struct
{
    public static readonly int Value = ComponentIds.Next();
}
