namespace Hiring.Web.Privacy;

/// <summary>The README.txt inside a candidate's export: what each file holds.</summary>
public static class ExportReadme
{
    public const string Text = """
        Your data held by Hiring
        ========================

        This archive holds all the personal data Hiring keeps about you, as of the moment you downloaded it.

        profile.json       Your account (e-mail, name, phone, when it was made, whether two-step sign-in is on)
                           and the profile you gave with each application (name, phone, location, languages).
        applications.json  Every application: the post, its stage now, the history of stage moves with dates
                           and reasons, your screening and custom-question answers, the date you consented,
                           the composite test score if there is one, and the recruiters' tags and notes about
                           you (the notes without the names of the staff who wrote them), and any adjustment
                           to the tests you asked for: what, your note, and the decision with its reason.
        cvs/               The CV file you sent with each application, under a safe version of its name.
        tests.json         Every test you started: when, how it ended, your score (raw, percent, pass or not),
                           the score per competency, typing and reading figures, the integrity counters the
                           recruiters see (leaving the page, pasting, outages), and every answer you gave.
        interviews.json    Every interview booked with you: when, where or the video link, and whether it was
                           cancelled; and the interviewers' scorecards about you: the rating (1-5) and notes for
                           each question asked, the overall recommendation and notes, drafts included (without
                           the interviewers' names).
        mails.json         Every e-mail we sent you or queued for you: subject, text, status, dates.

        Not included: the names of other people (interviewers and recruiters too), the answer keys, scoring
        rules and per-question marks of the tests (the marks beside your answers would give the keys away),
        and the rating guides of the interview questions.
        Dates are UTC. To have your data erased, use "Ask us to erase your data" on your privacy page.
        """;
}
