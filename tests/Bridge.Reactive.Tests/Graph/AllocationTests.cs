using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Graph;

public sealed class AllocationTests
{
    [Fact]
    public void Steady_update_of_an_existing_graph_allocates_nothing()
    {
        // cellx-like layers (diamonds at every layer) with an effect per memo.
        var sources = new[] { R.Signal(1), R.Signal(2), R.Signal(3), R.Signal(4) };
        Func<int>[] layer = [() => sources[0].Value, () => sources[1].Value, () => sources[2].Value, () => sources[3].Value];
        var sink = 0;
        using var root = R.CreateOwner();
        Memo<int>[] last = [];
        root.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                var m = layer;
                Memo<int>[] s =
                [
                    R.Memo(() => m[1]()),
                    R.Memo(() => m[0]() - m[2]()),
                    R.Memo(() => m[1]() + m[3]()),
                    R.Memo(() => m[2]()),
                ];
                foreach (var c in s)
                {
                    R.Effect(() => sink += c.Value);
                }

                layer = [() => s[0].Value, () => s[1].Value, () => s[2].Value, () => s[3].Value];
                last = s;
            }
        });
        var end = last;
        Action writeForward = () =>
        {
            sources[0].Value = 4;
            sources[1].Value = 3;
            sources[2].Value = 2;
            sources[3].Value = 1;
        };
        Action writeBack = () =>
        {
            sources[0].Value = 1;
            sources[1].Value = 2;
            sources[2].Value = 3;
            sources[3].Value = 4;
        };

        void Step()
        {
            R.Batch(writeForward);
            R.FlushEffects();
            sink += end[0].Value;
            R.Batch(writeBack);
            R.FlushEffects();
            sink += end[3].Value;
        }

        Step();
        Step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            Step();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void Switching_dependencies_back_and_forth_allocates_nothing_once_warm()
    {
        var head = R.Signal(0);
        var dbl = R.Memo(() => head.Value * 2);
        var inverse = R.Memo(() => -head.Value);
        var current = R.Memo(() => head.Value % 2 != 0 ? dbl.Value : inverse.Value);
        var sink = 0;
        using var effect = R.Effect(() => sink += current.Value);

        for (var i = 0; i < 4; i++)
        {
            head.Value = i;
            R.FlushEffects();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            head.Value = i;
            R.FlushEffects();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(198, current.Value);
    }
}
