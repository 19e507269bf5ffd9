using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Scopes;

public sealed class OwnerTests
{
    [Fact]
    public void Disposing_an_owner_disposes_everything_it_created_inner_before_outer()
    {
        var s = R.Signal(1);
        var log = new List<string>();
        var root = R.CreateOwner();
        Effect? first = null;
        Memo<int>? memo = null;
        root.Run(() =>
        {
            R.OnCleanup(() => log.Add("root cleanup"));
            first = R.Effect(() =>
            {
                _ = s.Value;
                R.OnCleanup(() => log.Add("first effect cleanup"));
            });
            var child = R.CreateOwner();
            child.Run(() =>
            {
                R.OnCleanup(() => log.Add("child cleanup"));
                R.Effect(() =>
                {
                    _ = s.Value;
                    R.Effect(() => R.OnCleanup(() => log.Add("grandchild effect cleanup")));
                    R.OnCleanup(() => log.Add("child effect cleanup"));
                });
            });
            memo = R.Memo(() => s.Value * 2);
            _ = memo.Value;
        });

        root.Dispose();

        Assert.Equal(
            ["grandchild effect cleanup", "child effect cleanup", "child cleanup", "first effect cleanup", "root cleanup"],
            log);
        Assert.True(root.IsDisposed);
        Assert.True(first!.IsDisposed);
        s.Value = 2;
        Assert.False(R.HasPendingEffects);
        Assert.Equal(2, memo!.Value);
    }

    [Fact]
    public void Owner_parent_and_current_owner_follow_nesting()
    {
        Assert.Null(R.CurrentOwner);
        using var root = R.CreateOwner();
        Owner? inner = null;
        Owner? seenInEffect = null;
        root.Run(() =>
        {
            Assert.Same(root, R.CurrentOwner);
            R.Effect(() =>
            {
                inner = R.CreateOwner();
                seenInEffect = R.CurrentOwner;
            });
        });

        Assert.Null(root.Parent);
        Assert.Same(root, inner!.Parent);
        Assert.Same(root, seenInEffect);
        Assert.Null(R.CurrentOwner);
    }

    [Fact]
    public void Owner_run_does_not_subscribe_the_enclosing_effect()
    {
        var s = R.Signal(1);
        var runs = 0;
        using var root = R.CreateOwner();
        using var effect = R.Effect(() =>
        {
            runs++;
            root.Run(() => _ = s.Value);
        });

        s.Value = 2;
        R.FlushEffects();

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Run_on_a_disposed_owner_throws()
    {
        var owner = R.CreateOwner();
        owner.Dispose();

        var ex = Assert.Throws<ObjectDisposedException>(() => owner.Run(() => { }));
        Assert.Contains("disposed owner", ex.Message);
    }

    [Fact]
    public void Owner_used_from_another_thread_throws_naming_both_threads()
    {
        var owner = R.CreateOwner();
        Exception? error = null;
        var thread = new Thread(() => error = Record.Exception(() => owner.Run(() => { })));
        thread.Start();
        thread.Join();

        var ex = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("belongs to thread", ex.Message);
        owner.Dispose();
    }

    [Fact]
    public void OnCleanup_and_Provide_outside_any_scope_throw_a_clear_error()
    {
        var cleanup = Assert.Throws<InvalidOperationException>(() => R.OnCleanup(() => { }));
        Assert.Contains("R.OnCleanup", cleanup.Message);
        var provide = Assert.Throws<InvalidOperationException>(() => R.Provide(new Context<int>(0), 1));
        Assert.Contains("R.Provide", provide.Message);
    }

    [Fact]
    public void Disposing_a_middle_child_keeps_its_siblings_owned_and_ordered()
    {
        var log = new List<string>();
        var root = R.CreateOwner();
        var items = new Owner[4];
        root.Run(() =>
        {
            for (var i = 0; i < items.Length; i++)
            {
                var k = i;
                items[i] = R.CreateOwner();
                items[i].Run(() => R.OnCleanup(() => log.Add($"item {k}")));
            }
        });

        items[1].Dispose();
        items[3].Dispose();
        Assert.Equal(["item 1", "item 3"], log);

        root.Dispose();
        Assert.Equal(["item 1", "item 3", "item 2", "item 0"], log);
        Assert.All(items, item => Assert.True(item.IsDisposed));
    }

    [Fact]
    public void A_throwing_cleanup_is_reported_and_disposal_goes_on()
    {
        var log = new List<string>();
        var errors = new List<string>();
        var root = R.CreateOwner();
        root.OnError = e => errors.Add(e.Message);
        root.Run(() =>
        {
            R.OnCleanup(() => log.Add("outer"));
            R.Effect(() => R.OnCleanup(() => throw new InvalidOperationException("cleanup failed")));
            R.Effect(() => R.OnCleanup(() => log.Add("second effect")));
        });

        root.Dispose();

        Assert.Equal(["second effect", "outer"], log);
        Assert.Equal(["cleanup failed"], errors);
    }

    [Fact]
    public void Effect_that_disposes_itself_in_its_body_stops_for_good()
    {
        var s = R.Signal(0);
        var runs = 0;
        Effect? self = null;
        self = R.Effect(() =>
        {
            runs++;
            if (s.Value == 1)
            {
                self!.Dispose();
                _ = s.Value;
            }
        });

        s.Value = 1;
        R.FlushEffects();
        s.Value = 2;
        R.FlushEffects();

        Assert.Equal(2, runs);
        Assert.True(self.IsDisposed);
        Assert.False(R.HasPendingEffects);
    }
}
