namespace Bridge.Cli.Tests.Navigation;

/// <summary>Starts one app per path on first use and shares it between the cases of that path.</summary>
public sealed class NavigationApps : IDisposable
{
    private readonly Dictionary<string, NavigationApp> _apps = [];

    internal NavigationApp For(string path)
    {
        if (!_apps.TryGetValue(path, out var app))
        {
            app = new NavigationApp(path, NavigationCaseFile.Shared);
            _apps.Add(path, app);
        }
        return app;
    }

    public void Dispose()
    {
        foreach (var app in _apps.Values)
        {
            app.Dispose();
        }
    }
}

/// <summary>The focus algorithm's navigation cases, run on a native page and on a legacy page in V8 and in Jint: the same
/// tree, the same keys, the same expected focus after each key, through the real engine, focus system and router.</summary>
public sealed class NavigationCaseTests(NavigationApps apps) : IClassFixture<NavigationApps>
{
    public static TheoryData<string, string> CasesOnEveryPath()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "native", "v8", "jint" })
        {
            foreach (var c in NavigationCaseFile.Shared.Cases)
            {
                data.Add(c.Name, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesOnEveryPath))]
    public void Focus_after_each_key_is_the_expected_node(string name, string path)
    {
        var navigationCase = NavigationCaseFile.Shared.Get(name);
        Assert.Equal(navigationCase.Keys.Count, navigationCase.Expect.Count);
        var app = apps.For(path);
        var keysBefore = app.Accounting.Events;
        Assert.True(app.Open(navigationCase), $"{name} on {path}: cannot focus the starting node '{navigationCase.Focus}'");
        Assert.True(app.Focused == navigationCase.Focus, $"{name} on {path}: focus starts on '{app.Focused}', expected '{navigationCase.Focus}'");
        for (var i = 0; i < navigationCase.Keys.Count; i++)
        {
            app.Press(navigationCase.Keys[i]);
            Assert.True(app.Focused == navigationCase.Expect[i],
                $"{name} on {path}: after key {i + 1} ({navigationCase.Keys[i]}) focus is on '{app.Focused ?? "(none)"}', expected '{navigationCase.Expect[i]}'");
        }
        Assert.Empty(app.LegacyErrors);
        // Every key committed and presented exactly once, consumed ones included.
        var accounting = app.Accounting;
        Assert.True(accounting.IsComplete && accounting.LateReports == 0,
            $"{name} on {path}: {accounting.Events} keys, {accounting.Presented} presented, {accounting.InHistograms} measured, "
            + $"{accounting.LateReports} presented twice, missing [{string.Join(", ", accounting.Missing)}]");
        Assert.Equal(keysBefore + navigationCase.Keys.Count, accounting.Events);
    }
}
