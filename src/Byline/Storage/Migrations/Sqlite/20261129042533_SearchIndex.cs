using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The full-text index of published stories (see Search/SqliteArticleSearch): an FTS5 table keyed by story id, and a
    /// narrow table of what filters and ranking read per match. Neither is part of the EF model: the index is written with
    /// SQL by the search code, in the same transaction as the change it follows. DatabaseMigrator fills it for stories
    /// published before this migration.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    headline, standfirst, body, tags, section, authors,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TABLE ArticleSearchFacts (
                    ArticleId INTEGER NOT NULL PRIMARY KEY,
                    SectionId INTEGER NOT NULL,
                    PublishedAt INTEGER NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearchFacts;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
