using Bridge.Routing;

namespace Bridge.Routing.Tests.Navigation;

public sealed class RouteTableTests
{
    [Fact]
    public void Live_path_without_its_implementation_is_rejected_naming_the_page()
    {
        var ex = Assert.Throws<RouteException>(() => new RouteTable("search", [new PageRoute("search", "Search", null, PagePath.Compare)]));
        Assert.Equal("page 'search': live path 'compare' has no implementation", ex.Message);
    }

    [Fact]
    public void Start_must_name_a_page()
    {
        var ex = Assert.Throws<RouteException>(() => new RouteTable("main", [new PageRoute("home", "Home", null, PagePath.Native)]));
        Assert.Contains("'main'", ex.Message);
    }

    [Fact]
    public void Table_with_a_legacy_page_is_not_native_only()
    {
        var table = new RouteTable("home",
            [new PageRoute("home", "Home", "home", PagePath.Native, PagePath.Legacy)]);
        Assert.False(table.IsNativeOnly);
    }

    [Fact]
    public void Page_params_name_the_missing_key_and_the_wrong_type()
    {
        var p = PageParams.From([new("id", 7L), new("title", "x")]);

        Assert.Contains("'name'", Assert.Throws<KeyNotFoundException>(() => p.Get<string>("name")).Message);
        Assert.Contains("Int64, expected String", Assert.Throws<InvalidCastException>(() => p.Get<string>("id")).Message);
        Assert.True(p.TryGet<string>("title", out var title));
        Assert.Equal("x", title);
    }

    [Fact]
    public void Native_registry_refuses_a_second_registration_of_a_name()
    {
        var registry = new NativePageRegistry().Register("Home", (_, _) => throw new InvalidOperationException());
        Assert.Throws<ArgumentException>(() => registry.Register("Home", (_, _) => throw new InvalidOperationException()));
        Assert.Contains("'Search'", Assert.Throws<RouteException>(() => registry.Get("Search")).Message);
    }
}
