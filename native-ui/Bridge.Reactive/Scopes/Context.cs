namespace Bridge.Reactive;

/// <summary>A key for a value that an owner provides and any of its descendants reads with <see cref="R.Use{T}"/>.</summary>
/// <typeparam name="T">Type of the provided value.</typeparam>
public sealed class Context<T>
{
    /// <summary>Creates a context whose lookups answer <paramref name="defaultValue"/> where no ancestor provides one.</summary>
    public Context(T defaultValue) => DefaultValue = defaultValue;

    /// <summary>The value answered where no ancestor provides one.</summary>
    public T DefaultValue { get; }
}

/// <summary>One provided context value, in a scope's singly linked list of them.</summary>
internal abstract class ContextEntry(object key, ContextEntry? next)
{
    internal readonly object Key = key;
    internal readonly ContextEntry? Next = next;
}

/// <summary>A provided context value of type <typeparamref name="T"/> (typed, so value types are not boxed).</summary>
internal sealed class ContextEntry<T>(Context<T> key, T value, ContextEntry? next) : ContextEntry(key, next)
{
    internal T Value = value;
}
