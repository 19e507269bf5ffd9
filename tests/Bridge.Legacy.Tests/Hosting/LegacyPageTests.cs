using Bridge.Bus.Events;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Tests.Support;
using Bridge.Schema;
using Serilog.Events;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>Real React pages (fixtures/*.jsx) in both engines, observed through the op batches they send.</summary>
public sealed class LegacyPageTests : IClassFixture<EngineFixture>
{
    private readonly EngineFixture _fixture;

    public LegacyPageTests(EngineFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Mount_sends_one_batch_with_the_whole_tree_and_MountRoot_last(string engine)
    {
        var page = _fixture.Page(engine);
        var batches = page.Mount("hooks", new Dictionary<string, object?> { ["start"] = 1 });

        var batch = Assert.Single(batches);
        Assert.Equal(page.PageRoot, batch.PageRoot);
        Assert.Equal(1u, batch.Revision);
        Assert.Equal(OpCode.MountRoot, batch.Ops[^1].Code);
        Assert.Equal("hooks", batch.Ops[^1].Text);
        var root = Assert.Single(page.Tree.RootChildren);
        Assert.Equal("root", root.TestId);
        Assert.Equal(WidgetType.View, root.Type);
        Assert.Equal(new[] { "label", "effecty", "renders" }, root.Children.Select(c => c.TestId));
        Assert.Equal("dark:1:2", page.Tree.ByTestId("label").Text);
        Assert.Equal(PropValue.Of("column"), root.Props[PropKey.FlexDirection]);
        Assert.Equal(PropValue.Of(true), root.Props[PropKey.OnKey]);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Hooks_update_text_through_reducer_context_memo_and_ref(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("hooks");
        var root = page.Tree.ByTestId("root").Id;

        var batches = page.Key(root, KeyName.Right, out var eventId);

        var batch = Assert.Single(batches);
        Assert.Equal(2u, batch.Revision);
        Assert.Equal(new[] { eventId }, batch.CausedBy.ToArray());
        Assert.Equal("dark:1:2", page.Tree.ByTestId("label").Text);
        Assert.Equal("odd", page.Tree.ByTestId("effecty").Text);
        Assert.Equal("renders 2", page.Tree.ByTestId("renders").Text);
        Assert.All(PageDriver.OpsOf(batches), o => Assert.Equal(OpCode.UpdateText, o.Op.Code));

        page.Key("root", KeyName.Left);
        Assert.Equal("light:1:2", page.Tree.ByTestId("label").Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Effect_cleanup_runs_before_the_next_effect(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("hooks");
        page.Key("root", KeyName.Right);

        var messages = _fixture.Logs.Messages(LogEventLevel.Information).Where(m => m.Contains("effect ")).ToList();
        var mount = messages.FindLastIndex(m => m.Contains("effect mount even"));
        var cleanup = messages.FindLastIndex(m => m.Contains("effect cleanup even"));
        var remount = messages.FindLastIndex(m => m.Contains("effect mount odd"));
        Assert.True(mount >= 0 && cleanup > mount && remount > cleanup, string.Join(" | ", messages));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Keyed_reorder_moves_existing_nodes_instead_of_recreating_them(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("list");
        var before = page.Tree.ByTestId("list").Children.Select(c => c.Id).ToList();
        var created = page.Tree.Count;

        var ops = PageDriver.OpsOf(page.Key("list", KeyName.Right)).ToList();

        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Equal(OpCode.InsertChild, o.Op.Code));
        Assert.Equal(Enumerable.Reverse(before), page.Tree.ByTestId("list").Children.Select(c => c.Id));
        Assert.Equal(new[] { "item-d", "item-c", "item-b", "item-a" }, page.Tree.ByTestId("list").Children.Select(c => c.TestId));
        Assert.Equal(created, page.Tree.Count);

        var removal = PageDriver.OpsOf(page.Key("list", KeyName.Down)).Select(o => o.Op.Code).ToList();
        Assert.Equal(new[] { OpCode.RemoveChild, OpCode.DeleteSubtree }, removal);
        Assert.Equal(new[] { "item-c", "item-b", "item-a" }, page.Tree.ByTestId("list").Children.Select(c => c.TestId));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Class_error_boundary_catches_a_render_error_and_shows_its_fallback(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("boundary");
        Assert.Equal("calm", page.Tree.ByTestId("bomb").Text);

        page.Press("host");

        Assert.Equal("caught: boom", page.Tree.ByTestId("fallback").Text);
        Assert.Throws<KeyNotFoundException>(() => page.Tree.ByTestId("bomb"));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Uncaught_render_error_faults_only_its_page_with_an_error_op(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("unguarded");

        var ops = PageDriver.OpsOf(page.Press("unguarded")).Select(o => o.Op).ToList();

        var error = Assert.Single(ops, o => o.Code == OpCode.Error);
        Assert.Contains("unguarded boom", error.Text);
        Assert.Contains("page \"unguarded\"", error.Text);
        Assert.Empty(page.Tree.RootChildren);

        var other = _fixture.Page(engine);
        other.Mount("list");
        Assert.Equal(4, other.Tree.ByTestId("list").Children.Count);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void FetchData_resolves_with_what_the_host_data_service_answers(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("data");

        Assert.Equal("First", page.Tree.ByTestId("row-1").Text);
        Assert.Equal("Second home", page.Tree.ByTestId("row-2").Text);

        var slow = _fixture.Page(engine);
        slow.Mount("data", new Dictionary<string, object?> { ["resource"] = "slow" });
        Assert.Equal("Late", slow.Tree.ByTestId("row-9").Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void FetchData_of_an_unknown_resource_rejects_with_the_reason(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("data", new Dictionary<string, object?> { ["resource"] = "nope" });

        var text = page.Tree.ByTestId("error").Text;
        Assert.Contains("no data handler for resource 'nope'", text);
        Assert.Contains("rails", text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Navigate_goBack_and_requestFocus_reach_the_host(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("nav");
        page.Commands();

        page.Press("nav");
        page.Key("nav", KeyName.Back);
        page.Key("nav", KeyName.Up);

        var commands = page.Commands();
        Assert.Equal(new[] { LegacyCommandKind.Navigate, LegacyCommandKind.GoBack, LegacyCommandKind.RequestFocus },
            commands.Select(c => c.Kind));
        Assert.Equal("details", commands[0].Text);
        var parameters = Assert.IsAssignableFrom<IDictionary<string, object?>>(commands[0].Data);
        Assert.Equal(7L, Convert.ToInt64(parameters["id"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("tile-3", commands[2].Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Timers_fire_on_the_frame_tick_that_reaches_them(string engine)
    {
        var page = _fixture.Page(engine);
        page.Time = 10_000;
        page.Mount("timer");
        Assert.Equal("waiting", page.Tree.ByTestId("timer").Text);

        page.Time = 10_050;
        Assert.Empty(page.Frame());
        Assert.Equal("waiting", page.Tree.ByTestId("timer").Text);

        page.Time = 10_101;
        Assert.Single(page.Frame());
        Assert.Equal("fired", page.Tree.ByTestId("timer").Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Unknown_style_keys_are_dropped_with_one_warning_per_key_and_page(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("styles");
        page.Press("styled");
        page.Press("styled");

        var styled = page.Tree.ByTestId("styled");
        Assert.Equal(PropValue.Of(100), styled.Props[PropKey.Width]);
        Assert.False(styled.Props.ContainsKey(PropKey.Transform));
        Assert.Equal(PropValue.Of("poster.png"), page.Tree.ByTestId("pic").Props[PropKey.Src]);
        var warnings = _fixture.Logs.Messages(LogEventLevel.Warning)
            .Where(m => m.Contains($"on page \"styles\"") && m.Contains("unknown style key")).ToList();
        foreach (var key in new[] { "shadowColor", "elevation", "cursor" })
        {
            Assert.True(warnings.Count(w => w.Contains($"\"{key}\"")) >= 1, key);
        }
        Assert.Equal(warnings.Count, warnings.Distinct().Count());
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Focus_and_animation_props_reach_the_wire_and_parse_as_the_engine_expects(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("motion");
        page.Press("a");

        var rail = page.Tree.ByTestId("rail").Props;
        Assert.Equal(PropValue.Of("remember"), rail[PropKey.FocusGroup]);
        Assert.Equal(PropValue.Of("b"), rail[PropKey.FocusPreferred]);
        Assert.Equal(new[] { PropValue.Of("right"), PropValue.Of("down") }, rail[PropKey.FocusBoundary].Items);
        var a = page.Tree.ByTestId("a").Props;
        Assert.Equal(PropValue.Of("b"), a[PropKey.NextFocusRight]);
        Assert.Equal(PropValue.Of(1.1), a[PropKey.FocusScale]);
        Assert.Equal(PropValue.Of(true), a[PropKey.AnimateLayout]);
        Assert.Equal(PropValue.Of(120), a[PropKey.TransitionDuration]);
        Assert.Equal(PropValue.Of(0.5), a[PropKey.Opacity]);
        foreach (var (key, value) in rail.Concat(a))
        {
            Assert.True(Bridge.Engine.Widgets.PropParser.TryParse(key, value, out _, out var error), error);
        }
        Assert.Equal(Bridge.Interaction.Focus.DirectionSet.Right | Bridge.Interaction.Focus.DirectionSet.Down,
            Bridge.Engine.Widgets.PropParser.Parse(PropKey.FocusBoundary, rail[PropKey.FocusBoundary]).Directions);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Transform_is_sent_as_a_flat_name_value_list(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("styles");
        page.Press("styled");

        var transform = page.Tree.ByTestId("styled").Props[PropKey.Transform];
        Assert.Equal(new[] { PropValue.Of("scale"), PropValue.Of(1.5), PropValue.Of("translateX"), PropValue.Of(10) }, transform.Items);
        Assert.Equal(PropValue.Of(200), page.Tree.ByTestId("styled").Props[PropKey.Width]);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Rejected_batch_reaches_the_page_as_an_error_naming_the_revision(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("list");

        var ops = PageDriver.OpsOf(page.Send(HostEvent.BatchRejected(page.PageRoot, 1, "insert into text node 3"))).Select(o => o.Op).ToList();

        var error = Assert.Single(ops, o => o.Code == OpCode.Error);
        Assert.Contains("revision 1", error.Text);
        Assert.Contains("insert into text node 3", error.Text);
        Assert.Contains("page \"list\"", error.Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Page_code_sees_no_host_objects(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("probe");

        var probes = page.Tree.ByTestId("probe").Text.Split(' ');
        Assert.NotEmpty(probes);
        Assert.All(probes, p => Assert.EndsWith("=undefined", p));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Unmount_removes_the_tree_and_sends_UnmountRoot(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("list");

        var ops = PageDriver.OpsOf(page.Send(HostEvent.PageUnmount(page.PageRoot))).Select(o => o.Op.Code).ToList();

        Assert.Equal(OpCode.UnmountRoot, ops[^1]);
        Assert.Empty(page.Tree.RootChildren);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Layout_focus_and_blur_events_reach_their_handlers_and_measure_answers_the_last_box(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("layout");
        var frame = page.Tree.ByTestId("frame").Id;

        page.Send(HostEvent.Layout(frame, 10, 20, 300, 40.5f, 110, 220));
        Assert.Equal("10,20,300x40.5", page.Tree.ByTestId("box").Text);

        page.Send(HostEvent.Focus(1, frame));
        Assert.Equal("focused", page.Tree.ByTestId("focus").Text);
        page.Send(HostEvent.Blur(2, frame));
        Assert.Equal("blurred", page.Tree.ByTestId("focus").Text);

        // measure asks the host (a Measure op of the runtime batch, a Measure command to the UI thread); the host
        // answers from its layout with a Measured event.
        page.Commands();
        page.Key(frame, KeyName.Select, out _);
        var measure = page.Commands().Single(c => c.Kind == LegacyCommandKind.Measure).Measure;
        Assert.Equal(frame, measure.Node);
        Assert.Equal(page.PageRoot, measure.PageRoot);
        page.Send(HostEvent.Measured(measure.RequestId, true, 10, 20, 300, 40.5f, 110, 220));
        Assert.Equal("measured 300x40.5", page.Tree.ByTestId("measured").Text);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Events_for_deleted_or_unknown_nodes_are_ignored(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("list");

        Assert.Empty(page.Key(999_999, KeyName.Right, out _));
        Assert.DoesNotContain(page.Commands(), c => c.Kind == LegacyCommandKind.Error);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Handlers_of_the_latest_render_are_called_when_no_wire_prop_changed(string engine)
    {
        var page = _fixture.Page(engine);
        page.Mount("closure");

        for (var i = 0; i < 3; i++)
        {
            page.Key("closure", KeyName.Right);
        }

        Assert.Equal("3", page.Tree.ByTestId("count").Text);
    }
}
