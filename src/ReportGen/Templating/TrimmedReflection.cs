namespace ReportGen.Templating;

/// <summary>
/// Why the reflection Scriban and Markdig do on ReportGen's own code is safe in a trimmed or native reportgen: the
/// published executable keeps ReportGen.Core and Markdig whole (TrimmerRootAssembly in ReportGen.Cli.csproj), so every
/// model property, imported function and method a template reaches keeps its metadata.
/// </summary>
internal static class TrimmedReflection
{
    public const string KeptWhole =
        "ReportGen.Core and Markdig are kept whole in a trimmed or native reportgen (TrimmerRootAssembly, ReportGen.Cli.csproj).";
}
