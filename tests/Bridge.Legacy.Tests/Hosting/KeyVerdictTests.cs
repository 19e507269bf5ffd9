using Bridge.Bus.Events;
using Bridge.Legacy.Tests.Support;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>JS answers every key event with whether an onKey handler consumed it, and the engine hands that verdict to the UI thread.</summary>
public sealed class KeyVerdictTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_key_an_ancestor_onKey_returns_true_for_is_consumed_and_others_are_not(string engine)
    {
        var page = fixture.Page(engine);
        page.Mount("list");
        var item = page.Tree.ByTestId("item-a").Id;
        var js = fixture.Engine(engine);

        page.Key(item, KeyName.Right, out var consumed);
        page.Key(item, KeyName.Up, out var bubbledThrough);
        page.Key(99_999, KeyName.Right, out var noTarget);

        Assert.True(js.WaitForKeyVerdict(consumed, s_timeout));
        Assert.False(js.WaitForKeyVerdict(bubbledThrough, s_timeout));
        Assert.False(js.WaitForKeyVerdict(noTarget, s_timeout));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_reposted_event_id_answers_with_its_latest_verdict(string engine)
    {
        var page = fixture.Page(engine);
        page.Mount("list");
        var item = page.Tree.ByTestId("item-a").Id;
        var js = fixture.Engine(engine);
        page.Key(item, KeyName.Right, out var id);
        Assert.True(js.WaitForKeyVerdict(id, s_timeout));

        page.Send(HostEvent.KeyPress(id, item, KeyName.Left, page.Time));

        Assert.False(js.WaitForKeyVerdict(id, s_timeout));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_verdict_carries_its_pumps_time_unless_that_pump_wrote_page_batches_which_carry_it(string engine)
    {
        var page = fixture.Page(engine);
        page.Mount("list");
        var item = page.Tree.ByTestId("item-a").Id;
        var js = fixture.Engine(engine);

        var reversed = page.Key(item, KeyName.Right, out var rendered);
        var none = page.Key(item, KeyName.Up, out var bubbled);

        Assert.NotEmpty(reversed);
        Assert.Empty(none);
        Assert.Equal(0, js.KeyVerdictJsMs(rendered));
        Assert.True(js.KeyVerdictJsMs(bubbled) > 0);
        Assert.Equal(0, js.KeyVerdictJsMs(987_654_321));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_key_JS_never_received_has_no_verdict_once_JS_is_idle(string engine)
    {
        var js = fixture.Engine(engine);
        Assert.True(js.WaitForIdle(s_timeout));

        Assert.Null(js.WaitForKeyVerdict(123_456_789, s_timeout));
    }
}
