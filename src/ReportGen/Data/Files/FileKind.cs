using System.Runtime.InteropServices;

namespace ReportGen.Data.Files;

/// <summary>What a path names once its links are followed; only a regular file may be read as input.</summary>
internal enum FileKind { Missing, Regular, Directory, Other, Unknown }

/// <summary>
/// .NET shows a FIFO, a device such as /dev/zero and a socket as ordinary files of length 0, and opening a FIFO
/// blocks until something writes to it; so the type comes from statx(2), whose layout is the same on every Linux
/// architecture. Elsewhere (or with a C library that lacks statx) the kind is Unknown and callers fall back to the length.
/// </summary>
internal static class FileKinds
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeMask = 0x1;         // STATX_TYPE
    private const int ModeOffset = 28;         // struct statx: stx_mode follows mask, blksize, attributes, nlink, uid, gid
    private const int TypeBits = 0xF000, RegularBits = 0x8000, DirectoryBits = 0x4000;

    public static FileKind Of(string path)
    {
        if (!File.Exists(path)) return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
        if (!OperatingSystem.IsLinux()) return FileKind.Unknown;
        try
        {
            var buffer = new byte[256];
            if (Statx(CurrentDirectory, path, 0, TypeMask, buffer) != 0) return FileKind.Unknown;
            return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeBits) switch
            {
                RegularBits => FileKind.Regular,
                DirectoryBits => FileKind.Directory,
                _ => FileKind.Other,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }
    }

    /// <summary>
    /// The inode number of the file <paramref name="path"/> names (not following a final link), or of the open file
    /// <paramref name="handle"/> when the path is null; null where statx is not available.
    /// </summary>
    public static ulong? Inode(string? path, Microsoft.Win32.SafeHandles.SafeFileHandle? handle = null)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var buffer = new byte[256];
            var result = handle is null
                ? Statx(CurrentDirectory, path!, NoFollow, InodeMask, buffer)
                : Statx((int)handle.DangerousGetHandle(), "", EmptyPath, InodeMask, buffer);
            return result == 0 ? BitConverter.ToUInt64(buffer, InodeOffset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const uint InodeMask = 0x100;  // STATX_INO
    private const int InodeOffset = 32;    // stx_ino follows stx_mode and two bytes of padding
    private const int NoFollow = 0x100;    // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000;  // AT_EMPTY_PATH: the file is the descriptor itself

    [DllImport("libc.so.6", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
