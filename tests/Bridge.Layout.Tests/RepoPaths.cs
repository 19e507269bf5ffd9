namespace Bridge.Layout.Tests;

/// <summary>Files the tests read, copied beside the test assembly.</summary>
internal static class RepoPaths
{
    /// <summary>Yoga's conformance cases (<c>Conformance/cases/yoga-cases.json</c>, MIT, see LICENSE.yoga there).</summary>
    public static string YogaCases => Path.Combine(AppContext.BaseDirectory, "Conformance", "cases", "yoga-cases.json");
}
