using System.Runtime.InteropServices;

namespace ReportGen.Rendering.Text;

/// <summary>
/// Cuts a font file down to the glyphs of the given characters with HarfBuzz's subsetter, which keeps what shaping
/// needs (kerning, and the glyphs that substitutions reach). Skia's PDF backend subsets embedded fonts only when
/// built with hb-subset, and SkiaSharp's native library is not (it exports no hb_subset functions), so every face
/// went into the PDF whole, about 200 KB compressed each. HarfBuzzSharp's native library does export hb-subset;
/// its managed API does not wrap it, hence the imports here.
/// </summary>
internal static class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";

    /// <summary>The subset font file, or null when it cannot be made (the caller then uses the whole font).</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<int> characters)
    {
        try
        {
            return SubsetOrNull(font, characters);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static byte[]? SubsetOrNull(byte[] font, IEnumerable<int> characters)
    {
        // Duplicate mode: HarfBuzz copies the bytes, so nothing managed has to stay pinned while it works. (A blob from
        // HarfBuzzSharp's Blob.FromStream crashed in glyf subsetting about one run in three with four PDFs written at once.)
        var handle = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob;
        try
        {
            blob = hb_blob_create(handle.AddrOfPinnedObject(), (uint)font.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        }
        finally
        {
            handle.Free();
        }
        var face = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
        try
        {
            return SubsetFace(face, characters);
        }
        finally
        {
            hb_face_destroy(face);
        }
    }

    private static byte[]? SubsetFace(IntPtr face, IEnumerable<int> characters)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var character in characters) hb_set_add(unicodes, (uint)character);
            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                var data = hb_face_reference_blob(subset);
                try
                {
                    var pointer = hb_blob_get_data(data, out var length);
                    if (pointer == IntPtr.Zero || length == 0) return null;
                    var bytes = new byte[length];
                    Marshal.Copy(pointer, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(data);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private const int MemoryModeDuplicate = 0;

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);
}
