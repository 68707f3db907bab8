using System.IO.Compression;
using System.Net;
using Hiring.Web.Recruiting;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Candidate.Applying;

namespace Hiring.Web.Tests.Privacy;

public abstract class UploadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Docx_archive_bomb_is_refused_and_stores_nothing()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        var bomb = Docx(bombBytes: 1L << 30);
        Assert.True(bomb.Length < CvStore.MaxBytes); // small enough to pass the size check: only the archive check stops it

        var response = await ApplyAsync(client, post.Id, fileName: "cv.docx", cv: bomb);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not a PDF", await TextOfAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
    }

    [Fact]
    public void Ordinary_docx_is_accepted_and_one_with_too_many_parts_is_not()
    {
        Assert.Equal(CvStore.Docx, CvStore.Detect(Docx()));
        Assert.Null(CvStore.Detect(Docx(extraEntries: CvStore.MaxDocxEntries)));
    }

    [Fact]
    public async Task Uploaded_file_name_is_never_used_as_a_path()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(client, post.Id, fileName: "../../x.pdf")).StatusCode);

        var a = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(x => x.PostId == post.Id));
        Assert.Equal("x.pdf", a.CvFileName);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", a.CvStoredName);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "cvs", a.CvStoredName!)));
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "x.pdf")));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(app.DataFolder, "cvs", "../../x.pdf"))));
    }

    [Fact]
    public async Task A_six_megabyte_cv_gets_the_size_message_and_the_form_keeps_its_input()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);

        var response = await ApplyAsync(client, post.Id, new() { ["Input.Location"] = "Wakefield" }, cv: [.. Pdf, .. new byte[6 * 1024 * 1024]]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("larger than the 5 MB limit", page.Body!.TextContent);
        Assert.Equal("Wakefield", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='Input.Location']")!).Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
    }

    [Fact]
    public async Task Body_far_over_the_limit_is_cut_off_while_read()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);

        var response = await ApplyAsync(client, post.Id, cv: [.. Pdf, .. new byte[CvStore.MaxRequestBytes]]);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
    }

    /// <summary>A .docx made in memory; with <paramref name="bombBytes"/> it carries an entry of that many zeros (deflated to ~1/1000).</summary>
    private static byte[] Docx(long bombBytes = 0, int extraEntries = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) w.Write("<w:document/>");
            for (var i = 0; i < extraEntries; i++) zip.CreateEntry($"word/media/p{i}.xml");
            if (bombBytes > 0)
            {
                using var entry = zip.CreateEntry("word/zeros.bin", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1 << 20];
                for (long written = 0; written < bombBytes; written += zeros.Length) entry.Write(zeros);
            }
        }
        return buffer.ToArray();
    }
}

public class UploadTests_Sqlite(RecruitingSqliteApp app) : UploadTests<RecruitingSqliteApp>(app);
public class UploadTests_Postgres(RecruitingPostgresApp app) : UploadTests<RecruitingPostgresApp>(app);
