namespace Bridge.Telemetry.Tests;

public sealed class MetricsEndpointTests
{
    [Fact]
    public void Prometheus_and_otlp_values_parse_with_defaults()
    {
        Assert.Equal(new MetricsEndpoint(MetricsEndpointKind.Prometheus, new Uri("http://127.0.0.1:9464/")), MetricsEndpoint.Parse("prometheus"));
        Assert.Equal(new Uri("http://0.0.0.0:9100/"), MetricsEndpoint.Parse("prometheus=0.0.0.0:9100").Address);
        Assert.Equal(new MetricsEndpoint(MetricsEndpointKind.Otlp, new Uri("http://collector:4318")), MetricsEndpoint.Parse("otlp=http://collector:4318"));
    }

    [Theory]
    [InlineData("statsd=1.2.3.4", "\"statsd\" is not a metrics endpoint")]
    [InlineData("prometheus=localhost", "expected prometheus=HOST:PORT")]
    [InlineData("otlp=collector:4317", "expected otlp=URL")]
    public void Bad_values_name_what_was_expected(string value, string message)
    {
        var ex = Assert.Throws<FormatException>(() => MetricsEndpoint.Parse(value));
        Assert.Contains(value, ex.Message);
        Assert.Contains(message, ex.Message);
    }
}
