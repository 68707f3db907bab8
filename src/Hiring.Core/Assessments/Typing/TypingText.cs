namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// The one normalisation applied to both passage and typed text before comparing: line endings
/// become LF and trailing whitespace (of each line and of the text) is dropped. Everything else —
/// case, accents, punctuation, double spaces — is compared exactly, because copying a reference
/// number or a name exactly is what the test measures.
/// </summary>
public static class TypingText
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(line => line.TrimEnd())).TrimEnd();
    }
}
