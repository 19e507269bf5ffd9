using System.Runtime.CompilerServices;
using static Bridge.Reactive.ReactiveFlags;

namespace Bridge.Reactive;

/// <summary>
/// The graph algorithm, after alien-signals' <c>system.ts</c> (push dirtiness down, pull values up): link and
/// unlink edges, propagate a write, check whether a pending node really changed. No recursion and no allocation:
/// walks use an explicit stack of links owned by the runtime, and unlinked edges go back to a free list.
/// </summary>
internal sealed partial class ReactiveRuntime
{
    private const int MaxPooledLinks = 1 << 14;

    private Link?[] _stack = new Link?[64];
    private int _stackTop;
    private Link? _freeLinks;
    private int _freeLinkCount;

    /// <summary>Records that <paramref name="sub"/> read <paramref name="dep"/> during run <paramref name="version"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Link(ReactiveNode dep, ReactiveNode sub, int version)
    {
        var prevDep = sub.DepsTail;
        if (prevDep is not null && prevDep.Dep == dep)
        {
            return;
        }

        LinkSlow(dep, sub, version, prevDep);
    }

    private void LinkSlow(ReactiveNode dep, ReactiveNode sub, int version, Link? prevDep)
    {
        // Same dependency order as the previous run: reuse the existing edge.
        var nextDep = prevDep is not null ? prevDep.NextDep : sub.Deps;
        if (nextDep is not null && nextDep.Dep == dep)
        {
            nextDep.Version = version;
            sub.DepsTail = nextDep;
            return;
        }

        // Already linked earlier in this same run (a dependency read twice, not consecutively).
        var prevSub = dep.SubsTail;
        if (prevSub is not null && prevSub.Version == version && prevSub.Sub == sub)
        {
            return;
        }

        var link = _freeLinks;
        if (link is not null)
        {
            _freeLinks = link.NextDep;
            _freeLinkCount--;
        }
        else
        {
            link = new Link();
        }

        link.Version = version;
        link.Dep = dep;
        link.Sub = sub;
        link.PrevDep = prevDep;
        link.NextDep = nextDep;
        link.PrevSub = prevSub;
        link.NextSub = null;
        sub.DepsTail = link;
        dep.SubsTail = link;
        if (nextDep is not null)
        {
            nextDep.PrevDep = link;
        }

        if (prevDep is not null)
        {
            prevDep.NextDep = link;
        }
        else
        {
            sub.Deps = link;
        }

        if (prevSub is not null)
        {
            prevSub.NextSub = link;
        }
        else
        {
            dep.Subs = link;
        }
    }

    /// <summary>Removes an edge from both lists and returns the subscriber's next dependency link.</summary>
    internal Link? Unlink(Link link, ReactiveNode sub)
    {
        var dep = link.Dep;
        var prevDep = link.PrevDep;
        var nextDep = link.NextDep;
        var nextSub = link.NextSub;
        var prevSub = link.PrevSub;
        if (nextDep is not null)
        {
            nextDep.PrevDep = prevDep;
        }
        else
        {
            sub.DepsTail = prevDep;
        }

        if (prevDep is not null)
        {
            prevDep.NextDep = nextDep;
        }
        else
        {
            sub.Deps = nextDep;
        }

        if (nextSub is not null)
        {
            nextSub.PrevSub = prevSub;
        }
        else
        {
            dep.SubsTail = prevSub;
        }

        if (prevSub is not null)
        {
            prevSub.NextSub = nextSub;
        }
        else if ((dep.Subs = nextSub) is null)
        {
            dep.OnUnwatched();
        }

        // Drop the node references so a pooled link keeps nothing alive.
        link.Dep = null!;
        link.Sub = null!;
        link.PrevDep = link.PrevSub = link.NextSub = null;
        if (_freeLinkCount < MaxPooledLinks)
        {
            link.NextDep = _freeLinks;
            _freeLinks = link;
            _freeLinkCount++;
        }
        else
        {
            link.NextDep = null;
        }

        return nextDep;
    }

