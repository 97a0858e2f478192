using System.Runtime.InteropServices;

namespace CertLang.Semantics.Sources;

/// <summary>
/// The Linux <c>statx</c> call, the one way to learn a file's type (FIFO, device, …) without opening it: .NET tells a
/// FIFO from an empty regular file by no public means. Its buffer has the same layout on every architecture.
/// </summary>
internal static class Statx
{
    private const int CurrentFolder = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint BasicFields = 0x7FF;
    private const int NotPermitted = 1;
    private const int NoSuchFile = 2;
    private const int NotAFolder = 20;
    private const int NotImplemented = 38;
    private const uint TypeMask = 0xF000;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The facts about <paramref name="path"/>, or null when <c>statx</c> cannot be used here.</summary>
    public static FileFacts? TryGet(string path, bool followLinks)
    {
        if (_unavailable)
        {
            return null;
        }

        int result;
        Buffer buffer;
        try
        {
            result = Call(CurrentFolder, path, followLinks ? 0 : DoNotFollowLinks, BasicFields, out buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        if (result != 0)
        {
            // A sandbox that forbids the call answers "not permitted" or "not implemented" for every path; any other
            // failure (no access, a loop of links) is left to the caller's open, whose message says what went wrong.
            var error = Marshal.GetLastPInvokeError();
            _unavailable = error is NotPermitted or NotImplemented;
            return error is NoSuchFile or NotAFolder ? new FileFacts(FileKind.Missing, 0, 0, null, null) : null;
        }

        return new FileFacts(KindOf(buffer.Mode), (long)buffer.Size, buffer.LinkCount, buffer.Owner, buffer.Group);
    }

    private static FileKind KindOf(ushort mode) => (mode & TypeMask) switch
    {
        0x8000 => FileKind.RegularFile,
        0x4000 => FileKind.Folder,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Socket,
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Call(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Buffer buffer);

    /// <summary>The fields of <c>struct statx</c> that are read; the kernel fills 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Buffer
    {
        [FieldOffset(16)] public uint LinkCount;
        [FieldOffset(20)] public uint Owner;
        [FieldOffset(24)] public uint Group;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
    }
}
