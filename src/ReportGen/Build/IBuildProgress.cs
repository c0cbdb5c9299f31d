namespace ReportGen.Build;

/// <summary>
/// Told what a build is doing, so that a front end can show progress on a long build. The documents are written
/// side by side, so calls come from several threads at once. The library itself never prints anything.
/// </summary>
public interface IBuildProgress
{
    /// <summary>A step begins: "reading data", "templates", "figure", or the name of an output file.</summary>
    void Started(string stepName);

    /// <summary>A PDF being laid out has drawn <paramref name="pages"/> pages so far.</summary>
    void Pages(string stepName, int pages);

    void Finished(string stepName);
}

/// <summary>The progress of a build nobody watches.</summary>
public sealed class NoBuildProgress : IBuildProgress
{
    public static readonly NoBuildProgress Instance = new();

    public void Started(string stepName) { }
    public void Pages(string stepName, int pages) { }
    public void Finished(string stepName) { }
}
