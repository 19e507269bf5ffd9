namespace Bridge.Reactive;

/// <summary>A scope: disposes everything created while it was current (effects, memos, child owners) and its cleanups.</summary>
/// <remarks>
/// An owner created inside an effect or memo is a child of that effect or memo and is disposed before its next
/// run. Errors thrown by effects below this owner go to <see cref="OnError"/>, or to the nearest ancestor owner
/// that has one; with none anywhere they are rethrown from <see cref="R.FlushEffects"/> (or <see cref="R.Effect"/>).
/// </remarks>
public sealed class Owner : ReactiveScope, IDisposable
{
    internal Owner(ReactiveRuntime runtime, ReactiveScope? parent)
        : base(runtime, parent, ReactiveFlags.None)
    {
    }

    /// <summary>The nearest enclosing owner (effects and memos in between are skipped), or null for a root.</summary>
    public Owner? Parent
    {
        get
        {
            for (var s = ParentScope; s is not null; s = s.ParentScope)
            {
                if (s is Owner owner)
                {
                    return owner;
                }
            }

            return null;
        }
    }

    /// <summary>Receives exceptions thrown by effects and cleanups below this owner.</summary>
    public Action<Exception>? OnError { get; set; }

    /// <summary>True once <see cref="Dispose"/> has run (directly or through an ancestor).</summary>
    public bool IsDisposed => IsDisposedCore;

    /// <summary>Runs <paramref name="body"/> with this owner current and nothing tracking, so what it creates belongs here.</summary>
    public void Run(Action body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var runtime = Enter();
        var prevSub = runtime.ActiveSub;
        var prevScope = runtime.CurrentScope;
        runtime.ActiveSub = null;
        runtime.CurrentScope = this;
        try
        {
            body();
        }
        finally
        {
            runtime.ActiveSub = prevSub;
            runtime.CurrentScope = prevScope;
        }
    }

    /// <summary>Runs <paramref name="body"/> with this owner current and nothing tracking, and returns its result.</summary>
    public T Run<T>(Func<T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var runtime = Enter();
        var prevSub = runtime.ActiveSub;
        var prevScope = runtime.CurrentScope;
        runtime.ActiveSub = null;
        runtime.CurrentScope = this;
        try
        {
            return body();
        }
        finally
        {
            runtime.ActiveSub = prevSub;
            runtime.CurrentScope = prevScope;
        }
    }

    /// <summary>Disposes every effect, memo and child owner created in this owner (inner before outer), then its cleanups.</summary>
    public void Dispose()
    {
        Runtime.CheckThread("Owner.Dispose");
        DisposeCore();
        Runtime.ThrowUnhandled();
    }

    internal override bool Refresh() => false;

    private protected override void OnDisposed() => Flags = ReactiveFlags.None;

    private ReactiveRuntime Enter()
    {
        var runtime = Runtime;
        runtime.CheckThread("Owner.Run");
        if (IsDisposedCore)
        {
            throw new ObjectDisposedException(nameof(Owner), "Owner.Run was called on a disposed owner");
        }

        return runtime;
    }
}
