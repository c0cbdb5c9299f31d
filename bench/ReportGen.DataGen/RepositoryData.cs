namespace ReportGen.DataGen;

/// <summary>The repository (the folder holding ReportGen.sln), found above the working directory or the program's folder.</summary>
public static class RepositoryData
{
    public static string Root { get; } =
        FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("ReportGen.sln not found above the working directory; pass --data.");

    public static string Data => Path.Combine(Root, "data");
    public static string Templates => Path.Combine(Root, "templates");

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        return null;
    }
}
