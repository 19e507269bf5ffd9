using Bridge.Engine.Ecs;
using Bridge.Reactive;

namespace Bridge.Engine.Compose;

/// <summary>A conditional: mounts <c>then</c> while the condition holds and <c>otherwise</c> (if any) when it does not, swapping only when the condition flips.</summary>
internal sealed class ShowNode(Func<bool> when, Func<Node> then, Func<Node>? otherwise) : Node
{
    internal override Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after)
    {
        var show = new RegionSlot { Owner = R.CreateOwner() };
        region.Link(show, after);
        Owner host = show.Owner;
        RegionSlot? branch = null;
        bool? shown = null;
        host.Run(() => R.Effect(() =>
        {
            bool condition = when();
            if (shown == condition) return;
            shown = condition;
            R.Untrack(() =>
            {
                if (branch is not null)
                {
                    show.Unlink(branch);
                    branch.Destroy(composer.World);
                    branch = null;
                }
                Func<Node>? build = condition ? then : otherwise;
                if (build is null) return;
                var b = new RegionSlot { Owner = host.Run(R.CreateOwner) };
                show.Link(b, null);
                branch = b;
                b.Owner.Run(() => build().Mount(composer, parent, b, null));
            });
        }));
        return show;
    }
}
