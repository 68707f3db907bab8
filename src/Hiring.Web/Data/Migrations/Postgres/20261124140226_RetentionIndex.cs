using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RetentionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Applications_ErasedAt_Stage_StageChangedAt",
                table: "Applications",
                columns: new[] { "ErasedAt", "Stage", "StageChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_ErasedAt_Stage_StageChangedAt",
                table: "Applications");
        }
    }
}
