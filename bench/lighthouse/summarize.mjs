// Reads Lighthouse JSON reports ("page name|report.json" arguments after "--") and prints a Markdown table of each
// page's medians: the four category scores and the key metrics. Used by run.sh.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && index < args.indexOf('--') ? args[index + 1] : '';
};
const reports = args.slice(args.indexOf('--') + 1);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const pages = new Map();
const benchmarkIndexes = [];
let version = '';
for (const entry of reports) {
  const [name, file] = entry.split('|');
  const lhr = JSON.parse(readFileSync(file, 'utf8'));
  version = lhr.lighthouseVersion;
  benchmarkIndexes.push(lhr.environment.benchmarkIndex);
  if (lhr.runtimeError) {
    throw new Error(`${name}: Lighthouse failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const audit = (id) => lhr.audits[id].numericValue;
  const run = {
    url: new URL(lhr.finalDisplayedUrl ?? lhr.finalUrl).pathname,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
    requests: lhr.audits['network-requests'].details.items.length,
    // What kept a category under 100: the failing audits, so a reader sees why without opening a report.
    failing: Object.values(lhr.categories).flatMap((category) => category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${category.id}: ${ref.id}`)),
  };
  if (!pages.has(name)) pages.set(name, []);
  pages.get(name).push(run);
}

const lines = [
  '# Lighthouse',
  '',
  `- Date: ${new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z')}, commit ${option('commit')}`,
  `- Machine: ${option('machine')}`,
  // Lighthouse's own CPU benchmark of this machine at each run; its 4× slowdown assumes a desktop of about 1,000–2,000.
  // A shared machine's index halves when a neighbour is busy, and the blocking time doubles with it: compare runs only
  // at similar indexes.
  `- Lighthouse CPU benchmark index: median ${median(benchmarkIndexes)}, from ${Math.min(...benchmarkIndexes)} to ${Math.max(...benchmarkIndexes)}`,
  `- Lighthouse ${version}, default (mobile) config: simulated slow 4G and 4× CPU slowdown; ${option('runs')} runs per page, medians`,
  '- Byline: Release build, Production environment, the sample site, on 127.0.0.1; each page requested once before the runs (cached, as readers get it)',
];
if (option('note')) lines.push(`- Note: ${option('note')}`);
lines.push(
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | transfer | requests |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
for (const [name, runs] of pages) {
  const m = (key) => median(runs.map((run) => run[key]));
  lines.push(`| ${name} (\`${runs[0].url}\`) | ${m('performance')} | ${m('accessibility')} | ${m('bestPractices')} | ${m('seo')} `
    + `| ${(m('lcp') / 1000).toFixed(2)} s | ${m('cls').toFixed(3)} | ${Math.round(m('tbt'))} ms `
    + `| ${(m('bytes') / 1024).toFixed(1)} KiB | ${m('requests')} |`);
}
lines.push('', 'Audits below a full score in any run (category: audit, runs):', '');
let anyFailing = false;
for (const [name, runs] of pages) {
  const counts = new Map();
  for (const id of runs.flatMap((run) => run.failing)) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    lines.push(`- ${name}: ${id} (${count} of ${runs.length})`);
    anyFailing = true;
  }
}
if (!anyFailing) lines.push('- none');
console.log(lines.join('\n'));
