using Bridge.Engine.Ecs;
using Bridge.Reactive;

namespace Bridge.Engine.Compose;

/// <summary>Contains a failing subtree: when the child throws while building or later in one of its effects, its entities and effects are disposed and the fallback is shown in its place.</summary>
/// <remarks>A build error swaps at once; an effect error swaps right after the effect flush (see
/// <see cref="Widgets.UiWorld.Defer"/>), never inside the failing effect. An error in the fallback goes to the next
/// boundary up.</remarks>
internal sealed class ErrorBoundaryNode(Func<Node> child, Func<Exception, Node> fallback) : Node
{
    internal override Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after)
    {
        var boundary = new RegionSlot { Owner = R.CreateOwner() };
        region.Link(boundary, after);
        Owner host = boundary.Owner;
        RegionSlot content = new() { Owner = host.Run(R.CreateOwner) };
        boundary.Link(content, null);
        bool mounting = true;
        bool failed = false;
        Exception? buildError = null;

        void ShowFallback(Exception error)
        {
            if (failed) return;
            failed = true;
            composer.ReportContained(error);
            boundary.Unlink(content);
            content.Destroy(composer.World);
            var fb = new RegionSlot { Owner = host.Run(R.CreateOwner) };
            boundary.Link(fb, null);
            fb.Owner.Run(() => fallback(error).Mount(composer, parent, fb, null));
        }

        content.Owner.OnError = error =>
        {
            if (failed) throw error;   // escalates to the next owner with a handler
            if (mounting) buildError ??= error;
            else composer.World.Defer(() => ShowFallback(error));
        };
        try
        {
            content.Owner.Run(() => child().Mount(composer, parent, content, null));
        }
        catch (Exception ex)
        {
            buildError ??= ex;
        }
        mounting = false;
        if (buildError is not null) ShowFallback(buildError);
        return boundary;
    }
}

/// <summary>Several nodes side by side with no wrapper entity.</summary>
internal sealed class FragmentNode(Node[] nodes) : Node
{
    internal override Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after)
    {
        var fragment = new RegionSlot();
        region.Link(fragment, after);
        Slot? last = null;
        foreach (Node n in nodes) last = n.Mount(composer, parent, fragment, last);
        return fragment;
    }
}
