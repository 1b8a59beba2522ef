// The live word count and reading time under the body (ported from the old editor.js): words / 238 a minute, rounded
// up, at least one minute. Counted from the Markdown, without code, image addresses, link addresses and HTML tags.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function countWords(markdown) {
  const text = markdown.replace(/```[\s\S]*?```/g, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, " ");
  const matches = text.match(wordPattern);
  return matches ? matches.length : 0;
}

export function describeCount(words, wordsPerMinute) {
  return words === 0
    ? "No words yet"
    : `${words.toLocaleString()} ${words === 1 ? "word" : "words"} · ${Math.max(1, Math.ceil(words / wordsPerMinute))} min read`;
}

/** Keeps #body-count current from the textarea's Markdown. */
export function followWordCount(textarea) {
  const count = document.getElementById("body-count");
  if (!count) return () => {};
  const perMinute = Number(count.dataset.wordsPerMinute) || 238;
  const show = () => { count.textContent = describeCount(countWords(textarea.value), perMinute); };
  textarea.addEventListener("input", show);
  textarea.addEventListener("byline:body-replaced", show);
  show();
  return show;
}
