using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Legacy.Tests.Support;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>No page can take the app down: a page that hangs, exhausts the heap or aborts its engine is torn down and shows
/// an error, the JS runtime is replaced, and every other page comes back with its params and focus, on both engines.</summary>
public sealed class IsolationTests
{
    private const string ErrorView = "bridge-page-error";
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(40);
    private readonly LogCollector _logs = new();

    private static TimeSpan Timeout(string engine) => TimeSpan.FromSeconds(engine == "jint" ? 2 : 1);

    private ILegacyEngine Start(string engine, TimeSpan? handlerTimeout = null) =>
        EngineFixture.Start(engine, new LegacyEngineOptions { Logger = _logs.Logger, HandlerTimeout = handlerTimeout ?? Timeout(engine) });

    private static Dictionary<string, object?> What(string what) => new() { ["what"] = what };

    [Theory]
    [InlineData("v8", "handler")]
    [InlineData("jint", "handler")]
    [InlineData("v8", "render")]
    [InlineData("jint", "render")]
    [InlineData("v8", "effect")]
    [InlineData("jint", "effect")]
    public void A_page_that_loops_shows_an_error_and_the_others_come_back_in_a_new_runtime(string engine, string what)
    {
        using var js = Start(engine);
        using var host = new PagesHost(js, _logs);
        var list = host.Mount("list");
        host.Settle();
        host.Focus(list, "list");
        var trap = host.Mount("trap", What(what));
        host.Settle();
        host.Focus(trap, "trap-" + what);

        host.Press(KeyName.Select);
        host.RunUntil(() => host.Has(trap, ErrorView) && host.Has(list, "item-a"), s_recovery, "recovery");

        Assert.False(host.Has(trap, "trap-" + what));
        Assert.Contains("ran over", host.TextOf(trap, ErrorView + "-reason"));
        Assert.Equal([("trap", PageFaultKind.Hung), ("list", PageFaultKind.Remounted)], host.Driver.Faults.Select(f => (f.Page, f.Kind)));
        Assert.Equal(1, js.Stats.Restarts);
        Assert.True(js.LastInterruptLateness < TimeSpan.FromMilliseconds(100), $"interrupt sent {js.LastInterruptLateness.TotalMilliseconds:F0} ms late");
        // The new runtime works: the page that came back answers keys, and a page mounted now renders.
        host.Show(list);
        host.Focus(list, "list");
        host.Press(KeyName.Right);
        host.Settle();
        Assert.Equal("item-d", First(host, list));
        var again = host.Mount("list", name: "list-again");
        host.Settle();
        Assert.True(host.Has(again, "item-a"));
    }

    [Theory]
    [InlineData("v8", "abort")]
    [InlineData("jint", "abort")]
    public void A_page_that_ends_its_engine_shows_an_error_and_the_app_goes_on(string engine, string what)
    {
        using var js = Start(engine);
        using var host = new PagesHost(js, _logs);
        var list = host.Mount("list");
        var trap = host.Mount("trap", What(what));
        host.Settle();
        host.Focus(trap, "trap-" + what);

        host.Press(KeyName.Select);
        host.RunUntil(() => host.Has(trap, ErrorView) && host.Has(list, "item-a"), s_recovery, "recovery");

        var fault = host.Driver.Faults[0];
        Assert.Equal("trap", fault.Page);
        Assert.True(fault.Fatal, $"{fault.Kind}: {fault.Reason}");
        Assert.Equal(("list", PageFaultKind.Remounted), (host.Driver.Faults[1].Page, host.Driver.Faults[1].Kind));
        Assert.Null(js.Fault);
    }

