using Bridge.Engine.Compose;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Host.Tests;

/// <summary>The navigation stack kept across a restart (as under <c>dotnet watch</c>): a second host comes back on the same
/// pages with the same params.</summary>
public sealed class NavigationMemoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-nav-memory-").FullName;

    [Fact]
    public void A_restarted_host_comes_back_on_the_stack_the_last_one_had()
    {
        var memory = new NavigationMemory(Path.Combine(_dir, "stack.json"), Serilog.Core.Logger.None);
        using (var first = Start())
        {
            Assert.False(memory.TryRestore(first.Router));
            first.Router.Navigate("menu");
            memory.Track(first.Router);
            first.Router.Navigate("info", PageParams.From([new("from", "two"), new("n", 3L), new("nested", PageParams.Of("ok", true))]));
            first.Router.Navigate("info", PageParams.Of("from", "three"));
            first.Router.Back();
        }

        using var second = Start();
        Assert.True(memory.TryRestore(second.Router));

        Assert.Equal(["menu", "info"], second.Router.Stack.Select(e => e.Page));
        var info = second.Router.Current!.Params;
        Assert.Equal(("two", 3L, true), (info.Get<string>("from"), info.Get<long>("n"), info.Get<PageParams>("nested").Get<bool>("ok")));
        second.Loop.RunUntilIdle();
        Assert.True(second.World.TryFindByTestId("from", out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""[{"page": "gone", "params": {}}]""")]
    [InlineData("[]")]
    public void A_stack_that_does_not_read_or_names_a_page_the_app_lacks_is_ignored(string kept)
    {
        var file = Path.Combine(_dir, "stack.json");
        File.WriteAllText(file, kept);
        using var host = Start();

        Assert.False(new NavigationMemory(file, Serilog.Core.Logger.None).TryRestore(host.Router));
        Assert.Empty(host.Router.Stack);
    }

    [Fact]
    public void Outside_dotnet_watch_nothing_is_kept()
    {
        Assert.NotEqual("1", Environment.GetEnvironmentVariable("DOTNET_WATCH"));
        Assert.Null(NavigationMemory.UnderDotnetWatch(Path.Combine(_dir, "manifest.json"), Serilog.Core.Logger.None));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private AppHost Start()
    {
        var pages = new NativePages()
            .Add("Menu", _ => View(testId: "menu")[Item("one")])
            .Add("Info", page => View(testId: "info")[Text("from " + page.Params.Get<string>("from"), testId: "from")], "from");
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """
            {"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}, "info": {"native": "Info", "live": "native"}}}
            """);
        return AppHost.Create(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir), new ServiceCollection().BuildServiceProvider(),
            pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
    }

    private static ElementNode Item(string id) => View(testId: id, focusable: true, style: new() { Width = 100, Height = 30 });
}
