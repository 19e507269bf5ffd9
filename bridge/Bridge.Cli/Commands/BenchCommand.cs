using System.CommandLine;
using Bridge.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bench …</c> verbs: the benchmarks the app's plug-ins register (<see cref="IBenchmark"/>), each printing
/// its figures beside a peer measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create(BridgeApp app)
    {
        var bench = new Command("bench", "Benchmarks that print our figures beside a peer's, measured in the same run.")
        {
            LatencyBenchCommand.Create(app),
            RenderBenchCommand.Create(app),
        };
        foreach (var benchmark in app.Services.GetServices<IBenchmark>())
        {
            var rounds = new Option<int>("--rounds") { Description = "Measured rounds (the median and best are reported)", DefaultValueFactory = _ => 51 };
            rounds.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError("--rounds must be at least 1");
                }
            });
            var command = new Command(benchmark.Name, benchmark.Description) { rounds };
            command.SetAction(parse => benchmark.Run(parse.GetValue(rounds), parse.InvocationConfiguration.Output));
            bench.Subcommands.Add(command);
        }
        return bench;
    }
}
