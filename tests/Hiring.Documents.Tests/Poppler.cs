using System.Diagnostics;

namespace Hiring.Documents.Tests;

/// <summary>Reads PDFs back with Debian's poppler-utils (tests/run.sh installs them): what pdftotext
/// extracts and which fonts pdffonts lists, as a user's tools would see them.</summary>
internal static class Poppler
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-enc UTF-8 {0} -");

    /// <summary>pdffonts' table rows: name, type, encoding, emb, sub, uni, object, generation.</summary>
    public static IReadOnlyList<string> Fonts(byte[] pdf) =>
        Run("pdffonts", pdf, "{0}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    /// <summary>Renders one page to a PNG at <paramref name="dpi"/> and returns its path (for a look by eye).</summary>
    public static string Png(byte[] pdf, string name, int page = 1, int dpi = 110)
    {
        var output = Path.Combine(Path.GetTempPath(), name);
        Run("pdftoppm", pdf, $"-png -r {dpi} -f {page} -l {page} -singlefile {{0}} {output}");
        return output + ".png";
    }

    private static string Run(string tool, byte[] pdf, string arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hiring-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, string.Format(arguments, file))
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool}: {process.StandardError.ReadToEnd()}");
            return output;
        }
        finally { File.Delete(file); }
    }
}
