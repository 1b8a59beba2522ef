// The reader theme's fonts (docs/decisions/0004-reader-fonts.md): the woff2 files of the faces it uses, written from the
// locked @fontsource packages to ../wwwroot/fonts/ with each family's licence. Fontsource's latin file is split in two
// by subsetting (harfbuzz, every layout feature kept): "latin-basic", the characters nearly every English page uses
// (ASCII, Latin-1's symbols, general punctuation), which the layout preloads, and "latin-accented", the accented
// letters, which a browser fetches only for a page that shows one. The basic files are about a third smaller than
// Fontsource's latin, and they are what a phone waits for before the first picture. latin-ext is copied as it is.
// A file's name carries its package's version, so a name never changes its bytes and the site may let browsers keep
// it for a year (Web/FingerprintedAssetCaching). The @font-face rules are written by hand in ../Styles/site.css; the
// build checks that they name exactly these files with these unicode-ranges, so the two cannot drift apart.
import { readFile, readdir, writeFile, mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "../wwwroot/fonts");
const stylesheet = path.resolve(here, "../Styles/site.css");

// Text in the serif: regular and its italic; headlines and bold in the serif's 600 (site.css gives it 600 to 700).
// Interface text in the sans: one variable file holds every weight.
const faces = [
  { pkg: "@fontsource/source-serif-4", family: "source-serif-4", files: ["400-normal", "400-italic", "600-normal"] },
  { pkg: "@fontsource-variable/source-sans-3", family: "source-sans-3", files: ["wght-normal"] },
];

// Each output subset: the Fontsource subset it is made from and its unicode-range (the CSS must use the same).
// basic + accented together are exactly Fontsource's latin range.
const subsets = [
  {
    name: "latin-basic",
    from: "latin",
    range: "U+0000-00BF,U+00D7,U+00F7,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  },
  {
    name: "latin-accented",
    from: "latin",
    range: "U+00C0-00D6,U+00D8-00F6,U+00F8-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329",
  },
  { name: "latin-ext", from: "latin-ext", copy: true },
];

/** The characters of a unicode-range, as subsetting text. */
function charactersOf(range) {
  let text = "";
  for (const part of range.split(",")) {
    const [first, last = first] = part.replace("U+", "").split("-").map((hex) => parseInt(hex, 16));
    for (let code = first; code <= last; code++) {
      text += String.fromCodePoint(code);
    }
  }
  return text;
}

async function wanted() {
  const out = new Map();
  for (const face of faces) {
    const root = path.join(here, "node_modules", face.pkg);
    const { version } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
    for (const subset of subsets) {
      for (const file of face.files) {
        const source = await readFile(path.join(root, "files", `${face.family}-${subset.from}-${file}.woff2`));
        const bytes = subset.copy ? source : await subsetFont(source, charactersOf(subset.range), { targetFormat: "woff2" });
        out.set(`${face.family}-v${version}-${subset.name}-${file}.woff2`, Buffer.from(bytes));
      }
    }
    out.set(`${face.family}-LICENSE.txt`, await readFile(path.join(root, "LICENSE")));
  }
  return out;
}

/** Writes the fonts (or, with check, compares them); returns the names that differ from what is committed. */
export async function copyFonts({ check }) {
  const files = await wanted();
  const stale = [];
  await mkdir(outdir, { recursive: true });
  const present = await readdir(outdir);
  for (const [name, bytes] of files) {
    const committed = await readFile(path.join(outdir, name)).catch(() => null);
    if (committed && Buffer.compare(committed, bytes) === 0) {
      continue;
    }
    if (check) {
      stale.push(`wwwroot/fonts/${name}`);
    } else {
      await writeFile(path.join(outdir, name), bytes);
      console.log(`wrote wwwroot/fonts/${name} (${bytes.length.toLocaleString("en")} bytes)`);
    }
  }
  for (const name of present.filter((n) => !files.has(n))) {
    if (check) {
      stale.push(`wwwroot/fonts/${name} (not a font the build copies)`);
    } else {
      await unlink(path.join(outdir, name));
      console.log(`removed wwwroot/fonts/${name}`);
    }
  }

  const css = await readFile(stylesheet, "utf8");
  const named = new Set([...css.matchAll(/url\(\/fonts\/([^)]+\.woff2)\)/g)].map((m) => m[1]));
  for (const rule of css.matchAll(/@font-face \{[^}]*url\(\/fonts\/([^)]+\.woff2)\)[^}]*unicode-range: ([^;]+);/g)) {
    const subset = subsets.find((s) => !s.copy && rule[1].includes(`-${s.name}-`));
    if (subset && rule[2].trim() !== subset.range) {
      stale.push(`Styles/site.css gives fonts/${rule[1]} the unicode-range ${rule[2].trim()}, not ${subset.range}`);
    }
  }
  const woff2 = [...files.keys()].filter((n) => n.endsWith(".woff2"));
  for (const name of woff2.filter((n) => !named.has(n))) {
    stale.push(`Styles/site.css has no @font-face for fonts/${name}`);
  }
  for (const name of [...named].filter((n) => !files.has(n))) {
    stale.push(`Styles/site.css names fonts/${name}, which the build does not copy`);
  }
  return stale;
}
