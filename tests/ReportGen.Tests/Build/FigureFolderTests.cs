using System.Diagnostics;

namespace ReportGen.Tests.Build;

public class FigureFolderTests
{
    [Fact]
    public void Build_RemovesTheFigureFolderOfAKilledBuild_AndKeepsThoseOfRunningOnes()
    {
        var endedPid = PidOfAnEndedProcess();
        var ofKilledBuild = Path.Combine(Path.GetTempPath(), $"reportgen-figure-{endedPid}-{Guid.NewGuid():N}");
        var ofRunningBuild = Path.Combine(Path.GetTempPath(), $"reportgen-figure-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(ofKilledBuild);
        Directory.CreateDirectory(ofRunningBuild);
        try
        {
            var build = BuiltReview.Build(RepoPaths.Data, RepoPaths.Templates);

            Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
            Assert.False(Directory.Exists(ofKilledBuild));
            Assert.True(Directory.Exists(ofRunningBuild));
        }
        finally
        {
            foreach (var folder in new[] { ofKilledBuild, ofRunningBuild })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static int PidOfAnEndedProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
