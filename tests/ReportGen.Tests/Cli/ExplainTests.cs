using ReportGen.Diagnostics;

namespace ReportGen.Tests.Cli;

/// <summary><c>reportgen explain CODE</c> prints the catalogue's entry for every code, and refuses a code that is not one.</summary>
public sealed class ExplainTests
{
    public static TheoryData<string> Codes() => [.. DiagnosticCatalogue.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_catalogued_code_explains_itself(string code)
    {
        var entry = DiagnosticCatalogue.Find(code)!;

        var result = InProcessCli.Run("explain", code);

        Assert.Equal(new CliResult(0,
            $"{code} ({entry.Severity.Name()}): {entry.Title}\n\n{entry.Meaning}\n\nExample: {entry.Example}\n\nFix: {entry.Fix}\n", ""), result);
        Assert.All(new[] { entry.Title, entry.Meaning, entry.Example, entry.Fix }, text => Assert.True(text.Length >= 10, $"{code}: '{text}' explains too little"));
    }

    [Theory]
    [InlineData("rg35")]
    [InlineData("35")]
    [InlineData("RG035")]
    public void A_code_may_be_typed_without_its_zeros_or_in_lower_case(string typed)
    {
        var result = InProcessCli.Run("explain", typed);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("RG035 (error): A value is not in values.csv\n", result.Stdout);
    }

    [Theory]
    [InlineData("RG999")]
    [InlineData("RG049")]
    [InlineData("hello")]
    public void An_unknown_code_exits_with_2_and_says_where_the_codes_are(string typed)
    {
        var result = InProcessCli.Run("explain", typed);

        Assert.Equal(new CliResult(2, "",
            $"reportgen: '{typed}' is not a diagnostic code of ReportGen; codes run from RG001 to {DiagnosticCatalogue.All[^1].Code}.\n" +
            "docs/diagnostics.md lists them all.\n"), result);
    }
}
