namespace Hiring.Core.Assessments.Typing;

/// <summary>What a typing speed counts. English is counted in words per minute (5 characters a word) from the keys
/// pressed; Chinese is typed through an input method, whose keys (pinyin letters, candidate numbers) are not the text,
/// so it is counted in characters per minute (字/分钟) of the text the input method committed.</summary>
public enum TypingUnit
{
    Words,
    Characters,
}

public static class TypingUnits
{
    /// <summary>Characters that make one unit of speed: 5 for a word, 1 for a Chinese character.</summary>
    public static int CharactersPer(TypingUnit unit) => unit == TypingUnit.Characters ? 1 : 5;

    /// <summary>Chinese passages are counted in characters, every other language in words.</summary>
    public static TypingUnit ForLanguage(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? TypingUnit.Characters : TypingUnit.Words;
}
