using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationSearchKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Applications",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Key what is already held (see SearchKeyBackfill): start-up then only keys the accented rest.
            migrationBuilder.Sql(SearchKeyBackfill.Postgres);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SearchKey",
                table: "Applications",
                column: "SearchKey")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_SearchKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "Applications");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
