using System.Runtime.InteropServices;

namespace ReportGen.IO;

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

    [DllImport("libc.so.6", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
