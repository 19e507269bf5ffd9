using System.Diagnostics;
using Bridge.Engine.Dump;
using Bridge.Engine.Frame;
using Bridge.Legacy.Tests.Support;
using Bridge.Schema;
using Serilog.Events;

namespace Bridge.Legacy.Tests.Driving;

/// <summary>A JS onKey's verdict decides, as a native handler's does, whether the engine also moves focus for a key.</summary>
public sealed class LegacyKeyRoutingTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_key_a_JS_onKey_consumes_does_not_move_focus_and_one_it_lets_through_does(string engine)
    {
        using var host = new DriverHost(fixture.Engine(engine), "verdict", fixture.Logs.Logger);
        host.Focus("eats-right");

        host.Press(KeyName.Right);
        Assert.Equal("eats-right", host.Focused);

        host.Press(KeyName.Left);
        Assert.Equal("first", host.Focused);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void The_frame_that_sends_JS_a_key_applies_its_response(string engine)
    {
        // Long enough for a loaded machine: what is tested is that the frame applies an answer that comes within the wait.
        using var host = new DriverHost(fixture.Engine(engine), "verdict", fixture.Logs.Logger, answerWait: TimeSpan.FromSeconds(5));
        host.Focus("counter");
        Assert.Contains("\"keys 0\"", TreeDump.ToJson(host.World), StringComparison.Ordinal);

        var id = host.Loop.Input.Enqueue(KeyName.Select);
        Assert.True(host.Driver.ForwardKey(new KeyEvent(id, KeyName.Select, Stopwatch.GetTimestamp())));
        host.Loop.RunFrame();

        // One frame, no wait for JS from outside: the apply stage waited for the answer.
        Assert.Contains("\"keys 1\"", TreeDump.ToJson(host.World), StringComparison.Ordinal);
        Assert.False(host.Driver.HasHeldKeys);
        Assert.True(host.Driver.FrameAnswerWait > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_key_JS_answers_too_late_is_dropped_and_logged_and_the_frames_never_wait_for_it(string engine)
    {
        using var host = new DriverHost(fixture.Engine(engine), "verdict", fixture.Logs.Logger, keyVerdictTimeout: TimeSpan.FromMilliseconds(200));
        host.Focus("slow");

        var id = host.Loop.Input.Enqueue(KeyName.Right);
        Assert.True(host.Driver.ForwardKey(new KeyEvent(id, KeyName.Right, Stopwatch.GetTimestamp())));
        host.Loop.RunFrame();
        // The handler spins 1 s: the frame that met its key held it back instead of waiting for JS.
        Assert.True(host.Driver.HasHeldKeys);
        Thread.Sleep(300);
        host.Loop.RunFrame();
        Assert.False(host.Driver.HasHeldKeys);
        host.Settle();

        // JS lets the key through, but too late: it is dropped rather than moved on a second later.
        Assert.Equal("slow", host.Focused);
        Assert.Contains(fixture.Logs.Messages(LogEventLevel.Warning), m => m.Contains("no onKey verdict within", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_focus_move_an_onKey_asks_for_is_told_to_the_page_in_the_keys_own_answer(string engine)
    {
        var js = fixture.Engine(engine);
        using var host = new DriverHost(js, "focusmove", fixture.Logs.Logger, answerWait: TimeSpan.FromSeconds(5));
        host.Focus("a");
        Assert.Contains("\"a focused 1/0\"", TreeDump.ToJson(host.World), StringComparison.Ordinal);
        var posted = js.Posted;

        var id = host.Loop.Input.Enqueue(KeyName.Right);
        Assert.True(host.Driver.ForwardKey(new KeyEvent(id, KeyName.Right, Stopwatch.GetTimestamp())));
        host.Loop.RunFrame();

        // One frame, one post (the key): JS ran a's onBlur and b's onFocus with the key, and the host's move sent neither again.
        Assert.Equal("b", host.Focused);
        var dump = TreeDump.ToJson(host.World);
        Assert.Contains("\"a blurred 1/1\"", dump, StringComparison.Ordinal);
        Assert.Contains("\"b focused 1/0\"", dump, StringComparison.Ordinal);
        Assert.Equal(posted + 1, js.Posted);
        host.Settle();
        Assert.Equal(posted + 1, js.Posted);
        Assert.Contains("\"b focused 1/0\"", TreeDump.ToJson(host.World), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void When_focus_does_not_land_where_JS_moved_it_the_page_is_told_where_it_is(string engine)
    {
        var js = fixture.Engine(engine);
        using var host = new DriverHost(js, "focusmove", fixture.Logs.Logger);
        host.Focus("b");

        // JS blurs b and focuses "gone", whose onFocus removes it: the host finds no node to focus, and focus stays on b.
        host.Press(KeyName.Right);

        Assert.Equal("b", host.Focused);
        Assert.Contains("\"b focused 2/1\"", TreeDump.ToJson(host.World), StringComparison.Ordinal);
    }
}
