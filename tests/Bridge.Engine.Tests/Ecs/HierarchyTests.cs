using Bridge.Engine.Ecs;

namespace Bridge.Engine.Tests.Ecs;

public sealed class HierarchyTests
{
    private static List<Entity> ChildrenOf(World w, Entity e)
    {
        var list = new List<Entity>();
        foreach (var c in w.Children(e)) list.Add(c);
        return list;
    }

    [Fact]
    public void Insert_before_and_append_keep_order()
    {
        var w = new World();
        var p = w.Create();
        var a = w.Create();
        var b = w.Create();
        var c = w.Create();
        w.InsertChild(p, a);
        w.InsertChild(p, c);
        w.InsertChild(p, b, before: c);

        Assert.Equal([a, b, c], ChildrenOf(w, p));
        Assert.Equal(3, w.ChildCount(p));
        Assert.Equal(p, w.ParentOf(b));
        Assert.Equal(2, w.IndexInParent(c));
    }

    [Fact]
    public void Reinserting_a_child_moves_it()
    {
        var w = new World();
        var p = w.Create();
        var q = w.Create();
        var a = w.Create();
        var b = w.Create();
        w.InsertChild(p, a);
        w.InsertChild(p, b);
        w.InsertChild(p, b, before: a);
        Assert.Equal([b, a], ChildrenOf(w, p));

        w.InsertChild(q, a);
        Assert.Equal([b], ChildrenOf(w, p));
        Assert.Equal([a], ChildrenOf(w, q));
        Assert.Equal(1, w.ChildCount(p));
    }

    [Fact]
    public void Insert_that_would_make_a_cycle_is_rejected()
    {
        var w = new World();
        var root = w.Create();
        var mid = w.Create();
        var leaf = w.Create();
        w.InsertChild(root, mid);
        w.InsertChild(mid, leaf);

        var ex = Assert.Throws<HierarchyException>(() => w.InsertChild(leaf, root));
        Assert.Contains("cycle", ex.Message);
        Assert.Throws<HierarchyException>(() => w.InsertChild(mid, mid));
        Assert.Equal([leaf], ChildrenOf(w, mid));
    }

    [Fact]
    public void Remove_child_of_another_parent_is_rejected()
    {
        var w = new World();
        var p = w.Create();
        var other = w.Create();
        var a = w.Create();
        w.InsertChild(p, a);
        Assert.Throws<HierarchyException>(() => w.RemoveChild(other, a));
        w.RemoveChild(p, a);
        Assert.Empty(ChildrenOf(w, p));
        Assert.True(w.IsAlive(a));
        Assert.True(w.ParentOf(a).IsNull);
    }

    [Fact]
    public void Destroy_subtree_releases_every_descendant_and_reports_each()
    {
        var w = new World();
        var root = w.Create();
        var sub = w.Create();
        var x = w.Create();
        var y = w.Create();
        var z = w.Create();
        w.InsertChild(root, sub);
        w.InsertChild(sub, x);
        w.InsertChild(sub, y);
        w.InsertChild(y, z);
        var destroyed = new List<Entity>();
        w.Destroying = destroyed.Add;

        w.DestroySubtree(sub);

        Assert.Equal(4, destroyed.Count);
        Assert.All(new[] { sub, x, y, z }, e => Assert.False(w.IsAlive(e)));
        Assert.Empty(ChildrenOf(w, root));
        Assert.Equal(1, w.Count);
    }
}
