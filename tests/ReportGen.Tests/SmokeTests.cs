using ReportGen.Diagnostics;

namespace ReportGen.Tests;

public class DiagnosticFormatTests
{
    [Fact]
    public void ToString_WithLineAndHint_UsesCompilerStyle()
    {
        var d = new Diagnostic("data/campaigns.csv", 3, 7, Severity.Error, "RG001", "bad", "fix it");
        Assert.Equal("data/campaigns.csv:3:7: error RG001: bad\n  hint: fix it", d.ToString());
    }
}
