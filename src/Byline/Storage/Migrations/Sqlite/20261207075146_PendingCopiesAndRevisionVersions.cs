using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingCopiesAndRevisionVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CommentsOpen",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PendingCopies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Standfirst = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeoTitle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SeoDescription = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FeaturedImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommentsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingCopies_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingCopies_ArticleId_UserId",
                table: "PendingCopies",
                columns: new[] { "ArticleId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingCopies");

            migrationBuilder.DropColumn(
                name: "CommentsOpen",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Revisions");
        }
    }
}
