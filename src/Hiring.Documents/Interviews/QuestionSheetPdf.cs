using Hiring.Documents.Layout;

namespace Hiring.Documents.Interviews;

/// <summary>Printable interview question sheets: one section per candidate, each question kept whole on a page.</summary>
public static class QuestionSheetPdf
{
    public static byte[] Render(QuestionSheetModel model)
    {
        using var language = Words.Use(model.Language);
        return Build(model).ToPdf();
    }

    public static void Render(QuestionSheetModel model, Stream output)
    {
        using var language = Words.Use(model.Language);
        Build(model).WritePdf(output);
    }

    /// <summary>The document in the current UI culture's words (<see cref="Render(QuestionSheetModel)"/> sets it to the model's language).</summary>
    public static Document Build(QuestionSheetModel model)
    {
        var info = new DocumentInfo(Words.F("Interview question sheets: {0}", model.PostTitle), model.Organisation,
            model.IsBlankKit ? Words.F("{0}, blank kit", model.KitName) : Words.F("{0}, {1} candidate(s)", model.KitName, model.Candidates.Count),
            model.GeneratedAt, Words.T("interview, question sheet"), model.Language);
        var document = new Document(info);
        // A blank kit is one sheet with the candidate left to write in.
        var sheets = model.IsBlankKit ? [null] : model.Candidates.Select(c => (SheetCandidate?)c);
        foreach (var candidate in sheets)
            document.Add(new Section(Sheet(model, candidate), _ => Header(model, candidate), page => Footer(model, page)));
        return document;
    }

    private static Element Sheet(QuestionSheetModel model, SheetCandidate? candidate)
    {
        var at = candidate?.InterviewAt;
        var column = new Column(10)
        {
            new Text(Words.T("Interview question sheet"), TextStyle.Body.WithSize(16).Bold()),
            new Column(4)
            {
                new Row(16).Relative(1, SheetParts.Field(Words.T("Candidate"), candidate?.Name)).Relative(1, SheetParts.Field(Words.T("Post"), model.PostTitle, 40)),
                new Row(16).Relative(1, SheetParts.Field(Words.T("Date and time"), at)).Relative(1, SheetParts.Field(Words.T("Interviewer"), candidate?.Interviewer, 55)),
                candidate?.Reference is { } reference ? SheetParts.Field(Words.T("Reference"), reference) : null,
            },
            new Text(Words.F("{0}. Ask each question, then the probes as needed. Note what the candidate did, not impressions; rate each answer 1 to 5 against the guide.",
                model.KitName), SheetParts.Small),
        };
        for (var i = 0; i < model.Questions.Count; i++) column.Add(Question(i + 1, model.Questions[i]));
        column.Add(Overall());
        return column;
    }

    private static Element Question(int number, SheetQuestion q)
    {
        var kind = q.Behavioural ? Words.T("Behavioural: ask for one real past example") : Words.T("Situational or general");
        var body = new Column(4)
        {
            new Text([new Span(Words.F("Q{0}. ", number), SheetParts.Body.Bold()), new Span(q.Text, SheetParts.Body.Bold()),
                      new Span($"  ({q.Competency})", SheetParts.Small)]),
            new Text([new Span(kind, SheetParts.Guide.Bold().WithColor(SheetParts.Accent)),
                      new Span(q.Probing is { } weak ? Words.F(" · probes a weak area from the tests: {0}", weak) : "", SheetParts.Guide.WithColor(SheetParts.Accent))]),
        };
        if (q.Probes.Count > 0)
            body.Add(new Text(string.Join("\n", q.Probes.Select(p => $"• {p}")), SheetParts.Guide));
        // The rating guide is read mid-interview, so it is set no smaller than 9 pt.
        body.Add(new Column(2)
        {
            new Text([new Span(Words.T("5 Strong: "), SheetParts.Guide.Bold()), new Span(q.Strong, SheetParts.Guide)]),
            new Text([new Span(Words.T("3 Acceptable: "), SheetParts.Guide.Bold()), new Span(q.Acceptable, SheetParts.Guide)]),
            new Text([new Span(Words.T("1 Weak: "), SheetParts.Guide.Bold()), new Span(q.Weak, SheetParts.Guide)]),
        });
        body.Add(SheetParts.WritingSpace(Words.T("Notes"), SheetParts.FourCentimetres));
        body.Add(SheetParts.RatingBoxes(Words.F("Rating for Q{0}", number)));
        return body.Padding(8, 7).Border(SheetParts.Faint).KeepTogether();
    }

    private static Element Overall() => new Column(6)
    {
        new Text(Words.T("Overall recommendation"), TextStyle.Body.WithSize(11).Bold()),
        new Row(10)
            .Relative(1, SheetParts.TickBox(Words.T("Strong yes"))).Relative(1, SheetParts.TickBox(Words.T("Yes")))
            .Relative(1, SheetParts.TickBox(Words.T("No"))).Relative(1, SheetParts.TickBox(Words.T("Strong no"))),
        SheetParts.WritingSpace(Words.T("Reasons, in one or two sentences"), 55),
        new Row(16).Relative(3, SheetParts.Field(Words.T("Signature"), null, 50)).Relative(2, SheetParts.Field(Words.T("Date"), null, 30)),
    }.Padding(8, 7).Border(SheetParts.Ink).KeepTogether();

    private static Element Header(QuestionSheetModel model, SheetCandidate? candidate) => new Column
    {
        new Row(12)
            .Relative(3, new Text($"{candidate?.Name ?? Words.T("Walk-in candidate")} · {model.PostTitle}", SheetParts.Small))
            .Relative(1, new Text(model.Organisation, SheetParts.Small, TextAlign.Right)),
        new Rule(SheetParts.Faint, 0.5f, 1),
    };

    private static Element Footer(QuestionSheetModel model, PageInfo page) => new Column
    {
        new Rule(SheetParts.Faint, 0.5f, 2),
        new Row(12)
            .Relative(1, new Text(Words.T("Confidential interview record: return it to the recruiter after the interview."), SheetParts.Small))
            .Fixed(70, new Text(Words.F("Page {0} of {1}", page.SectionNumber, page.SectionTotal), SheetParts.Small, TextAlign.Right)),
    };
}