    /// <summary>Marks every transitive subscriber of a written node Pending and queues the armed effects it reaches.</summary>
    internal void Propagate(Link link, bool innerWrite)
    {
        var next = link.NextSub;
        var stackBase = _stackTop;
        while (true)
        {
            var sub = link.Sub;
            var flags = sub.Flags;
            if ((flags & (RecursedCheck | Recursed | Dirty | Pending)) == 0)
            {
                sub.Flags = innerWrite ? flags | Pending | Recursed : flags | Pending;
            }
            else if ((flags & (RecursedCheck | Recursed)) == 0)
            {
                flags = None;
            }
            else if ((flags & RecursedCheck) == 0)
            {
                sub.Flags = (flags & ~Recursed) | Pending;
            }
            else if ((flags & (Dirty | Pending)) == 0 && IsValidLink(link, sub))
            {
                sub.Flags = flags | Recursed | Pending;
                flags &= Mutable;
            }
            else
            {
                flags = None;
            }

            if ((flags & Watching) != 0)
            {
                Notify(sub);
            }

            if ((flags & Mutable) != 0)
            {
                var subSubs = sub.Subs;
                if (subSubs is not null)
                {
                    link = subSubs;
                    var nextSub = subSubs.NextSub;
                    if (nextSub is not null)
                    {
                        Push(next);
                        next = nextSub;
                    }

                    continue;
                }
            }

            if (next is not null)
            {
                link = next;
                next = link.NextSub;
                continue;
            }

            var resumed = false;
            while (_stackTop > stackBase)
            {
                var saved = _stack[--_stackTop];
                _stack[_stackTop] = null;
                if (saved is not null)
                {
                    link = saved;
                    next = saved.NextSub;
                    resumed = true;
                    break;
                }
            }

            if (!resumed)
            {
                return;
            }
        }
    }

    /// <summary>Walks a pending node's dependencies depth-first, refreshing dirty ones; true when a dependency changed.</summary>
    internal bool CheckDirty(Link link, ReactiveNode sub)
    {
        var stackBase = _stackTop;
        var checkDepth = 0;
        var dirty = false;
        while (true)
        {
            var dep = link.Dep;
            var flags = dep.Flags;
            if ((sub.Flags & Dirty) != 0)
            {
                dirty = true;
            }
            else if ((flags & (Mutable | Dirty)) == (Mutable | Dirty))
            {
                var subs = dep.Subs!;
                if (dep.Refresh())
                {
                    if (subs.NextSub is not null)
                    {
                        ShallowPropagate(subs);
                    }

                    dirty = true;
                }
            }
            else if ((flags & (Mutable | Pending)) == (Mutable | Pending))
            {
                Push(link);
                link = dep.Deps!;
                sub = dep;
                ++checkDepth;
                continue;
            }

            if (!dirty)
            {
                var nextDep = link.NextDep;
                if (nextDep is not null)
                {
                    link = nextDep;
                    continue;
                }
            }

            var resumed = false;
            while (checkDepth-- > 0)
            {
                link = _stack[--_stackTop]!;
                _stack[_stackTop] = null;
                if (dirty)
                {
                    var subs = sub.Subs!;
                    if (sub.Refresh())
                    {
                        if (subs.NextSub is not null)
                        {
                            ShallowPropagate(subs);
                        }

                        sub = link.Sub;
                        continue;
                    }

                    dirty = false;
                }
                else
                {
                    sub.Flags &= ~Pending;
                }

                sub = link.Sub;
                var nextDep = link.NextDep;
                if (nextDep is not null)
                {
                    link = nextDep;
                    resumed = true;
                    break;
                }
            }

            if (resumed)
            {
                continue;
            }

            System.Diagnostics.Debug.Assert(_stackTop == stackBase, "CheckDirty left links on the stack");
            return dirty && sub.Flags != None;
        }
    }

    /// <summary>Marks the direct subscribers of a node whose value just changed Dirty.</summary>
    internal void ShallowPropagate(Link link)
    {
        for (Link? next = link; next is not null; next = next.NextSub)
        {
            var sub = next.Sub;
            var flags = sub.Flags;
            if ((flags & (Pending | Dirty)) == Pending)
            {
                sub.Flags = flags | Dirty;
                if ((flags & (Watching | RecursedCheck)) == Watching)
                {
                    Notify(sub);
                }
            }
        }
    }

    /// <summary>Unlinks the dependencies a run did not read again (everything after the tail).</summary>
    internal void PurgeDeps(ReactiveNode sub)
    {
        var depsTail = sub.DepsTail;
        var dep = depsTail is not null ? depsTail.NextDep : sub.Deps;
        while (dep is not null)
        {
            dep = Unlink(dep, sub);
        }
    }

    /// <summary>Unlinks every dependency of a node, last first.</summary>
    internal void UnlinkAllDeps(ReactiveNode sub)
    {
        var link = sub.DepsTail;
        while (link is not null)
        {
            var prev = link.PrevDep;
            Unlink(link, sub);
            link = prev;
        }
    }

    private static bool IsValidLink(Link checkLink, ReactiveNode sub)
    {
        for (var link = sub.DepsTail; link is not null; link = link.PrevDep)
        {
            if (link == checkLink)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(Link? link)
    {
        if (_stackTop == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackTop++] = link;
    }
}
