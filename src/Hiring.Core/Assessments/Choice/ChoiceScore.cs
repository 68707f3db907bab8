namespace Hiring.Core.Assessments.Choice;

/// <summary>Multiple-choice items (literacy, reading questions): one point when the chosen option is the keyed one.</summary>
public static class ChoiceScore
{
    public static int Item(string? correctOptionId, string? chosen) =>
        chosen is not null && chosen == correctOptionId ? 1 : 0;
}
