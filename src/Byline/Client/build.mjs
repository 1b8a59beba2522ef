// Builds the newsroom bundle with esbuild: one minified script and its stylesheet, each with a source map, written
// to ../wwwroot/newsroom-assets/, and copies the reader theme's fonts to ../wwwroot/fonts/ (fonts.mjs).
// `--check` builds in memory and fails when the committed files differ (CI runs it).
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";
import { copyFonts } from "./fonts.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "../wwwroot/newsroom-assets");
const check = process.argv.includes("--check");

const result = await build({
  absWorkingDir: here,
  entryPoints: { "editor.bundle": "src/newsroom.js" },
  bundle: true,
  minify: true,
  sourcemap: "linked",
  sourcesContent: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "linked",
  outdir,
  write: false,
  logLevel: "warning",
});

let stale = [];
for (const file of result.outputFiles) {
  const name = path.relative(outdir, file.path);
  if (check) {
    const committed = await readFile(file.path).catch(() => null);
    if (!committed || Buffer.compare(committed, Buffer.from(file.contents)) !== 0) {
      stale.push(name);
    }
  } else {
    await writeFile(file.path, file.contents);
    console.log(`wrote wwwroot/newsroom-assets/${name} (${file.contents.length.toLocaleString("en")} bytes)`);
  }
}
stale.push(...(await copyFonts({ check })));
if (stale.length > 0) {
  console.error(`The committed bundle or fonts differ from a build of src/ with the locked packages: ${stale.join(", ")}.`);
  console.error("Run `npm ci && npm run build` in src/Byline/Client and commit the result.");
  process.exit(1);
}
