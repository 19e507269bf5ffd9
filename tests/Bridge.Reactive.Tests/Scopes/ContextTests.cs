using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Scopes;

public sealed class ContextTests
{
    private static readonly Context<string> Theme = new("light");
    private static readonly Context<int> Depth = new(0);

    [Fact]
    public void Context_lookup_finds_the_nearest_provider_through_nested_owners_and_effects()
    {
        using var root = R.CreateOwner();
        var seen = new List<string>();
        root.Run(() =>
        {
            R.Provide(Theme, "dark");
            R.Provide(Depth, 1);
            var middle = R.CreateOwner();
            middle.Run(() =>
            {
                R.Effect(() =>
                {
                    var inner = R.CreateOwner();
                    inner.Run(() =>
                    {
                        R.Provide(Depth, 3);
                        seen.Add($"{R.Use(Theme)} {R.Use(Depth)}");
                    });
                    seen.Add($"{R.Use(Theme)} {R.Use(Depth)}");
                });
            });
        });

        Assert.Equal(["dark 3", "dark 1"], seen);
    }

    [Fact]
    public void Context_without_provider_answers_its_default()
    {
        Assert.Equal("light", R.Use(Theme));
        using var root = R.CreateOwner();
        Assert.Equal(0, root.Run(() => R.Use(Depth)));
    }

    [Fact]
    public void Providing_again_in_the_same_owner_replaces_the_value()
    {
        using var root = R.CreateOwner();
        var value = root.Run(() =>
        {
            R.Provide(Theme, "dark");
            R.Provide(Theme, "contrast");
            return R.Use(Theme);
        });

        Assert.Equal("contrast", value);
    }
}