    [Theory]
    [InlineData("v8", "proxy")]
    [InlineData("jint", "proxy")]
    [InlineData("jint", "log-deep")]
    [InlineData("jint", "deep-json")]
    [InlineData("jint", "deep-string")]
    [InlineData("v8", "buffers")]
    [InlineData("jint", "buffers")]
    public void Deep_recursion_and_capped_buffers_are_errors_of_the_page_not_of_the_app(string engine, string what)
    {
        // These handlers end on their own, with an error: Jint builds 200,000 nested values in about a second here, more
        // on a loaded machine, and the watchdog must not take that for a hang.
        using var js = Start(engine, TimeSpan.FromSeconds(10));
        using var host = new PagesHost(js, _logs);
        var list = host.Mount("list");
        var trap = host.Mount("trap", What(what));
        host.Settle();
        host.Focus(trap, "trap-" + what);

        host.Press(KeyName.Select);
        host.RunUntil(() => host.Driver.Faults.Count > 0 && host.Has(list, "item-a"), s_recovery, "the page's error");

        // Either the handler's error is reported and the runtime goes on, or the runtime stopped and came back.
        var fault = host.Driver.Faults[0];
        Assert.Equal("trap", fault.Page);
        Assert.True(fault.Kind is PageFaultKind.ScriptError or PageFaultKind.HeapExhausted, $"{fault.Kind}: {fault.Reason}");
        Assert.Null(js.Fault);
        if (fault.Kind == PageFaultKind.ScriptError)
        {
            Assert.Equal(0, js.Stats.Restarts);
            Assert.Matches("RangeError|Maximum call stack|allocation failed|Invalid array buffer|nested too deep", fault.Reason);
        }
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_covered_page_whose_timer_loops_is_the_one_faulted_not_the_page_on_screen(string engine)
    {
        using var js = Start(engine);
        using var host = new PagesHost(js, _logs);
        var ticker = host.Mount("ticker");
        var list = host.Mount("list");
        host.Settle();
        host.Focus(list, "list");

        host.RunUntil(() => host.Has(ticker, ErrorView) && host.Has(list, "item-a") && host.Driver.Faults.Count >= 2, s_recovery, "recovery");

        Assert.Equal(("ticker", PageFaultKind.Hung), (host.Driver.Faults[0].Page, host.Driver.Faults[0].Kind));
        Assert.Equal(("list", PageFaultKind.Remounted), (host.Driver.Faults[1].Page, host.Driver.Faults[1].Kind));
        // The page on screen came back with the node it had focused.
        Assert.Equal("list", host.Focused);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_hang_on_the_first_key_leaves_key_routing_as_it_was(string engine)
    {
        using var js = Start(engine);
        using var host = new PagesHost(js, _logs);
        var verdict = host.Mount("verdict");
        var trap = host.Mount("trap", What("handler"));
        host.Settle();
        host.Focus(trap, "trap-handler");

        // The first key of the run reaches an onKey that never returns: JS never answers it.
        host.Press(KeyName.Right);
        host.RunUntil(() => host.Has(trap, ErrorView) && host.Has(verdict, "eats-right"), s_recovery, "recovery");
        host.Show(verdict);
        host.Focus(verdict, "eats-right");

        host.Press(KeyName.Right);
        host.Settle();

        // JS's onKey consumed the key: focus does not also move, as before the hang.
        Assert.Equal("eats-right", host.Focused);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Pages_see_only_the_documented_globals(string engine)
    {
        using var js = Start(engine);
        using var host = new PagesHost(js, _logs);
        var page = host.Mount("globals");
        host.RunUntil(() => host.TextOf(page, "import") != "pending", s_recovery, "the import to settle");

        Assert.Equal("""{"bridge":"undefined","connect":"undefined","Performance":"undefined","sleep":"undefined","wait":"undefined","WebAssembly":"undefined"}""",
            host.TextOf(page, "probes"));
        var builtIns = EngineGlobals.BuiltIns(engine);
        var extra = host.TextOf(page, "names").Split(' ').Except(builtIns).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(EngineGlobals.Polyfills.Except(builtIns).Order(StringComparer.Ordinal), extra);
        // A dynamic import rejects, and the runtime goes on (Jint used to fail its engine on it).
        Assert.StartsWith("rejected", host.TextOf(page, "import"));
        Assert.Null(js.Stopped);
        Assert.Equal(0, js.Stats.Restarts);
    }

    private static string First(PagesHost host, PagesHost.Page page)
    {
        Assert.True(host.World.TryFindByTestIdWithin("list", page.Container, out var list));
        var first = host.World.Ecs.FirstChild(list);
        return host.World.TryGet(first, out Bridge.Engine.Widgets.TestId id) ? id.Value : "(none)";
    }
}
