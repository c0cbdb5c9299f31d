using ReportGen.Diagnostics;

namespace ReportGen.Build;

/// <summary>
/// The output folder of a build that writes one: held under its lock for the whole build, put right after a killed
/// build, and replaced, whole, only at <see cref="Commit"/>. A check build has none.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string _folder;
    private readonly OutputLock _lock;
    private OutputSet? _staged;

    private OutputTarget(string folder, OutputLock outputLock) => (_folder, _lock) = (folder, outputLock);

    /// <summary>The build's outputs, each staged on disk beside the folder as it is made (OutputSet.StagedIn); a
    /// build that fails, or is never committed, leaves nothing of them once this target is disposed.</summary>
    public OutputSet Stage() => _staged = OutputSet.StagedIn(_folder);

    /// <returns>The target, or null when another build holds the folder or it may not be replaced (both reported).</returns>
    public static OutputTarget? Open(string folder, DiagnosticBag diagnostics)
    {
        var shown = folder.TrimEnd('/', '\\');
        if (OutputLock.TryTake(folder) is not { } outputLock)
        {
            diagnostics.Error(shown, 0, 0, ReportBuilder.LockedCode,
                $"another ReportGen build is writing to {shown}/ right now (it holds {OutputLock.PathFor(folder)}).",
                "Wait for that build to finish, then build again; or give this one another --out.");
            return null;
        }
        OutputSet.RecoverInterruptedCommit(folder);
        if (OutputSet.MayReplace(folder, folder, diagnostics)) return new OutputTarget(folder, outputLock);
        outputLock.Dispose();
        return null;
    }

    /// <returns>How many files differ from the previous outputs, or null when the folder may no longer be replaced.</returns>
    public int? Commit(OutputSet outputs, DiagnosticBag diagnostics)
    {
        // Checked again: the user may have put files into the folder while the build ran.
        if (!OutputSet.MayReplace(_folder, _folder, diagnostics)) return null;
        // Compared before the swap: afterwards the previous outputs are gone.
        var changed = outputs.CountChangesFrom(_folder);
        outputs.CommitTo(_folder);
        return changed;
    }

    public void Dispose()
    {
        _staged?.Discard();
        _lock.Dispose();
    }
}
