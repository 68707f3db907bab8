namespace Hiring.Web.Localization;

/// <summary>
/// Date formats as each language writes them: "5 December 2026" / "2026年12月5日". Pass them to
/// ToString, which formats with the request's culture (month names in English, digits in Chinese).
/// </summary>
public static class Dates
{
    public static string Long => Cultures.IsChinese ? "yyyy年M月d日" : "d MMMM yyyy";
    public static string Short => Cultures.IsChinese ? "yyyy年M月d日" : "d MMM yyyy";
    public static string LongWithDayAndTime => Cultures.IsChinese ? "yyyy年M月d日 dddd HH:mm" : "dddd d MMMM yyyy, HH:mm";
    public static string LongWithTime => Cultures.IsChinese ? "yyyy年M月d日 HH:mm" : "d MMMM yyyy HH:mm";
    public static string ShortWithTime => Cultures.IsChinese ? "yyyy年M月d日 HH:mm" : "d MMM yyyy HH:mm";
    public static string DayAndTime => Cultures.IsChinese ? "M月d日 HH:mm" : "d MMM HH:mm";
}
