using System.Runtime.InteropServices;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// Cuts a font down to the code points a document uses. SkiaSharp's native build has no PDF font
/// subsetter, so without this every PDF embeds whole font files (hundreds of KiB each).
/// libHarfBuzzSharp (from HarfBuzzSharp.NativeAssets.Linux) exports HarfBuzz's subsetter, which
/// the managed HarfBuzzSharp API does not wrap: we call it directly.
/// </summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Lib = "libHarfBuzzSharp";
    // HB_SUBSET_FLAGS_NO_HINTING: PDF viewers do not use TrueType hinting; dropping it halves the subset.
    private const uint NoHinting = 0x1;
    private const int DropTableSet = 3; // HB_SUBSET_SETS_DROP_TABLE_TAG
    // Only HarfBuzz shaping reads these; Skia draws and PDF viewers show glyphs without them.
    private static readonly uint[] LayoutTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("MATH"), Tag("kern")];

    /// <summary>Returns a standalone font file holding only <paramref name="codePoints"/> (plus .notdef);
    /// without <paramref name="keepLayout"/>, also without the layout tables only shaping needs.</summary>
    public static byte[] Subset(IntPtr face, IEnumerable<int> codePoints, bool keepLayout = true)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        try
        {
            hb_subset_input_set_flags(input, NoHinting);
            if (!keepLayout)
            {
                var dropped = hb_subset_input_set(input, DropTableSet);
                foreach (var tag in LayoutTables) hb_set_add(dropped, tag);
            }
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(unicodes, (uint)cp);
            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not subset the font.");
            try { return CopyBlob(hb_face_reference_blob(subset)); }
            finally { hb_face_destroy(subset); }
        }
        finally { hb_subset_input_destroy(input); }
    }

    /// <summary>Opens face <paramref name="index"/> of a font file (a .ttc holds several). Kept for the process.</summary>
    public static IntPtr OpenFace(string path, int index)
    {
        var blob = hb_blob_create_from_file_or_fail(path);
        if (blob == IntPtr.Zero) throw new FileNotFoundException("HarfBuzz could not read the font file.", path);
        var face = hb_face_create(blob, (uint)index);
        hb_blob_destroy(blob); // the face keeps its own reference
        return face;
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    private static byte[] CopyBlob(IntPtr blob)
    {
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally { hb_blob_destroy(blob); }
    }

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr hb_blob_create_from_file_or_fail(string fileName);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Lib)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Lib)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Lib)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);
    [LibraryImport(Lib)] private static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
}
