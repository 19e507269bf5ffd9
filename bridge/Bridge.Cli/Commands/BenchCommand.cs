using System.CommandLine;
using Bridge.Cli.Bench;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bridge bench …</c> verbs: benchmark runners that print ratios against a peer measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks that print our figures beside a peer's, measured in the same run.");

        var rounds = new Option<int>("--rounds") { Description = "Measured rounds per case (the median and best are reported).", DefaultValueFactory = _ => 15 };
        var bus = new Command("bus", "Encode + decode of a 100-op batch (50 creates with 4 props, 30 updates with 2, 20 inserts): MessagePack vs System.Text.Json.")
        {
            rounds,
        };
        bus.SetAction(parse => BusBench.Run(parse.GetValue(rounds), Console.Out));
        bench.Subcommands.Add(bus);
        return bench;
    }
}
