namespace ReportGen.Data.Files;

internal enum ReadProblem { None, Missing, OutsideFolder, NotRegular, TooLarge, Unreadable }

/// <summary>The bytes of an input file, or why it was not read (<see cref="Detail"/> is for the message).</summary>
internal sealed record InputBytes(byte[]? Bytes, ReadProblem Problem, long Length = 0, string Detail = "");

/// <summary>
/// Reads a user's input file (data or template) so that no file can hang the build, exhaust its memory or leak
/// another file's content into a message: only a regular file is opened (a FIFO would block, /dev/zero never
/// ends), a link must end inside the input's own folder, and no more than the limit is ever read, even from a
/// file that grows while it is read.
/// </summary>
internal static class InputFile
{
    public static InputBytes Read(string path, string folder, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return new InputBytes(null, Directory.Exists(path) ? ReadProblem.NotRegular : ReadProblem.Missing, Detail: "a folder");

        string? target;
        try
        {
            target = info.LinkTarget is null ? null : File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException e)
        {
            return new InputBytes(null, ReadProblem.Unreadable, Detail: e.Message);
        }
        if (target is not null && !IsInside(folder, target))
            return new InputBytes(null, ReadProblem.OutsideFolder);

        var kind = FileKinds.Of(path);
        // Without statx, a file of length 0 is not opened: a FIFO or a device shows that length, and an empty
        // regular file has nothing to read.
        if (kind == FileKind.Unknown && new FileInfo(target ?? path).Length == 0) return new InputBytes([], ReadProblem.None);
        if (kind is FileKind.Other or FileKind.Directory)
            return new InputBytes(null, ReadProblem.NotRegular, Detail: kind == FileKind.Directory ? "a folder" : "a device, pipe or socket");
        if (kind == FileKind.Missing) return new InputBytes(null, ReadProblem.Missing);

        var length = new FileInfo(target ?? path).Length;
        if (length > maxBytes) return new InputBytes(null, ReadProblem.TooLarge, length);
        try
        {
            return ReadAtMost(path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputBytes(null, ReadProblem.Unreadable, Detail: e.Message);
        }
    }

    /// <summary>Reads up to one byte past the limit, so a file that grew since its length was taken is still caught.</summary>
    private static InputBytes ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return new InputBytes(null, ReadProblem.TooLarge, buffer.Length);
        }
        return new InputBytes(buffer.ToArray(), ReadProblem.None, buffer.Length);
    }

    /// <summary>Whether <paramref name="path"/> is inside <paramref name="folder"/> (or inside the folder a link to it names).</summary>
    private static bool IsInside(string folder, string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var root in Roots(folder))
        {
            var inside = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            if (full.StartsWith(inside, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static IEnumerable<string> Roots(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder.Length == 0 ? "." : folder));
        yield return full;
        if (new DirectoryInfo(full).LinkTarget is not null
            && Directory.ResolveLinkTarget(full, returnFinalTarget: true) is { } resolved)
            yield return Path.TrimEndingDirectorySeparator(resolved.FullName);
    }
}
