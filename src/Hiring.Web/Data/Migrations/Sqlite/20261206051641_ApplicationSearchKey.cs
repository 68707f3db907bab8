using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationSearchKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Applications",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Key what is already held (see SearchKeyBackfill): start-up then only keys the accented rest.
            migrationBuilder.Sql(SearchKeyBackfill.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SearchKey",
                table: "Applications",
                column: "SearchKey");
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
        }
    }
}
