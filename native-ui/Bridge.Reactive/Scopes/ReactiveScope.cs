using System.Runtime.ExceptionServices;

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
    internal ReactiveScope? PrevSibling;
    internal ReactiveScope? NextSibling;

    /// <summary>Children, cleanups and context values: allocated on first use, since most nodes are leaves without them.</summary>
    internal ScopeExtras? Extras;

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
        var siblings = parent.Extras ??= new ScopeExtras();
        PrevSibling = siblings.LastChild;
        if (siblings.LastChild is { } last)
        {
            last.NextSibling = this;
        }
        else
        {
            siblings.FirstChild = this;
        }

        siblings.LastChild = this;
    }

    /// <summary>Disposes what the previous run created and forgets the contexts it provided; false when that disposed this scope.</summary>
    internal bool ResetForRun()
    {
        if (Extras is not { } extras)
        {
            return true;
        }

        extras.Contexts = null;
        if (extras.LastChild is null && extras.Cleanup is null)
        {
            return true;
        }

        DisposeOwned();
        return !IsDisposedCore;
    }

    /// <summary>Registers an action to run before this scope's next run and when it is disposed.</summary>
    internal void AddCleanup(Action cleanup)
    {
        if (IsDisposedCore)
        {
            throw new ObjectDisposedException(GetType().Name, "OnCleanup was called on a disposed scope");
        }

        var extras = Extras ??= new ScopeExtras();
        if (extras.Cleanup is null)
        {
            extras.Cleanup = cleanup;
        }
        else
        {
            (extras.MoreCleanups ??= []).Add(cleanup);
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
        if (Extras is not { } extras)
        {
            return;
        }

        while (extras.LastChild is { } child)
        {
            child.DisposeCore();
        }

        if (extras.Cleanup is null)
        {
            return;
        }

        var runtime = Runtime;
        var prevSub = runtime.ActiveSub;
        runtime.ActiveSub = null;
        try
        {
            if (extras.MoreCleanups is { Count: > 0 } more)
            {
                for (var i = more.Count - 1; i >= 0; i--)
                {
                    InvokeCleanup(more[i]);
                }

                more.Clear();
            }

            var first = extras.Cleanup;
            extras.Cleanup = null;
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
        if (Extras is { } extras)
        {
            extras.Contexts = null;
        }

        Runtime.UnlinkAllDeps(this);
        OnDisposed();
    }

    /// <summary>Sets the flags a disposed node of this kind keeps.</summary>
    private protected abstract void OnDisposed();

    private void Detach()
    {
        if (ParentScope?.Extras is not { } siblings)
        {
            return;
        }

        if (PrevSibling is { } prev)
        {
            prev.NextSibling = NextSibling;
        }
        else
        {
            siblings.FirstChild = NextSibling;
        }

        if (NextSibling is { } next)
        {
            next.PrevSibling = PrevSibling;
        }
        else
        {
            siblings.LastChild = PrevSibling;
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

/// <summary>The parts of a scope that most nodes never use: owned children, cleanups, provided context values, and a memo's comparer and caught error.</summary>
internal sealed class ScopeExtras
{
    internal ReactiveScope? FirstChild;
    internal ReactiveScope? LastChild;
    internal Action? Cleanup;
    internal List<Action>? MoreCleanups;
    internal ContextEntry? Contexts;
    internal object? Comparer;
    internal ExceptionDispatchInfo? Error;
}
