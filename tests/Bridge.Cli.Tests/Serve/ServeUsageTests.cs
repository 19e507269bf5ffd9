namespace Bridge.Cli.Tests.Serve;

/// <summary>Mistakes on <c>serve</c>'s command line stop it with one line naming the option, before anything starts.</summary>
public sealed class ServeUsageTests
{
    [Theory]
    [InlineData("--port", "70000", "--port: 70000 is not a port")]
    [InlineData("--host", "localhost.example", "--host: 'localhost.example' is not an IP address")]
    [InlineData("--size", "big", "--size:")]
    [InlineData("--page", "nowhere", "--page: the manifest has no page 'nowhere'")]
    [InlineData("--watch", "no-such/entry.jsx", "--watch: the legacy entry")]
    public void Bad_option_exits_2_naming_it(string option, string value, string message)
    {
        string[] args = option == "--port" ? ["serve", option, value] : ["serve", option, value, "--port", "0"];
        var (code, stdout, stderr) = BridgeProcess.RunSeparately(args);
        Assert.True(code == ExitCodes.Usage, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("preview at", stdout);
    }

    [Fact]
    public void A_port_in_use_exits_2_naming_it()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var manifest = NativeManifest();
        var (code, stdout, stderr) = BridgeProcess.RunSeparately("serve", "--port", $"{port}", "--manifest", manifest);
        File.Delete(manifest);
        Assert.True(code == ExitCodes.Usage, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains($"--port: cannot listen on 127.0.0.1:{port}", stderr);
    }

    [Fact]
    public void Watch_with_no_legacy_bundle_exits_2_naming_it()
    {
        var manifest = NativeManifest();
        var entry = Path.Combine(BridgeProcess.RepositoryRoot, "tests", "Bridge.Cli.Tests", "fixtures", "watched.jsx");
        var (code, stdout, stderr) = BridgeProcess.RunSeparately("serve", "--port", "0", "--manifest", manifest, "--watch", entry);
        File.Delete(manifest);
        Assert.True(code == ExitCodes.Usage, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains("--watch: the manifest", stderr);
        Assert.Contains("has no legacy bundle to rebuild", stderr);
    }

    [Fact]
    public void Watch_of_an_entry_that_names_none_of_several_bundles_exits_2_naming_them()
    {
        var dir = Directory.CreateTempSubdirectory("bridge-serve-usage-").FullName;
        try
        {
            var entry = Path.Combine(BridgeProcess.RepositoryRoot, "tests", "Bridge.Cli.Tests", "fixtures", "watched.jsx");
            var manifest = Path.Combine(dir, "manifest.json");
            File.Copy(BridgeProcess.DemoBundle, Path.Combine(dir, "a.js"));
            File.Copy(BridgeProcess.DemoBundle, Path.Combine(dir, "b.js"));
            File.WriteAllText(manifest, """{"start": "home", "bundles": ["a.js", "b.js"], "pages": {"home": {"native": "Home", "live": "native"}}}""");
            var (code, stdout, stderr) = BridgeProcess.RunSeparately("serve", "--port", "0", "--manifest", manifest, "--watch", entry);
            Assert.True(code == ExitCodes.Usage, $"exit {code}\n{stdout}\n{stderr}");
            Assert.Contains("--watch: watched.jsx names none of the manifest's 2 bundles (a.js, b.js)", stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // The demo's native pages only: no JS engine starts before the port is found taken.
    private static string NativeManifest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bridge-serve-native-{Environment.ProcessId}.json");
        File.WriteAllText(path, """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""");
        return path;
    }
}
