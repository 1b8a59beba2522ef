using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoryTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Revisions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PendingCopies",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Articles",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PendingCopies");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Articles");
        }
    }
}
