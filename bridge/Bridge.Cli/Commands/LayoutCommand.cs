using System.CommandLine;
using Bridge.Layout.Conformance;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bridge layout CASES.json [--direction ltr|rtl|both]</c> verb: runs layout conformance cases.</summary>
internal static class LayoutCommand
{
    /// <summary>Creates the command; exit code 0 when no enabled case fails, 1 on failures, 2 on an unreadable case file.</summary>
    public static Command Create()
    {
        var cases = new Argument<FileInfo>("CASES.json") { Description = "Case file in the layout conformance case format (tests/Bridge.Layout.Tests/Conformance/cases/README.md in the Bridge repository)" };
        cases.AcceptExistingOnly();
        var direction = new Option<string>("--direction")
        {
            Description = "Directions to lay out each case in",
            DefaultValueFactory = _ => "ltr",
        };
        direction.AcceptOnlyFromAmong("ltr", "rtl", "both");
        var showDisabled = new Option<bool>("--show-disabled") { Description = "Also print failing cases marked disabled" };

        var command = new Command("layout", "Run flexbox layout conformance cases and report the first difference of each failing case")
        {
            cases, direction, showDisabled,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            IReadOnlyList<LayoutCase> loaded;
            try
            {
                loaded = LayoutCaseFile.Load(parse.GetRequiredValue(cases).FullName);
            }
            catch (Exception e) when (e is FormatException or IOException or System.Text.Json.JsonException)
            {
                error.WriteLine($"bridge layout: {e.Message}");
                return 2;
            }

            var directions = parse.GetValue(direction) switch
            {
                "rtl" => CaseDirections.Rtl,
                "both" => CaseDirections.Both,
                _ => CaseDirections.Ltr,
            };
            var summary = CaseRunner.RunAll(loaded, directions);
            bool listDisabled = parse.GetValue(showDisabled);
            foreach (var r in summary.Results)
            {
                if (!r.Passed && (!r.Disabled || listDisabled)) output.WriteLine(CaseRunner.Describe(r));
            }
            output.WriteLine($"disabled: {summary.DisabledPassed} passed, {summary.DisabledFailed} failed (not counted below)");
            output.WriteLine($"{summary.Passed} passed, {summary.Failed} failed");
            return summary.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
