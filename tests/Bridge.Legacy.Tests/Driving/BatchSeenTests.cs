using Bridge.Host;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Driving;

/// <summary>The bus spy hook: each batch the apply stage takes is described, decoded, with its page and verdict.</summary>
public sealed class BatchSeenTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_mounted_page_s_batches_are_seen_decoded_with_their_page_and_verdict(string engine)
    {
        var seen = new List<BusBatchRecord>();
        using var host = new DriverHost(fixture.Engine(engine), "verdict", fixture.Logs.Logger, batchSeen: seen.Add);

        Assert.NotEmpty(seen);
        var first = seen[0];
        Assert.Equal("verdict", first.Page);
        Assert.Equal("applied", first.Status);
        Assert.Null(first.Reason);
        Assert.StartsWith($"v{Schema.SchemaInfo.Version} root={first.PageRoot} rev={first.Revision} causedBy=[", first.Ops[0]);
        // One line per op after the framing: the mount creates the page's nodes.
        Assert.Contains(first.Ops.Skip(1), op => op.StartsWith("Create", StringComparison.Ordinal));
    }
}
