using ReportGen.Tests.Build;

namespace ReportGen.Tests.Prisma;

/// <summary>Paths of the PRISMA test files and of the shipped template.</summary>
internal static class PrismaFiles
{
    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Prisma", name);

    public static string ShippedTemplate => Path.Combine(RepoPaths.Root, "templates", "prisma.sbn");

    /// <summary>Writes <paramref name="text"/> to a fresh temporary file with the given extension.</summary>
    public static string Temp(string text, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-prisma-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
