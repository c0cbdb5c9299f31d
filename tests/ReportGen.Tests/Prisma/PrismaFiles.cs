using ReportGen.Tests.Build;

namespace ReportGen.Tests.Prisma;

/// <summary>Paths of the PRISMA test files and of the shipped template.</summary>
internal static class PrismaFiles
{
    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Prisma", name);

    public static string ShippedTemplate => Path.Combine(RepoPaths.Root, "templates", "prisma.sbn");

    /// <summary>
    /// Writes <paramref name="text"/> to a fresh file with the given extension, in one folder for the test run that is
    /// deleted when the process exits: the tests that read these files return their paths in diagnostics, so the files
    /// must outlive each call.
    /// </summary>
    public static string Temp(string text, string extension = ".csv")
    {
        var path = Path.Combine(TempFolder.Value, $"{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly Lazy<string> TempFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-prisma-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });
}
