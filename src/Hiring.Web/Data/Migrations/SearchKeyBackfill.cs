namespace Hiring.Web.Data.Migrations;

/// <summary>
/// The <c>ApplicationSearchKey</c> migration keys the applications already held, in SQL, so a database of 100,000
/// does not wait on code at start-up. SQL lower-cases only as <see cref="Recruiting.ApplicationSearch.KeyFor"/> does for
/// plain ASCII, so only rows whose name, phone and e-mail are printable ASCII are keyed here; the rest (accented names)
/// are left empty for <see cref="Recruiting.SearchKeys.FillMissingAsync"/> at start-up.
/// </summary>
public static class SearchKeyBackfill
{
    public const string Sqlite = """
        UPDATE "Applications" SET "SearchKey" =
            lower("FullName") || char(10)
            || lower(coalesce((SELECT u."Email" FROM "AspNetUsers" u WHERE u."Id" = "Applications"."CandidateId"), '')) || char(10)
            || replace(replace(replace(replace(replace("Phone", ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')
        WHERE "ErasedAt" IS NULL AND "FullName" NOT GLOB '*[^ -~]*' AND "Phone" NOT GLOB '*[^ -~]*'
          AND NOT EXISTS (SELECT 1 FROM "AspNetUsers" u WHERE u."Id" = "Applications"."CandidateId" AND u."Email" GLOB '*[^ -~]*');
        """;

    public const string Postgres = """
        UPDATE "Applications" a SET "SearchKey" =
            lower(a."FullName") || chr(10) || lower(coalesce(u."Email", '')) || chr(10) || translate(a."Phone", ' -().', '')
        FROM "AspNetUsers" u
        WHERE u."Id" = a."CandidateId" AND a."ErasedAt" IS NULL
          AND a."FullName" ~ '^[ -~]*$' AND a."Phone" ~ '^[ -~]*$' AND coalesce(u."Email", '') ~ '^[ -~]*$';
        """;
}
