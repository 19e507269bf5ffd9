using System.Text.Json;

namespace Bridge.Migration;

/// <summary>Writes and reads latency summaries as <c>{"count","p50","p95","p99","max"}</c> in milliseconds.</summary>
internal static class JsonSummaries
{
    public static void Write(Utf8JsonWriter w, string name, LatencySummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", s.Count);
        w.WriteNumber("p50", Math.Round(s.P50, 3));
        w.WriteNumber("p95", Math.Round(s.P95, 3));
        w.WriteNumber("p99", Math.Round(s.P99, 3));
        w.WriteNumber("max", Math.Round(s.Max, 3));
        w.WriteEndObject();
    }

    public static LatencySummary Read(JsonElement e) => new(e.GetProperty("count").GetInt64(), e.GetProperty("p50").GetDouble(),
        e.GetProperty("p95").GetDouble(), e.GetProperty("p99").GetDouble(), e.GetProperty("max").GetDouble());
}
