// The reader theme's fonts (docs/decisions/0004-reader-fonts.md): the woff2 files of the faces it uses, latin and
// latin-ext subsets only, copied from the locked @fontsource packages to ../wwwroot/fonts/ with each family's licence.
// A file's name carries its package's version, so a name never changes its bytes and the site may let browsers keep
// it for a year (Web/FingerprintedAssetCaching). The @font-face rules are written by hand in ../Styles/site.css; the
// build checks that they name exactly these files, so the two cannot drift apart.
import { readFile, readdir, writeFile, mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "../wwwroot/fonts");
const stylesheet = path.resolve(here, "../Styles/site.css");

// Text in the serif: regular and its italic; headlines and bold in the serif's 600 (site.css gives it 600 to 700).
// Interface text in the sans: one variable file holds every weight.
const faces = [
  { pkg: "@fontsource/source-serif-4", family: "source-serif-4", files: ["400-normal", "400-italic", "600-normal"] },
  { pkg: "@fontsource-variable/source-sans-3", family: "source-sans-3", files: ["wght-normal"] },
];
const subsets = ["latin", "latin-ext"];

async function wanted() {
  const out = new Map();
  for (const face of faces) {
    const root = path.join(here, "node_modules", face.pkg);
    const { version } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
    for (const subset of subsets) {
      for (const file of face.files) {
        const source = path.join(root, "files", `${face.family}-${subset}-${file}.woff2`);
        out.set(`${face.family}-v${version}-${subset}-${file}.woff2`, await readFile(source));
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
  const woff2 = [...files.keys()].filter((n) => n.endsWith(".woff2"));
  for (const name of woff2.filter((n) => !named.has(n))) {
    stale.push(`Styles/site.css has no @font-face for fonts/${name}`);
  }
  for (const name of [...named].filter((n) => !files.has(n))) {
    stale.push(`Styles/site.css names fonts/${name}, which the build does not copy`);
  }
  return stale;
}
