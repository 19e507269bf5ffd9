using Bridge.Bus;
using Bridge.Legacy.Benchmarks;
using MessagePack;
using MessagePack.Resolvers;

namespace Bridge.Legacy.Tests.Benchmarks;

public sealed class BusBenchTests
{
    [Fact]
    public void Prints_the_bus_codec_and_both_peers_with_sample_counts()
    {
        var output = new StringWriter();

        var exit = new BusBench().Run(3, output);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("bus codec (MessagePack, hand-written)", text);
        Assert.Contains("MessagePack-CSharp typed", text);
        Assert.Contains("System.Text.Json source-generated", text);
        Assert.Contains("3 interleaved rounds", text);
        Assert.Contains("budget: ≤ 10 µs", text);
    }

    [Fact]
    public void The_peers_dto_gives_back_the_reference_batch_through_both_serializers()
    {
        var batch = BusBench.ReferenceBatch();
        var dto = BatchDto.From(batch);

        var packed = MessagePackSerializer.Deserialize<BatchDto>(
            MessagePackSerializer.Serialize(dto, StandardResolverAllowPrivate.Options), StandardResolverAllowPrivate.Options);
        var json = System.Text.Json.JsonSerializer.Deserialize(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(dto, BusBenchJsonContext.Default.BatchDto), BusBenchJsonContext.Default.BatchDto)!;

        Assert.Equal(BatchText.Describe(batch), BatchText.Describe(packed.ToBatch()));
        Assert.Equal(BatchText.Describe(batch), BatchText.Describe(json.ToBatch()));
    }

    [Fact]
    public void Rejects_zero_rounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusBench().Run(0, TextWriter.Null));
    }
}
