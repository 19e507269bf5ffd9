using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Graph;

public sealed class GlitchFreeTests
{
    [Fact]
    public void Diamond_effect_runs_once_per_change_and_never_sees_mixed_values()
    {
        var head = R.Signal(1);
        var left = R.Memo(() => head.Value + 1);
        var right = R.Memo(() => head.Value * 10);
        var seen = new List<(int Left, int Right)>();
        using var effect = R.Effect(() => seen.Add((left.Value, right.Value)));

        head.Value = 2;
        R.FlushEffects();
        head.Value = 3;
        R.FlushEffects();

        Assert.Equal([(2, 10), (3, 20), (4, 30)], seen);
    }

    [Fact]
    public void Diamond_memo_computes_once_per_change_with_consistent_inputs()
    {
        var head = R.Signal(0);
        var branches = new Memo<int>[5];
        for (var i = 0; i < branches.Length; i++)
        {
            var k = i;
            branches[i] = R.Memo(() => head.Value + k);
        }

        var computes = 0;
        var sum = R.Memo(() =>
        {
            computes++;
            var total = 0;
            foreach (var b in branches)
            {
                total += b.Value;
            }

            return total;
        });
        Assert.Equal(10, sum.Value);

        for (var v = 1; v <= 3; v++)
        {
            head.Value = v;
            Assert.Equal((5 * v) + 10, sum.Value);
        }

        Assert.Equal(4, computes);
    }

    [Fact]
    public void Update_through_a_deep_chain_walks_an_explicit_stack_not_the_call_stack()
    {
        var head = R.Signal(0);
        Memo<int> current = R.Memo(() => head.Value);
        for (var i = 0; i < 20_000; i++)
        {
            var prev = current;
            current = R.Memo(() => prev.Value + 1);

            // A first compute pulls its sources recursively (as in alien-signals): build it layer by layer.
            _ = current.Value;
        }

        var tail = current;
        var last = -1;
        using var effect = R.Effect(() => last = tail.Value);
        Assert.Equal(20_000, last);

        head.Value = 5;
        R.FlushEffects();
        Assert.Equal(20_005, last);
    }
}
