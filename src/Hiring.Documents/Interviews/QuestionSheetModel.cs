namespace Hiring.Documents.Interviews;

/// <summary>
/// Question sheets for one post's interview kit: one sheet per candidate in a single PDF, or a blank
/// kit (no candidates) for walk-ins, with lines to write the candidate in. The sheet's own words are drawn in
/// <paramref name="Language"/> (BCP 47), the interviewer's language; the questions are the kit's, in the post's language.
/// </summary>
public sealed record QuestionSheetModel(
    string KitName,
    string PostTitle,
    IReadOnlyList<SheetQuestion> Questions,
    IReadOnlyList<SheetCandidate> Candidates,
    DateTimeOffset GeneratedAt,
    string Organisation = "Hiring",
    string Language = "en")
{
    public bool IsBlankKit => Candidates.Count == 0;

    public static QuestionSheetModel BlankKit(string kitName, string postTitle, IReadOnlyList<SheetQuestion> questions, DateTimeOffset generatedAt,
        string language = "en") =>
        new(kitName, postTitle, questions, [], generatedAt, Language: language);
}

/// <summary>Who a sheet is for; <paramref name="InterviewAt"/> is already written in the centre's time zone, with the zone named.</summary>
public sealed record SheetCandidate(string Name, string? Reference = null, string? InterviewAt = null, string? Interviewer = null);

/// <summary>
/// A kit question with its follow-up probes and the rating guide in brief. <paramref name="Behavioural"/>: it asks for a
/// past example ("tell me about a time…"); <paramref name="Probing"/>: the competency the candidate's tests found weakest
/// that this question was chosen to probe, in words (with the score), if any.
/// </summary>
public sealed record SheetQuestion(string Text, string Competency, IReadOnlyList<string> Probes, string Strong, string Acceptable, string Weak,
    bool Behavioural = false, string? Probing = null);
