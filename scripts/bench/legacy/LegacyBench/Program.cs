using System.Globalization;
using Bridge.Legacy.Benchmarks;
using Bridge.Legacy.Hosting;

// Usage: LegacyBench BUNDLE.js PAGE ENGINE [EVENTS] [WARMUP]; prints one JSON line with the engine's report.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: LegacyBench BUNDLE.js PAGE v8|jint [EVENTS] [WARMUP]");
    return 2;
}
var events = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000;
var warmup = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100;
var report = LegacyBenchmark.Run(args[2], LegacyBundle.FromFile(args[0]), args[1], warmup, events);
Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(report));
return 0;
