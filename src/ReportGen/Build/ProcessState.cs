using System.Diagnostics;

namespace ReportGen.Build;

/// <summary>Whether the process that named a temporary folder is still alive (its folder may then not be touched).</summary>
internal static class ProcessState
{
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try { using var process = Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
    }
}
