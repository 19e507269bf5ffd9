using System.CommandLine;
using Bridge.Cli.Commands;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Pages;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace Bridge.Cli;

/// <summary>A Bridge app: its native pages, services and options, run through the <c>bridge</c> verbs (<c>run</c>,
/// <c>compare</c>, <c>status</c>, <c>layout</c>, <c>bench</c>) on its own command line.</summary>
/// <example><code>var builder = BridgeApp.CreateBuilder(args);
/// builder.Pages.Add&lt;HomePage&gt;();
/// builder.Services.AddSingleton&lt;IHostDataService, MyData&gt;();
/// builder.AddLegacyPages();             // only an app with legacy pages references Bridge.Legacy
/// return builder.Build().Run();</code></example>
public sealed class BridgeApp : IDisposable
{
    private readonly string[] _args;

    internal BridgeApp(string[] args, IServiceProvider services, NativePages pages, BridgeAppOptions options)
    {
        _args = args;
        Services = services;
        Pages = pages;
        Options = options;
    }

    /// <summary>Starts configuring an app run with <paramref name="args"/>.</summary>
    public static BridgeAppBuilder CreateBuilder(string[] args)
    {
        // Reads the process start now: the runtime's own start shows in the start's timeline.
        _ = StartupTimeline.FirstUseMs;
        return new(args);
    }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The app's native pages.</summary>
    public NativePages Pages { get; }

    /// <summary>Where the app's files are and what it runs by default.</summary>
    public BridgeAppOptions Options { get; }

    /// <summary>Runs the verb the command line names; returns the exit code (0 ok, 1 the run failed, 2 a usage mistake).</summary>
    public int Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>Runs the verb the command line names, writing to the console; or, started as one of its own subprocesses
    /// (<see cref="AppSubprocess.Flag"/>), runs that.</summary>
    public Task<int> RunAsync()
    {
        AppSubprocess.Self = SelfCommand();
        if (_args.Length >= 2 && _args[0] == AppSubprocess.Flag)
        {
            var name = _args[1];
            var subprocess = Services.GetServices<IAppSubprocess>().FirstOrDefault(s => s.Name == name)
                ?? throw new InvalidOperationException($"{Options.Name}: no subprocess '{name}' is registered");
            return Task.FromResult(subprocess.Run(_args[2..]));
        }
        return RunAsync(_args, Console.Out, Console.Error);
    }

    // The program as it was started: its own executable, or `dotnet` with the entry assembly.
    private static (string, IReadOnlyList<string>)? SelfCommand()
    {
        var process = Environment.ProcessPath;
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(process))
        {
            return null;
        }
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return string.IsNullOrEmpty(entry) ? null : (process, [entry]);
        }
        return (process, []);
    }

    /// <summary>Runs a command line with the given output and error writers (the program's own streams, or a test's).</summary>
    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verbose = args.Contains("--verbose");
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        Log.Logger.Debug("Start: program entered at {Ms:0} ms", StartupTimeline.FirstUseMs);
        StartupTimeline.Mark(Log.Logger, "command line read");
        try
        {
            var root = Commands();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var verb = parse.CommandResult.Command == root ? "" : " " + parse.CommandResult.Command.Name;
                error.WriteLine($"{Options.Name}{verb}: {parse.Errors[0].Message} (see {Options.Name}{verb} --help)");
                return ExitCodes.Usage;
            }
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config);
        }
        catch (Exception e) when (Failures.IsUserMistake(e))
        {
            error.WriteLine($"{Options.Name}: {Failures.OneLine(e)}");
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            error.WriteLine(verbose
                ? $"{Options.Name}: internal error: {e}"
                : $"{Options.Name}: internal error: {e.GetType().Name}: {e.Message} (run with --verbose for the stack trace)");
            return ExitCodes.Failed;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => (Services as IDisposable)?.Dispose();

    private RootCommand Commands()
    {
        var root = new RootCommand(
            $"{Options.Name}: run, measure and judge a TV app migrating from React pages (legacy, in a JS engine) to native C# pages.");
        root.Options.Add(new Option<bool>("--verbose") { Description = "Debug logging, and stack traces with errors", Recursive = true });
        root.Subcommands.Add(RunCommand.Create(this));
        root.Subcommands.Add(CompareCommand.Create(this));
        root.Subcommands.Add(StatusCommand.Create(this));
        root.Subcommands.Add(LayoutCommand.Create());
        root.Subcommands.Add(BenchCommand.Create(this));
        foreach (var verb in Services.GetServices<IAppVerb>())
        {
            root.Subcommands.Add(verb.Create(this));
        }
        return root;
    }
}

/// <summary>The exit codes of the verbs.</summary>
public static class ExitCodes
{
    /// <summary>Everything went as asked.</summary>
    public const int Ok = 0;

    /// <summary>The run happened but failed: a page threw, a batch was rejected, a page rolled back (see <c>--fail-on</c>),
    /// keys went unaccounted, layout cases failed.</summary>
    public const int Failed = 1;

    /// <summary>A user mistake stopped the program before anything started: a file, an option, a registration.</summary>
    public const int Usage = 2;

    /// <summary>The run was interrupted by SIGINT (Ctrl-C) or SIGTERM; its report is marked interrupted.</summary>
    public const int Interrupted = 130;
}

/// <summary>Tells user mistakes from failures of the program, and says them in one line.</summary>
internal static class Failures
{
    public static bool IsUserMistake(Exception e) => e is AppStartException or MigrationFileException;

    public static string OneLine(Exception e) => e switch
    {
        MigrationFileException m => $"{m.File}: {string.Join("; ", m.Errors)}",
        _ => e.Message.ReplaceLineEndings(" "),
    };
}
