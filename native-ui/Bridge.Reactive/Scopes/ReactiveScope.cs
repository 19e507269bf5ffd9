namespace Bridge.Reactive;

/// <summary>A node that owns what is created while it runs (effects, memos, owners) and the cleanups registered then.</summary>
/// <remarks>
/// Owned children form an intrusive doubly linked list in creation order. Disposal runs children last-created
/// first, each child's own children before itself, then this scope's cleanups in reverse registration order:
/// inner before outer, as stack unwinding does.
/// </remarks>
public abstract class ReactiveScope : ReactiveNode
{
    internal ReactiveScope? ParentScope;
    internal ReactiveScope? FirstChild;
    internal ReactiveScope? LastChild;
    internal ReactiveScope? PrevSibling;
    internal ReactiveScope? NextSibling;
    internal ContextEntry? Contexts;
    internal bool IsDisposedCore;
    private Action? _cleanup;
    private List<Action>? _moreCleanups;

    private protected ReactiveScope(ReactiveRuntime runtime, ReactiveScope? parent, ReactiveFlags flags)
        : base(runtime, flags)
    {
        if (parent is null)
        {
            return;
        }

        if (parent.IsDisposedCore)
        {
            throw new ObjectDisposedException(
                parent.GetType().Name,
                $"Cannot create a {GetType().Name} inside a disposed {parent.GetType().Name}");
        }

        ParentScope = parent;
        PrevSibling = parent.LastChild;
        if (parent.LastChild is { } last)
        {
            last.NextSibling = this;
        }
        else
        {
            parent.FirstChild = this;
        }

        parent.LastChild = this;
    }

    /// <summary>True when there is owned work to dispose before the next run.</summary>
    internal bool HasOwned => FirstChild is not null || _cleanup is not null;

    /// <summary>Registers an action to run before this scope's next run and when it is disposed.</summary>
    internal void AddCleanup(Action cleanup)
    {
        if (IsDisposedCore)
        {
            throw new ObjectDisposedException(GetType().Name, "OnCleanup was called on a disposed scope");
        }

        if (_cleanup is null)
        {
            _cleanup = cleanup;
        }
        else
        {
            (_moreCleanups ??= []).Add(cleanup);
        }
    }

    /// <summary>The nearest enclosing effect, looking through owners; null at a memo or the root.</summary>
    internal Effect? ParentEffect()
    {
        for (var s = ParentScope; s is not null; s = s.ParentScope)
        {
            if (s is Effect effect)
            {
                return effect;
            }

            if (s is not Owner)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Disposes every owned child (last created first) then runs the cleanups (last registered first).</summary>
    internal void DisposeOwned()
    {
        while (LastChild is { } child)
        {
            child.DisposeCore();
        }

        if (_cleanup is null)
        {
            return;
        }

        var runtime = Runtime;
        var prevSub = runtime.ActiveSub;
        runtime.ActiveSub = null;
        try
        {
            if (_moreCleanups is { Count: > 0 } more)
            {
                for (var i = more.Count - 1; i >= 0; i--)
                {
                    InvokeCleanup(more[i]);
                }

                more.Clear();
            }

            var first = _cleanup;
            _cleanup = null;
            InvokeCleanup(first);
        }
        finally
        {
            runtime.ActiveSub = prevSub;
        }
    }

    /// <summary>Disposes this scope: detaches it from its parent, disposes what it owns, and releases its dependency links.</summary>
    internal void DisposeCore()
    {
        if (IsDisposedCore)
        {
            return;
        }

        IsDisposedCore = true;
        Detach();
        DisposeOwned();
        Contexts = null;
        Runtime.UnlinkAllDeps(this);
        OnDisposed();
    }

    /// <summary>Sets the flags a disposed node of this kind keeps.</summary>
    private protected abstract void OnDisposed();

    private void Detach()
    {
        var parent = ParentScope;
        if (parent is null)
        {
            return;
        }

        if (PrevSibling is { } prev)
        {
            prev.NextSibling = NextSibling;
        }
        else
        {
            parent.FirstChild = NextSibling;
        }

        if (NextSibling is { } next)
        {
            next.PrevSibling = PrevSibling;
        }
        else
        {
            parent.LastChild = PrevSibling;
        }

        PrevSibling = NextSibling = null;
    }

    private void InvokeCleanup(Action cleanup)
    {
        try
        {
            cleanup();
        }
        catch (Exception ex)
        {
            Runtime.Report(this, ex);
        }
    }
}
