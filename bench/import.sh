#!/usr/bin/env bash
# Times `Byline import wordpress` on a generated export: POSTS posts (default 10,000) with comments, categories, tags and
# authors, into a fresh SQLite data folder, with the Release build. Reports wall time and peak memory (max RSS).
#
#   bench/import.sh                 # 10,000 posts
#   POSTS=100000 bench/import.sh    # a larger file, to see that memory stays flat
#
# Writes bench/results/import.md (or $OUTPUT) and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS=${POSTS:-10000}
OUTPUT=${OUTPUT:-bench/results/import.md}

work=$(mktemp -d /tmp/byline-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "bench: writing an export of $POSTS posts" >&2
python3 - "$POSTS" > "$work/export.xml" <<'PY'
import random, sys
posts = int(sys.argv[1])
rnd = random.Random(7)
places = ["Larkhaven", "Gullstone", "Saltmere", "the old quay", "Kåre Street", "the fish market", "Tarry Point", "the lighthouse"]
topics = ["ferries", "tides", "the harbour wall", "the lantern parade", "the council budget", "school buses", "the fish price", "the new bridge"]
words = ("the council said residents asked about plans for a new timetable while traders welcomed the change and "
         "critics questioned the cost of repairs to the quay before winter storms arrived over the bay").split()
def sentence(n):
    return " ".join(rnd.choice(words) for _ in range(n)).capitalize() + "."
w = sys.stdout.write
w('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
  '<title>Generated Ledger</title><link>https://bench.larkhaven.example</link><wp:wxr_version>1.2</wp:wxr_version>\n'
  '<wp:base_site_url>https://bench.larkhaven.example</wp:base_site_url>\n')
for a in range(10):
    w(f'<wp:author><wp:author_login><![CDATA[reporter{a}]]></wp:author_login><wp:author_display_name><![CDATA[Reporter {a}]]></wp:author_display_name></wp:author>\n')
for c in range(8):
    w(f'<wp:category><wp:category_nicename><![CDATA[beat-{c}]]></wp:category_nicename><wp:cat_name><![CDATA[Beat {c}]]></wp:cat_name></wp:category>\n')
for t in range(20):
    w(f'<wp:tag><wp:tag_slug><![CDATA[topic-{t}]]></wp:tag_slug><wp:tag_name><![CDATA[Topic {t}]]></wp:tag_name></wp:tag>\n')
cid = 1
for p in range(1, posts + 1):
    place, topic = rnd.choice(places), rnd.choice(topics)
    day = f"20{10 + p % 15:02d}-{1 + p % 12:02d}-{1 + p % 28:02d} {p % 24:02d}:{p % 60:02d}:00"
    body = "".join(f"<!-- wp:paragraph --><p>{sentence(rnd.randint(15, 30))} {sentence(rnd.randint(10, 25))}</p><!-- /wp:paragraph -->\n" for _ in range(rnd.randint(4, 10)))
    body += f"<h2>What happens next</h2>\n<ul><li>{sentence(6)}</li><li>{sentence(8)}</li></ul>\n<p>More on <a href=\"https://bench.larkhaven.example/{topic.replace(' ', '-')}\">{topic}</a>.</p>\n[caption]<img src=\"https://bench.larkhaven.example/wp-content/uploads/x.jpg\" alt=\"{place}\"> {place}[/caption]"
    w(f'<item><title><![CDATA[{topic.capitalize()} in {place}: update {p}]]></title>'
      f'<link>https://bench.larkhaven.example/{day[:4]}/{day[5:7]}/story-{p}/</link><dc:creator><![CDATA[reporter{p % 10}]]></dc:creator>'
      f'<content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[{sentence(12)}]]></excerpt:encoded>'
      f'<wp:post_id>{p}</wp:post_id><wp:post_date_gmt><![CDATA[{day}]]></wp:post_date_gmt><wp:post_name><![CDATA[story-{p}]]></wp:post_name>'
      f'<wp:status><![CDATA[{"publish" if p % 10 else "draft"}]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>'
      f'<category domain="category" nicename="beat-{p % 8}"><![CDATA[Beat {p % 8}]]></category>'
      f'<category domain="post_tag" nicename="topic-{p % 20}"><![CDATA[Topic {p % 20}]]></category>')
    for k in range(p % 3):
        w(f'<wp:comment><wp:comment_id>{cid}</wp:comment_id><wp:comment_author><![CDATA[Reader {cid % 97}]]></wp:comment_author>'
          f'<wp:comment_author_email><![CDATA[reader{cid % 97}@mail.example]]></wp:comment_author_email><wp:comment_date_gmt><![CDATA[{day}]]></wp:comment_date_gmt>'
          f'<wp:comment_content><![CDATA[{sentence(14)}]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved>'
          f'<wp:comment_parent>{cid - 1 if k else 0}</wp:comment_parent></wp:comment>')
        cid += 1
    w('</item>\n')
w('</channel>\n</rss>\n')
PY
size=$(du -h "$work/export.xml" | cut -f1)

echo "bench: building Byline in Release" >&2
dotnet build -c Release src/Byline -v quiet -nologo >/dev/null
dll=src/Byline/bin/Release/net10.0/Byline.dll

echo "bench: importing" >&2
export Byline__DataPath="$work/data" Byline__SampleContent=false
dotnet "$dll" migrate >/dev/null
load=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -f '%e %M %U %S' -o "$work/time" dotnet "$dll" import wordpress "$work/export.xml" --report "$work/report.md" >/dev/null 2>"$work/stderr" || {
  cat "$work/stderr" >&2
  exit 1
}
read -r seconds max_kb user_s sys_s < "$work/time"
cpu=$(echo "$user_s + $sys_s" | bc)
stories=$(grep '^| posts' "$work/report.md" | awk -F'|' '{gsub(/ /, "", $3); print $3}')
comments=$(grep '^| comments' "$work/report.md" | awk -F'|' '{gsub(/ /, "", $3); print $3}')

mkdir -p "$(dirname "$OUTPUT")"
cat > "$OUTPUT" <<MD
# WordPress import benchmark

$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, SQLite, Release build; \`bench/import.sh\` with POSTS=$POSTS.

| export | stories imported | comments imported | wall time | CPU time (user + sys) | peak memory (max RSS) | load average at start |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| $POSTS posts, $size | $stories | $comments | ${seconds} s | ${cpu} s | $((max_kb / 1024)) MB | $load |

The time includes starting the process (the database was made by \`Byline migrate\` first). On a shared machine the
wall time depends on the load average; the CPU time is what the import itself costs.
MD
cat "$OUTPUT"
