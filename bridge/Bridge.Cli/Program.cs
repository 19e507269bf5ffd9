using System.CommandLine;
using Bridge.Cli.Commands;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose,
        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
    .CreateLogger();

var root = new RootCommand(
    "bridge: run, measure and judge a TV app migrating from React pages (legacy, in a JS engine) to native C# pages.");
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(LayoutCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(StatusCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}
