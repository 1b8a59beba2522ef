// Draws the Larkhaven sample newsroom's pictures as SVG: charts of the figures the sample stories quote, maps of the
// fictional town and its estuary, and illustrations made of plain shapes. No dependencies; see README.md for how the
// SVG files become the committed JPEGs.
//
//   node tools/sample-pictures/draw.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const W = 1600;
const H = 900;

// One palette for every picture: paper, ink, water, land, marsh and four data colours.
const C = {
  paper: '#f6f2ea', ink: '#1f2a30', muted: '#5f6b70', rule: '#d8d1c4',
  sea: '#8fbfd3', seaDeep: '#5f9db8', seaLight: '#b9dae6',
  land: '#ece5d6', town: '#e2d8c4', marsh: '#b7cc95', marshDark: '#8fae6e', hill: '#c9d3a5',
  red: '#c2452d', teal: '#23798a', ochre: '#d99a2b', navy: '#26415e', plum: '#7a4a6b',
  night: '#18243a', nightSky: '#2b3d5e', white: '#ffffff',
};
const SANS = "'DejaVu Sans', 'Liberation Sans', sans-serif";
const SERIF = "'DejaVu Serif', 'Liberation Serif', serif";
const CREDIT = 'Byline sample newsroom';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const svg = (body, w = W, h = H) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>\n`;
const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`;
const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`;
const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const line = (x1, y1, x2, y2, stroke, width = 2, extra = '') =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}" ${extra}/>`;
function text(x, y, s, { size = 28, weight = 400, fill = C.ink, anchor = 'start', family = SANS, italic = false, extra = '' } = {}) {
  return `<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${italic ? ' font-style="italic"' : ''} ${extra}>${esc(s)}</text>`;
}
// A label with a paper-coloured halo, readable over water and streets.
const label = (x, y, s, o = {}) =>
  text(x, y, s, { ...o, extra: `stroke="${o.halo ?? C.paper}" stroke-width="${o.haloWidth ?? 6}" stroke-linejoin="round" paint-order="stroke"` });

// Seeded random numbers, so every run draws the same pictures.
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

// The frame of every chart: title, subtitle and a source line.
function chartFrame(title, subtitle, source, body, h = H) {
  return svg(
    rect(0, 0, W, h, C.paper) +
    rect(0, 0, W, 10, C.teal) +
    text(80, 110, title, { size: 52, weight: 700, family: SERIF }) +
    text(80, 162, subtitle, { size: 30, fill: C.muted }) +
    body +
    line(80, h - 78, W - 80, h - 78, C.rule, 2) +
    text(80, h - 36, source, { size: 22, fill: C.muted }) +
    text(W - 80, h - 36, 'Chart: ' + CREDIT, { size: 22, fill: C.muted, anchor: 'end' }),
    W, h);
}

const money = (v, unit) => unit === 'm' ? `£${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })}m` : v.toLocaleString('en-GB');

// Horizontal bars: one row per item, the value at the bar's end, an axis with gridlines.
function horizontalBars({ x0 = 520, y0 = 230, width = 900, rowHeight = 92, max, ticks, items, format, axisLabel }) {
  let out = '';
  const scale = (v) => (v / max) * width;
  const bottom = y0 + items.length * rowHeight;
  for (const t of ticks) {
    out += line(x0 + scale(t), y0 - 10, x0 + scale(t), bottom, C.rule, 2);
    out += text(x0 + scale(t), bottom + 36, format(t), { size: 22, fill: C.muted, anchor: 'middle' });
  }
  if (axisLabel) out += text(x0 + width, bottom + 70, axisLabel, { size: 22, fill: C.muted, anchor: 'end' });
  items.forEach((item, i) => {
    const y = y0 + i * rowHeight;
    const barHeight = rowHeight * 0.58;
    out += text(x0 - 24, y + barHeight / 2 + 4, item.label, { size: 28, weight: 600, anchor: 'end' });
    if (item.note) out += text(x0 - 24, y + barHeight / 2 + 34, item.note, { size: 21, fill: C.muted, anchor: 'end' });
    out += rect(x0, y, Math.max(4, scale(item.value)), barHeight, item.color ?? C.teal, 'rx="3"');
    out += text(x0 + scale(item.value) + 14, y + barHeight / 2 + 10, format(item.value), { size: 28, weight: 700 });
  });
  out += line(x0, y0 - 10, x0, bottom, C.ink, 3);
  return out;
}

function legend(x, y, entries, step = 250) {
  return entries.map(([color, name], i) => {
    const dx = x + i * step;
    return rect(dx, y - 22, 28, 28, color, 'rx="4"') + text(dx + 40, y, name, { size: 26 });
  }).join('');
}

// ---- Charts -------------------------------------------------------------------------------------------------------

function footbridgeOptions() {
  const items = [
    { label: 'A: Repair and strengthen', note: 'closed 9 months', value: 6.8, color: C.ochre },
    { label: 'B: Like-for-like bridge', note: 'closed 14 months', value: 14.2, color: C.teal },
    { label: 'C: Bridge with tram tracks', note: 'closed 22 months', value: 31.5, color: C.red },
  ];
  let body = horizontalBars({ x0: 560, y0: 250, width: 860, rowHeight: 150, max: 35, ticks: [0, 5, 10, 15, 20, 25, 30, 35],
    items, format: (v) => `£${v}m`, axisLabel: 'Estimated cost, including a 20% contingency' });
  // Option C's regional grant, shown inside its bar.
  const scale = 860 / 35;
  const y = 250 + 2 * 150;
  body += rect(560, y, 18 * scale, 150 * 0.58, '#e58a76', 'rx="3"');
  body += text(560 + 9 * scale, y + 56, '£18m hoped-for transport grant', { size: 22, weight: 600, fill: C.ink, anchor: 'middle' });
  return chartFrame('Three ways to replace the Saltmarsh footbridge',
    'Estimated cost of each option and how long the crossing over the Cut would close',
    'Source: Larkhaven City Council officers’ report, as quoted in the story', body);
}

function budgetChart() {
  const items = [
    { label: 'Adult social care', note: 'extra cost next year', value: 9.8, color: C.red },
    { label: 'Gap still to close', note: 'shortfall in the papers', value: 3.4, color: C.plum },
    { label: 'Special needs transport', note: 'extra cost next year', value: 2.3, color: C.red },
    { label: 'Road repairs', note: 'extra money, on top of £5.6m', value: 2.1, color: C.teal },
    { label: 'Back-office savings', note: 'merged teams, two buildings sold', value: 1.2, color: C.ochre },
    { label: 'Saturday libraries', note: 'four branches reopen', value: 0.186, color: C.teal },
  ];
  const body = horizontalBars({ x0: 560, y0: 262, width: 860, rowHeight: 78, max: 10, ticks: [0, 2, 4, 6, 8, 10],
    items, format: (v) => v < 1 ? `£${Math.round(v * 1000)}k` : `£${v}m` }) +
    legend(560, 226, [[C.red, 'Rising costs'], [C.teal, 'New spending'], [C.ochre, 'Savings'], [C.plum, 'Unfunded']]);
  return chartFrame('Where Larkhaven’s budget pressure comes from',
    'Draft budget of £412m: council tax up 4.9%, Band D bill up £89 to £1,906',
    'Source: Larkhaven City Council draft budget, as quoted in the story', body, 900);
}

function containerVolumes() {
  const bars = [
    { label: 'Record before (2019)', value: 397, color: C.seaDeep, note: 'beaten by more than 20,000' },
    { label: 'The year before', value: 393, color: C.seaDeep, note: '418,000 less 6.4%' },
    { label: 'Last year', value: 418, color: C.navy, note: 'a new record' },
  ];
  const x0 = 260, base = 720, top = 250, max = 450, barW = 240, gap = 170;
  const scale = (v) => ((v) / max) * (base - top);
  let body = '';
  for (const t of [0, 100, 200, 300, 400]) {
    body += line(x0 - 20, base - scale(t), x0 + 3 * barW + 3 * gap, base - scale(t), C.rule, 2);
    body += text(x0 - 32, base - scale(t) + 8, `${t}k`, { size: 22, fill: C.muted, anchor: 'end' });
  }
  bars.forEach((b, i) => {
    const x = x0 + 60 + i * (barW + gap);
    body += rect(x, base - scale(b.value), barW, scale(b.value), b.color, 'rx="3"');
    body += text(x + barW / 2, base - scale(b.value) - 20, `${b.value},000`, { size: 34, weight: 700, anchor: 'middle' });
    body += text(x + barW / 2, base + 40, b.label, { size: 26, weight: 600, anchor: 'middle' });
    body += text(x + barW / 2, base + 72, b.note, { size: 21, fill: C.muted, anchor: 'middle' });
  });
  body += line(x0 - 20, base, x0 + 3 * barW + 3 * gap, base, C.ink, 3);
  // Stacked boxes as a quiet motif at the right.
  const rnd = random(7);
  const boxColors = [C.red, C.teal, C.ochre, C.navy, C.seaDeep];
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 3 - (row > 2 ? 1 : 0); col++) {
      body += rect(1290 + col * 70, 600 - row * 42, 64, 36, boxColors[Math.floor(rnd() * boxColors.length)], 'rx="2"');
    }
  }
  return chartFrame('A record container year at Larkhaven’s port',
    'Containers handled, in twenty-foot equivalent units (TEU), twelve months to December',
    'Source: Larkhaven Port Holdings annual figures, as quoted in the story', body);
}

function birdCount() {
  const species = [['Redshank', 960, 412], ['Dunlin', 4800, 3150], ['Curlew', 230, 146], ['Ringed plover', 95, 38]];
  const x0 = 120, base = 700, top = 260, groupW = 340;
  let body = legend(900, 230, [[C.marshDark, 'Ten years ago'], [C.red, 'This spring']]);
  species.forEach(([name, before, now], i) => {
    // Each species on its own scale: the change matters, not the flock size.
    const max = before * 1.1;
    const h = (v) => (v / max) * (base - top);
    const x = x0 + i * (groupW + 30);
    body += rect(x + 30, base - h(before), 120, h(before), C.marshDark, 'rx="3"');
    body += rect(x + 170, base - h(now), 120, h(now), C.red, 'rx="3"');
    body += text(x + 90, base - h(before) - 14, before.toLocaleString('en-GB'), { size: 28, weight: 700, anchor: 'middle' });
    body += text(x + 230, base - h(now) - 14, now.toLocaleString('en-GB'), { size: 28, weight: 700, anchor: 'middle' });
    body += text(x + 160, base + 44, name, { size: 30, weight: 600, anchor: 'middle' });
    const change = Math.round(((now - before) / before) * 100);
    body += text(x + 160, base + 80, `${change}%`, { size: 26, fill: C.red, weight: 700, anchor: 'middle' });
  });
  body += line(x0, base, W - 120, base, C.ink, 3);
  return chartFrame('The Saltmarsh’s waders, then and now',
    'Birds counted at high tide in the spring count; each species drawn on its own scale',
    'Source: the Saltmarsh spring bird count, as quoted in the story', body);
}

function ferngateSurvey() {
  const groups = [
    { name: 'Teachers (71 replies)', parts: [[58, C.teal, 'For'], [9, C.red, 'Against'], [4, C.rule, 'Undecided']] },
    { name: 'Parents (612 replies)', parts: [[52, C.teal, 'For'], [33, C.red, 'Against'], [15, C.rule, 'Not enough information']] },
    { name: 'Pupils', parts: [[71, C.teal, 'For'], [29, C.rule, 'Not in favour']] },
  ];
  let body = '';
  const x0 = 470, width = 1010;
  groups.forEach((g, i) => {
    const y = 290 + i * 160;
    const total = g.parts.reduce((s, [v]) => s + v, 0);
    let x = x0;
    body += text(x0 - 24, y + 52, g.name, { size: 28, weight: 600, anchor: 'end' });
    for (const [v, color, name] of g.parts) {
      const w = (v / total) * width;
      body += rect(x, y, w - 4, 84, color);
      const pct = Math.round((v / total) * 100);
      const dark = color !== C.rule;
      if (w > 90) body += text(x + 18, y + 54, i === 0 ? `${v}` : `${pct}%`, { size: 30, weight: 700, fill: dark ? C.white : C.ink });
      x += w;
    }
  });
  body += legend(470, 226, [[C.teal, 'For'], [C.red, 'Against'], [C.rule, 'Undecided, unsure or not in favour']], 200);
  return chartFrame('Who backs Ferngate’s four-day week',
    'Teachers’ votes in the staff survey; parents’ and pupils’ answers as shares',
    'Source: Ferngate Secondary surveys, as quoted in the story (parents’ shares approximate)', body);
}

// ---- Maps ---------------------------------------------------------------------------------------------------------

function compass(x, y) {
  return path(`M${x} ${y - 44} L${x + 14} ${y} L${x} ${y - 10} L${x - 14} ${y} Z`, C.ink) +
    text(x, y - 54, 'N', { size: 24, weight: 700, anchor: 'middle' });
}
function scaleBar(x, y, px, name) {
  return rect(x, y, px / 2, 10, C.ink) + rect(x + px / 2, y, px / 2, 10, C.paper, `stroke="${C.ink}" stroke-width="2"`) +
    text(x, y + 38, '0', { size: 20, fill: C.muted }) + text(x + px, y + 38, name, { size: 20, fill: C.muted, anchor: 'middle' });
}
function pin(x, y, color, number) {
  return path(`M${x} ${y} c-18 -26 -26 -36 -26 -50 a26 26 0 1 1 52 0 c0 14 -8 24 -26 50z`, color, `stroke="${C.white}" stroke-width="3"`) +
    (number ? text(x, y - 42, number, { size: 24, weight: 700, fill: C.white, anchor: 'middle' }) : circle(x, y - 50, 9, C.white));
}
function mapFrame(title, body, key) {
  return svg(body +
    rect(0, 0, W, 96, 'rgba(246,242,234,0.93)') +
    text(48, 64, title, { size: 40, weight: 700, family: SERIF }) +
    rect(W - 560, H - 124, 540, 66, 'rgba(246,242,234,0.93)', 'rx="8"') +
    `<g transform="translate(${W - 1000 - 540} ${H - 124 - 16})">${key}</g>` +
    rect(0, H - 44, W, 44, 'rgba(246,242,234,0.9)') +
    text(48, H - 14, 'Map: ' + CREDIT + ' · not to scale for navigation', { size: 20, fill: C.muted }));
}
function streets(list, width = 9, color = C.white) {
  return list.map((d) => path(d, 'none', `stroke="#c8bca4" stroke-width="${width + 4}" stroke-linecap="round" stroke-linejoin="round"`) +
    path(d, 'none', `stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`)).join('');
}
function blocks(rnd, x0, y0, x1, y1, count, fill) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + rnd() * (x1 - x0), y = y0 + rnd() * (y1 - y0);
    out += rect(x.toFixed(0), y.toFixed(0), (18 + rnd() * 34).toFixed(0), (14 + rnd() * 24).toFixed(0), fill, 'rx="2"');
  }
  return out;
}

function larkhavenMap() {
  const rnd = random(42);
  let b = rect(0, 0, W, H, C.land);
  // The town's blocks, then the marsh south of the Cut.
  b += rect(0, 0, W, H, C.town, 'opacity="0.55"');
  b += path('M0 560 C 220 540 420 600 600 640 C 700 660 820 640 900 690 L 900 900 L 0 900 Z', C.marsh);
  b += path('M0 700 C 160 690 300 720 420 770 L 420 900 L 0 900 Z', C.marshDark, 'opacity="0.5"');
  b += blocks(rnd, 120, 140, 1080, 470, 120, '#d3c6ad');
  b += blocks(rnd, 420, 660, 860, 820, 26, '#cdbf9f');
  // The bay to the east and the Wren estuary along the south.
  b += path('M1180 0 C 1120 200 1150 380 1090 520 C 1040 640 980 720 880 770 C 720 850 560 860 380 900 L 1600 900 L 1600 0 Z', C.sea);
  b += path('M1330 0 C 1290 250 1300 480 1220 640 C 1150 780 980 860 800 900 L 1600 900 L 1600 0 Z', C.seaDeep, 'opacity="0.55"');
  // The Cut: a tidal channel from the harbour westwards, between the old town and the Saltmarsh.
  b += path('M1110 500 C 980 520 880 560 760 575 C 620 592 480 560 330 590 C 220 612 120 600 0 620', 'none',
    `stroke="${C.sea}" stroke-width="54" stroke-linecap="round"`);
  // Quays and the harbour.
  b += rect(1080, 230, 120, 36, '#b9ad96') + rect(1060, 330, 140, 36, '#b9ad96');
  b += streets([
    'M60 430 L 1080 430', 'M200 120 L 320 430', 'M540 110 L 600 430', 'M820 100 L 800 430',
    'M1000 120 C 1040 250 1060 380 1090 470', 'M320 430 L 300 560', 'M800 430 L 760 560', 'M200 250 L 1000 260',
  ]);
  b += streets(['M470 700 L 880 700', 'M560 640 L 600 860', 'M720 650 L 700 860'], 7);
  // Bridge Street runs down to the Cut; the footbridge crosses it to Marsh End.
  b += streets(['M640 250 L 700 560'], 12, '#fff7e0');
  b += line(703, 552, 716, 640, C.ink, 14, 'stroke-linecap="butt"') + line(703, 552, 716, 640, '#7fae52', 8);
  // The number 4 tram: from the University down Bridge Street to its loop; the proposed extension dashed.
  b += path('M140 150 C 300 160 420 200 560 230 C 620 240 640 260 660 330 L 700 540', 'none', `stroke="${C.red}" stroke-width="9" stroke-linecap="round"`);
  b += circle(700, 540, 16, C.white, `stroke="${C.red}" stroke-width="7"`);
  b += path('M700 556 L 722 650 C 730 700 680 740 640 760', 'none', `stroke="${C.red}" stroke-width="9" stroke-dasharray="18 12" stroke-linecap="round"`);
  b += circle(640, 760, 16, C.white, `stroke="${C.red}" stroke-width="7"`);
  b += circle(140, 150, 14, C.white, `stroke="${C.red}" stroke-width="7"`);
  b += circle(1030, 300, 13, C.white, `stroke="${C.red}" stroke-width="6"`);
  b += path('M560 230 C 760 270 900 290 1030 300', 'none', `stroke="${C.red}" stroke-width="5" stroke-dasharray="2 0" opacity="0.6"`);
  // Labels: districts large, streets and places small.
  b += label(330, 360, 'OLD TOWN', { size: 34, weight: 700, fill: C.muted, extra: '' });
  b += label(440, 690, 'SALTMARSH · MARSH END', { size: 28, weight: 700, fill: '#4d6b35' });
  b += label(130, 800, 'Saltmarsh', { size: 28, italic: true, fill: '#4d6b35' });
  b += label(380, 600, 'The Cut', { size: 30, italic: true, fill: C.navy, halo: C.sea });
  b += label(1300, 520, 'Larkhaven Bay', { size: 34, italic: true, fill: C.navy, halo: C.sea, anchor: 'middle' });
  b += label(900, 805, 'Wren estuary', { size: 30, italic: true, fill: C.navy, halo: C.seaDeep, haloWidth: 0 });
  b += label(720, 395, 'Bridge Street', { size: 24, weight: 600 });
  b += label(740, 610, 'Footbridge (1961)', { size: 24, weight: 700 });
  b += label(160, 130, 'University', { size: 24, weight: 600 });
  b += label(668, 790, 'Saltmarsh Green', { size: 24, weight: 600 });
  b += label(1000, 225, 'Harbour Square', { size: 24, weight: 600, anchor: 'end' });
  b += label(1200, 300, 'Quayside', { size: 24, weight: 600, halo: C.sea });
  b += label(470, 520, 'Coble Wharf', { size: 22 });
  b += label(1020, 408, 'Market Square', { size: 22, anchor: 'end' });
  b += label(130, 480, 'Ferngate ↑ hill', { size: 22 });
  b += compass(1520, 200) + scaleBar(1380, 700, 160, '500 m');
  const key =
    line(1020, 50, 1080, 50, C.red, 9) + text(1094, 60, 'Tram 4 today', { size: 24 }) +
    line(1270, 50, 1330, 50, C.red, 9, 'stroke-dasharray="18 12"') + text(1344, 60, 'Option C', { size: 24 });
  return mapFrame('Larkhaven: the Cut, the footbridge and the number 4 tram', b, key);
}

function estuaryBase(rnd) {
  let b = rect(0, 0, W, H, C.land);
  b += path('M0 0 L 1600 0 L 1600 900 L 0 900 Z', C.hill, 'opacity="0.35"');
  // The estuary widens eastwards into the sea.
  b += path('M0 430 C 200 420 330 470 480 450 C 640 430 760 380 920 400 C 1080 420 1200 330 1320 300 L 1600 220 L 1600 760 C 1440 720 1300 700 1160 640 C 1010 580 860 600 700 560 C 540 520 380 560 220 530 C 140 516 60 520 0 520 Z', C.sea);
  b += path('M1340 290 L 1600 200 L 1600 780 C 1500 750 1420 720 1360 690 C 1300 560 1300 400 1340 290 Z', C.seaDeep, 'opacity="0.6"');
  // Mudflats and marsh fringes.
  b += path('M480 560 C 640 600 760 640 880 640 C 960 640 1000 660 1040 700 L 500 700 Z', C.marsh, 'opacity="0.9"');
  b += path('M300 395 C 420 380 520 400 600 420 C 520 440 420 450 300 430 Z', C.marsh);
  for (let i = 0; i < 40; i++) {
    b += circle((500 + rnd() * 520).toFixed(0), (610 + rnd() * 80).toFixed(0), 3, C.marshDark);
  }
  return b;
}

function stormMap() {
  const rnd = random(5);
  let b = estuaryBase(rnd);
  // Roads: the coast road between the villages, Estuary Road into Larkhaven.
  b += streets(['M120 300 C 300 330 480 340 640 330 C 800 320 980 300 1120 240', 'M640 330 L 700 120',
    'M160 640 C 360 660 520 700 700 720 C 900 740 1100 760 1260 800'], 8);
  b += blocks(rnd, 1150, 120, 1420, 250, 40, '#cdbf9f');
  const stations = [
    [1120, 235, 'Estuary Road', 'recycling centre'], [700, 335, 'Kelby Green', 'church hall · rest centre'],
    [250, 640, 'Gullness', 'village hall car park'], [600, 712, 'Marram Staithe', 'old lifeboat slipway'],
  ];
  stations.forEach(([x, y, name, site], i) => {
    b += pin(x, y, C.red, String(i + 1));
    b += label(x + 34, y - 50, name, { size: 28, weight: 700 });
    b += label(x + 34, y - 18, site, { size: 21, fill: C.muted });
  });
  // The wind and the surge.
  for (const [x, y] of [[1380, 560], [1450, 470], [1300, 640]]) {
    b += path(`M${x} ${y} l -150 -70`, 'none', `stroke="${C.navy}" stroke-width="7" stroke-linecap="round" marker-end="url(#arrow)"`);
  }
  b += '<defs><marker id="arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="' + C.navy + '"/></marker></defs>';
  b += label(1560, 640, 'North-easterly gales,', { size: 24, weight: 700, fill: C.white, anchor: 'end', halo: C.seaDeep, haloWidth: 0 }) + label(1560, 670, 'gusts up to 70mph', { size: 24, weight: 700, fill: C.white, anchor: 'end', halo: C.seaDeep, haloWidth: 0 });
  b += label(820, 500, 'Wren estuary', { size: 34, italic: true, fill: C.navy, halo: C.sea });
  b += label(1300, 160, 'LARKHAVEN', { size: 30, weight: 700, fill: C.muted, anchor: 'middle' });
  b += label(700, 800, 'Coast road: avoid from 9pm', { size: 22, fill: C.red, weight: 600 });
  b += compass(1520, 200) + scaleBar(80, 800, 200, '2 km');
  const key = pin(1010, 66, C.red, '') + text(1036, 52, 'Sandbag station,', { size: 22 }) + text(1036, 78, 'up to ten bags a household', { size: 22 });
  return mapFrame('Sandbag stations along the Wren estuary', b, key);
}

function ferryMap() {
  const rnd = random(11);
  let b = rect(0, 0, W, H, C.sea);
  b += path('M0 0 L 1600 0 L 1600 180 C 1300 220 1100 170 900 230 C 700 290 520 250 380 320 C 250 380 120 360 0 420 Z', C.land);
  b += path('M0 900 L 1600 900 L 1600 720 C 1400 700 1200 760 1000 720 C 800 680 600 740 420 700 C 260 670 120 600 0 560 Z', C.land);
  b += path('M0 420 C 60 460 80 520 0 560 Z', C.land);
  b += path('M1600 180 L 1600 720 C 1500 600 1480 330 1600 180 Z', C.seaDeep, 'opacity="0.5"');
  b += blocks(rnd, 820, 110, 1040, 200, 34, '#cdbf9f') + blocks(rnd, 560, 740, 760, 830, 22, '#cdbf9f');
  // The road round the head of the bay, and the sea crossing.
  b += path('M930 210 C 700 300 420 280 230 360 C 80 420 40 520 180 600 C 320 680 520 720 660 770', 'none', `stroke="${C.ochre}" stroke-width="9" stroke-dasharray="4 14" stroke-linecap="round"`);
  b += path('M940 230 C 960 420 820 600 680 760', 'none', `stroke="${C.navy}" stroke-width="9" stroke-dasharray="24 14" stroke-linecap="round"`);
  // The ferry.
  b += path('M830 470 l 90 0 l -14 26 l -64 0 z', C.white, `stroke="${C.navy}" stroke-width="4"`) + rect(852, 446, 40, 24, C.red);
  b += pin(940, 230, C.navy, '') + pin(680, 770, C.navy, '');
  b += label(970, 150, 'Larkhaven · Harbour Square', { size: 28, weight: 700 });
  b += label(720, 780, 'Marrowby', { size: 30, weight: 700 });
  b += label(960, 520, 'Ferry: about 95 minutes', { size: 30, weight: 700, fill: C.navy, halo: C.sea });
  b += label(960, 558, 'Kittiwake · 320 passengers, 60 cars', { size: 22, fill: C.navy, halo: C.sea });
  b += label(90, 470, 'By road: nearly', { size: 24, weight: 700, fill: '#8a5b12' }) + label(90, 500, 'three hours', { size: 24, weight: 700, fill: '#8a5b12' });
  b += label(1200, 460, 'Larkhaven Bay', { size: 34, italic: true, fill: C.navy, halo: C.sea });
  b += compass(1520, 200);
  const key = line(1020, 50, 1080, 50, C.navy, 9, 'stroke-dasharray="24 14"') + text(1094, 60, 'Ferry', { size: 24 }) +
    line(1190, 50, 1250, 50, C.ochre, 9, 'stroke-dasharray="4 14"') + text(1264, 60, 'Road round the bay', { size: 24 });
  return mapFrame('The Marrowby ferry returns from 14 June', b, key);
}

// ---- Illustrations ------------------------------------------------------------------------------------------------

const gradient = (id, stops, vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;
const wave = (y, amp, len, fill, phase = 0) => {
  let d = `M0 ${y}`;
  for (let x = 0; x <= W + len; x += len) d += ` q ${len / 4} ${-amp} ${len / 2} 0 t ${len / 2} 0`;
  return path(`M${-phase} ${y}` + d.slice(d.indexOf(' q')) + ` L ${W} ${H} L 0 ${H} Z`, fill);
};

function nightTram() {
  let b = `<defs>${gradient('sky', [[0, '#101a2e'], [1, '#34507a']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  const rnd = random(3);
  for (let i = 0; i < 90; i++) b += circle((rnd() * W).toFixed(0), (rnd() * 380).toFixed(0), (rnd() * 2 + 0.6).toFixed(1), '#f4ecd0', `opacity="${(0.4 + rnd() * 0.6).toFixed(2)}"`);
  b += circle(1320, 150, 56, '#f4ecd0') + circle(1345, 135, 52, '#1a2742');
  // Rooftops with lit windows.
  let x = 0;
  while (x < W) {
    const w = 90 + rnd() * 120, h = 180 + rnd() * 200;
    b += rect(x.toFixed(0), (620 - h).toFixed(0), w.toFixed(0), h.toFixed(0), '#16203a');
    for (let wy = 640 - h; wy < 580; wy += 44) for (let wx = x + 16; wx < x + w - 24; wx += 36) if (rnd() > 0.55) b += rect(wx.toFixed(0), wy.toFixed(0), 18, 24, '#f2c46b', 'opacity="0.9"');
    x += w + 6;
  }
  b += rect(0, 620, W, 280, '#222c3f');
  b += line(0, 300, W, 300, '#6b7a96', 3) + line(0, 700, W, 700, '#8a93a6', 5) + line(0, 760, W, 760, '#8a93a6', 5);
  // The tram: body, windows, lights, the pantograph reaching the wire.
  b += path('M360 470 L 1240 470 Q 1300 470 1310 530 L 1320 690 L 340 690 L 350 530 Q 356 470 360 470 Z', C.red);
  b += rect(340, 640, 980, 50, '#8e2f1f');
  for (let i = 0; i < 8; i++) b += rect(400 + i * 105, 505, 80, 90, '#f6d789', 'rx="8"');
  b += rect(1240, 505, 60, 90, '#f6d789', 'rx="8"');
  b += circle(1300, 660, 14, '#fff6d8') + `<path d="M1310 650 L 1600 600 L 1600 720 Z" fill="#fff6d8" opacity="0.18"/>`;
  b += path('M760 470 L 820 380 L 700 300', 'none', 'stroke="#3a4458" stroke-width="8"');
  for (const wx of [460, 600, 1040, 1180]) b += circle(wx, 700, 26, '#2a3142') + circle(wx, 700, 10, '#8a93a6');
  b += rect(1150, 490, 0, 0, C.white);
  b += text(1160, 626, '4', { size: 44, weight: 700, fill: C.white, anchor: 'middle' });
  b += rect(1138, 586, 44, 52, 'none', `stroke="${C.white}" stroke-width="4" rx="6"`);
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#9aa6bd', anchor: 'end' });
  return svg(b);
}

function saltmarshBirds() {
  let b = `<defs>${gradient('sky', [[0, '#f3e3c4'], [1, '#dcebed']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  b += circle(1200, 250, 90, '#f3c877', 'opacity="0.9"');
  b += wave(520, 14, 260, C.seaLight) + wave(560, 10, 200, C.sea, 40);
  b += path('M0 640 C 300 600 520 660 800 630 C 1100 600 1300 660 1600 620 L 1600 900 L 0 900 Z', C.marsh);
  b += path('M0 740 C 400 700 700 760 1000 730 C 1250 706 1420 750 1600 730 L 1600 900 L 0 900 Z', C.marshDark);
  const rnd = random(21);
  for (let i = 0; i < 160; i++) {
    const x = rnd() * W, y = 650 + rnd() * 240;
    b += path(`M${x.toFixed(0)} ${y.toFixed(0)} l ${(rnd() * 8 - 4).toFixed(0)} -${(20 + rnd() * 30).toFixed(0)}`, 'none', `stroke="#6f8f52" stroke-width="3"`);
  }
  // Waders on the mud: body, head, long bill, legs.
  const bird = (x, y, s, body, legs) =>
    `<g transform="translate(${x} ${y}) scale(${s})">` +
    line(-8, 20, -12, 60, legs, 3) + line(8, 20, 10, 60, legs, 3) +
    path('M-46 0 C -40 -30 20 -34 40 -12 C 56 0 40 26 0 26 C -30 26 -50 16 -46 0 Z', body) +
    circle(40, -22, 16, body) + line(54, -22, 100, -8, '#3a2f28', 4) + circle(44, -26, 3, '#111') + '</g>';
  b += bird(420, 600, 1.5, '#8a6a4d', C.red) + bird(640, 620, 1.2, '#a07e5f', C.red) + bird(1000, 610, 1.35, '#7d634b', C.ochre);
  // A flock in the sky.
  for (let i = 0; i < 14; i++) {
    const x = 300 + rnd() * 700, y = 120 + rnd() * 200, s = 0.6 + rnd() * 0.8;
    b += path(`M${x} ${y} q ${14 * s} ${-12 * s} ${28 * s} 0 q ${14 * s} ${-12 * s} ${28 * s} 0`, 'none', `stroke="${C.ink}" stroke-width="3" stroke-linecap="round"`);
  }
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#f6f2ea', anchor: 'end' });
  return svg(b);
}

function swimFog() {
  let b = `<defs>${gradient('sky', [[0, '#d7dde0'], [1, '#eef1f1']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  b += wave(470, 10, 220, '#9fbcc6') + wave(540, 12, 260, '#7fa7b5', 60) + wave(640, 14, 300, '#5f8fa2', 30);
  // Fog banks as soft bands.
  for (const [y, o] of [[380, 0.75], [440, 0.5], [500, 0.35]]) b += rect(0, y, W, 70, '#f2f4f4', `opacity="${o}"`);
  // The yellow turn buoy, a kayak, orange caps in a line.
  b += path('M1220 470 L 1260 380 L 1300 470 Z', '#f1c232') + rect(1210, 466, 100, 22, '#f1c232', 'rx="10"');
  b += path('M760 600 q 120 -24 240 0 q -120 24 -240 0 z', C.red) + line(820, 560, 940, 640, '#333', 5) + circle(880, 584, 14, '#2c3e50');
  const rnd = random(9);
  for (let i = 0; i < 18; i++) {
    const x = 120 + i * 60 + rnd() * 30, y = 700 + Math.sin(i / 2) * 30 + rnd() * 20;
    b += path(`M${x - 30} ${y + 10} q 30 -14 60 0`, 'none', 'stroke="#e8f0f2" stroke-width="4" stroke-linecap="round"');
    b += circle(x.toFixed(0), y.toFixed(0), 13, i % 3 === 0 ? C.ochre : '#f07f2f');
  }
  b += path('M0 860 L 0 800 C 200 790 400 820 600 840 L 700 900 Z', '#b7a98c');
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: C.muted, anchor: 'end' });
  return svg(b);
}

function jazzWeekend() {
  let b = `<defs>${gradient('bg', [[0, '#2a1b2e'], [1, '#5a2d3c']])}<radialGradient id="spot" cx="0.5" cy="0" r="1"><stop offset="0" stop-color="#f7d58b" stop-opacity="0.55"/><stop offset="1" stop-color="#f7d58b" stop-opacity="0"/></radialGradient></defs>` + rect(0, 0, W, H, 'url(#bg)');
  // The glass roof's iron arches.
  for (let i = 0; i < 9; i++) b += path(`M${i * 200 - 40} 360 Q ${i * 200 + 60} 60 ${i * 200 + 160} 360`, 'none', 'stroke="#7d5a6b" stroke-width="6" opacity="0.7"');
  b += path('M420 0 L 1180 0 L 1400 900 L 200 900 Z', 'url(#spot)');
  // A grand piano.
  b += path('M300 610 L 760 610 C 820 610 860 560 820 520 C 780 480 700 520 640 480 L 300 480 Z', '#111');
  b += rect(300, 600, 470, 30, '#111');
  for (let i = 0; i < 26; i++) b += rect(310 + i * 17, 600, 15, 26, i % 7 === 2 || i % 7 === 6 ? '#111' : '#f5f0e6');
  b += line(330, 630, 330, 760, '#111', 10) + line(740, 630, 740, 760, '#111', 10);
  // A trumpet and a saxophone in brass.
  b += path('M960 420 L 1200 420 L 1280 370 L 1280 490 L 1200 440 L 960 440 Z', C.ochre) + rect(1040, 400, 16, 20, C.ochre) + rect(1080, 400, 16, 20, C.ochre) + rect(1120, 400, 16, 20, C.ochre);
  b += path('M1120 520 L 1120 720 Q 1120 800 1200 800 Q 1290 800 1290 720 L 1290 680 L 1340 640 L 1320 620 L 1250 680 L 1250 720 Q 1250 760 1200 760 Q 1160 760 1160 720 L 1160 520 Z', '#d8a23a');
  // Notes drifting up.
  const rnd = random(13);
  for (let i = 0; i < 12; i++) {
    const x = 520 + rnd() * 800, y = 120 + rnd() * 260;
    b += circle(x.toFixed(0), y.toFixed(0), 14, '#f7d58b', 'opacity="0.8"') + line(x + 13, y, x + 13, y - 60, '#f7d58b', 4, 'opacity="0.8"');
  }
  b += rect(0, 780, W, 120, '#1b1220');
  for (let i = 0; i < 30; i++) b += circle(30 + i * 55, 800 + (i % 3) * 8, 34, '#24172a');
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#b99aa8', anchor: 'end' });
  return svg(b);
}

function fourDayWeek() {
  let b = rect(0, 0, W, H, C.paper) + rect(0, 0, W, 10, C.teal);
  b += text(80, 110, 'The new week at Ferngate Secondary', { size: 50, weight: 700, family: SERIF });
  b += text(80, 160, 'Lessons 8.30am–4.10pm Monday to Thursday; Friday a flexible day', { size: 28, fill: C.muted });
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const x0 = 140, colW = 260, top = 240, hourH = 62, startHour = 8.5;
  const y = (h) => top + (h - startHour) * hourH;
  for (let h = 9; h <= 16; h++) {
    b += line(x0 - 20, y(h), x0 + 5 * colW + 40, y(h), C.rule, 2);
    b += text(x0 - 30, y(h) + 8, `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`, { size: 20, fill: C.muted, anchor: 'end' });
  }
  days.forEach((d, i) => {
    const x = x0 + 20 + i * (colW + 10);
    b += text(x + colW / 2, 225, d, { size: 26, weight: 700, anchor: 'middle' });
    if (i < 4) {
      // Four 70-minute periods, forty minutes of lunch.
      const periods = [[8.5, 9.67], [9.83, 11.0], [11.17, 12.33], [13.0, 14.17]];
      for (const [s, e] of periods) b += rect(x, y(s), colW, (e - s) * hourH - 4, C.teal, 'rx="6"');
      b += rect(x, y(12.33), colW, 0.67 * hourH - 4, C.ochre, 'rx="6" opacity="0.8"');
      b += rect(x, y(14.33), colW, (16.17 - 14.33) * hourH, C.teal, 'rx="6" opacity="0.7"');
    } else {
      b += rect(x, y(8.5), colW, (15 - 8.5) * hourH, '#e7dcc6', 'rx="6"');
      ['Clubs', 'Catch-up groups', 'Work placements', 'Teachers: planning', 'from 1pm'].forEach((t, k) =>
        b += text(x + colW / 2, y(9.2) + k * 56, t, { size: 24, weight: k < 3 ? 700 : 400, anchor: 'middle', fill: k < 3 ? C.ink : C.muted }));
    }
  });
  b += legend(140, 820, [[C.teal, 'Lessons'], [C.ochre, 'Lunch (40 min)'], ['#e7dcc6', 'Optional day']]);
  b += text(W - 80, 864, 'Illustration: ' + CREDIT, { size: 20, fill: C.muted, anchor: 'end' });
  return svg(b);
}

function harbourRow() {
  let b = `<defs>${gradient('sky', [[0, '#f6d8b0'], [1, '#f4ebdc']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  const fronts = [['#7a9a8c', 'PELLOW’S'], ['#c88a5a', 'PELLOW’S'], ['#b9b2a4', ''], ['#6d87a6', ''], ['#d7b56d', ''], ['#9d6a7c', '']];
  fronts.forEach(([color, sign], i) => {
    const x = 40 + i * 260, h = 520 + (i % 2) * 40;
    b += rect(x, 800 - h, 250, h, color);
    b += path(`M${x - 6} ${800 - h} L ${x + 125} ${800 - h - 70} L ${x + 256} ${800 - h} Z`, '#5b4a42');
    for (const wx of [x + 30, x + 140]) b += rect(wx, 800 - h + 50, 80, 100, '#f5ecd6') + line(wx + 40, 800 - h + 50, wx + 40, 800 - h + 150, color, 4);
    b += rect(x + 20, 560, 210, 170, i < 2 ? '#f6d98e' : i === 2 ? '#8d877c' : '#e9e2d4');
    if (i === 2) b += line(x + 30, 570, x + 220, 720, '#6f6a61', 4) + line(x + 220, 570, x + 30, 720, '#6f6a61', 4);
    if (sign) b += rect(x + 20, 500, 210, 46, '#2f3b36') + text(x + 125, 533, sign, { size: 26, weight: 700, fill: '#f1d98f', anchor: 'middle', family: SERIF });
    if (i < 2) for (let k = 0; k < 5; k++) b += path(`M${x + 40 + k * 36} 700 q 16 -30 32 0 z`, '#b46f34');
    // A striped awning.
    if (i < 2) for (let k = 0; k < 7; k++) b += rect(x + 20 + k * 30, 546, 30, 24, k % 2 ? C.white : C.red);
  });
  b += rect(0, 800, W, 100, '#c8bca4') + rect(0, 800, W, 10, '#a99d86');
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#5f5648', anchor: 'end' });
  return svg(b);
}

function tidalPools() {
  let b = `<defs>${gradient('sky', [[0, '#cfe6ee'], [1, '#f3efe4']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  b += wave(330, 10, 240, C.sea) + rect(0, 380, W, 520, '#b8a58a');
  const rnd = random(31);
  for (let i = 0; i < 22; i++) {
    const x = rnd() * W, y = 400 + rnd() * 480, r = 30 + rnd() * 70;
    b += `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${(r * 1.5).toFixed(0)}" ry="${r.toFixed(0)}" fill="${rnd() > 0.5 ? '#8f7f69' : '#a08e74'}"/>`;
  }
  // Three pools with weed, anemones, a crab and a starfish.
  for (const [cx, cy, rx, ry] of [[460, 620, 300, 130], [1120, 560, 260, 110], [860, 800, 220, 80]]) {
    b += `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#4f93a8"/><ellipse cx="${cx - 20}" cy="${cy - 14}" rx="${rx * 0.8}" ry="${ry * 0.6}" fill="#6fb0c2" opacity="0.7"/>`;
  }
  for (let i = 0; i < 7; i++) b += path(`M${360 + i * 30} 700 q -10 -40 6 -80 q 10 40 -6 80`, '#4f8a4c');
  b += circle(560, 610, 22, '#c2452d') + circle(600, 640, 16, '#d75f45') + circle(1060, 560, 18, '#c2452d');
  const star = (x, y, r) => { let d = ''; for (let k = 0; k < 10; k++) { const a = (Math.PI / 5) * k - Math.PI / 2, rr = k % 2 ? r * 0.42 : r; d += `${k ? 'L' : 'M'}${(x + Math.cos(a) * rr).toFixed(1)} ${(y + Math.sin(a) * rr).toFixed(1)} `; } return path(d + 'Z', C.ochre); };
  b += star(1190, 580, 40) + star(820, 800, 30);
  b += `<g transform="translate(420 600)">` + `<ellipse rx="46" ry="30" fill="#d0643a"/>` + line(-40, 10, -70, 30, '#d0643a', 6) + line(40, 10, 70, 30, '#d0643a', 6) + circle(-58, -30, 14, '#d0643a') + circle(58, -30, 14, '#d0643a') + '</g>';
  // A clipboard and a quadrat frame: the classroom.
  b += rect(1280, 700, 200, 150, 'none', `stroke="${C.ochre}" stroke-width="8"`) + line(1380, 700, 1380, 850, C.ochre, 4) + line(1280, 775, 1480, 775, C.ochre, 4);
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#f6f2ea', anchor: 'end' });
  return svg(b);
}

function rowingEight() {
  let b = `<defs>${gradient('sky', [[0, '#bcd7e6'], [1, '#eef3f2']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  b += path('M0 400 C 300 360 500 390 800 370 C 1100 350 1300 390 1600 360 L 1600 460 L 0 460 Z', '#a8bf8f');
  b += rect(0, 440, W, 460, '#6da2b8') + wave(520, 8, 180, '#5f97ae') + wave(640, 10, 240, '#4f879f', 50);
  // The boat: a long hull, eight rowers, eight blades, the cox.
  const hullY = 600;
  b += path(`M180 ${hullY} L 1440 ${hullY - 6} L 1480 ${hullY + 4} L 1440 ${hullY + 16} L 200 ${hullY + 22} Z`, '#f2f2ee');
  for (let i = 0; i < 8; i++) {
    const x = 330 + i * 130;
    b += line(x, hullY - 4, x - 120, hullY + 110, '#3b2f2a', 6) + path(`M${x - 120} ${hullY + 110} l -50 26 l 14 16 l 52 -30 z`, C.red);
    b += path(`M${x} ${hullY - 4} L ${x + 18} ${hullY - 70}`, 'none', `stroke="${C.navy}" stroke-width="26" stroke-linecap="round"`);
    b += circle(x + 26, hullY - 100, 17, '#d7a77f');
  }
  b += circle(1390, hullY - 40, 16, '#d7a77f') + path(`M1378 ${hullY - 22} l 24 0 l 0 20 l -24 0 z`, C.ochre);
  b += path('M200 640 C 600 660 1000 650 1460 630', 'none', 'stroke="#e4f0f4" stroke-width="4" opacity="0.7"');
  // The finish flag.
  b += line(1530, 300, 1530, 470, '#333', 6) + path('M1530 300 l 60 20 l -60 20 z', C.red);
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#eef3f2', anchor: 'end' });
  return svg(b);
}

function tideClockStage() {
  let b = rect(0, 0, W, H, '#211a24');
  b += path('M0 0 L 240 0 L 240 900 L 0 900 Z', '#7a2331') + path('M1360 0 L 1600 0 L 1600 900 L 1360 900 Z', '#7a2331');
  for (let i = 0; i < 6; i++) b += path(`M${i * 40} 0 L ${i * 40 + 20} 900`, 'none', 'stroke="#5e1a26" stroke-width="8"') + path(`M${1370 + i * 40} 0 L ${1390 + i * 40} 900`, 'none', 'stroke="#5e1a26" stroke-width="8"');
  b += path('M240 0 Q 800 140 1360 0 Z', '#8e2a3a');
  b += `<defs><radialGradient id="pool" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#f7e3b0" stop-opacity="0.7"/><stop offset="1" stop-color="#f7e3b0" stop-opacity="0"/></radialGradient></defs>`;
  b += `<ellipse cx="800" cy="740" rx="520" ry="120" fill="url(#pool)"/>`;
  b += rect(240, 700, 1120, 200, '#4a3a2f') + rect(240, 700, 1120, 12, '#6b5643');
  // The tide clock: a dial with the sea's height instead of hours.
  b += circle(800, 380, 190, '#efe6d2', `stroke="#b08b4f" stroke-width="18"`);
  for (let k = 0; k < 12; k++) { const a = (Math.PI / 6) * k; b += line(800 + Math.cos(a) * 150, 380 + Math.sin(a) * 150, 800 + Math.cos(a) * 172, 380 + Math.sin(a) * 172, '#5a4a3a', 6); }
  b += path('M640 420 q 40 -30 80 0 t 80 0 t 80 0 t 80 0 L 960 480 Q 800 560 640 480 Z', C.seaDeep, 'opacity="0.8"');
  b += line(800, 380, 880, 270, '#2b2b2b', 10, 'stroke-linecap="round"') + circle(800, 380, 14, '#2b2b2b');
  // Two figures in silhouette.
  const figure = (x, s) => `<g transform="translate(${x} 700) scale(${s})">` + circle(0, -250, 30, '#120d14') + path('M-40 -215 L 40 -215 L 56 -60 L 30 -60 L 24 0 L -24 0 L -30 -60 L -56 -60 Z', '#120d14') + '</g>';
  b += figure(520, 1) + figure(1100, 0.95);
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#b99aa8', anchor: 'end' });
  return svg(b);
}

function fishMarket() {
  let b = `<defs>${gradient('sky', [[0, '#dfe8ea'], [1, '#f4efe5']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  // The market hall's roof line and columns.
  b += path('M60 260 L 800 110 L 1540 260 Z', '#5d7480') + rect(60, 260, 1480, 30, '#4b616c');
  for (let i = 0; i < 8; i++) b += rect(90 + i * 200, 290, 22, 400, '#6f8791');
  // Stalls: crates of ice with fish.
  const rnd = random(17);
  const fish = (x, y, s, color) => `<g transform="translate(${x} ${y}) scale(${s})">` + path('M-60 0 C -30 -30 30 -30 50 0 C 30 30 -30 30 -60 0 Z', color) + path('M50 0 L 80 -22 L 80 22 Z', color) + circle(-38, -4, 4, '#1e2a30') + '</g>';
  for (let s = 0; s < 3; s++) {
    const x0 = 150 + s * 470;
    b += rect(x0, 560, 400, 140, '#dfe9ec') + rect(x0, 690, 400, 20, '#8a9aa0') + rect(x0 + 20, 710, 16, 120, '#8a9aa0') + rect(x0 + 364, 710, 16, 120, '#8a9aa0');
    for (let k = 0; k < 9; k++) b += fish(x0 + 60 + (k % 3) * 130, 590 + Math.floor(k / 3) * 38, 0.8, ['#8fa3ad', '#c2452d', '#b9c4c9', '#d99a2b'][Math.floor(rnd() * 4)]);
    b += rect(x0 + 120, 500, 160, 44, '#23798a', 'rx="6"') + text(x0 + 200, 531, ['CRAB', 'COD', 'MACKEREL'][s], { size: 24, weight: 700, fill: C.white, anchor: 'middle' });
  }
  b += rect(0, 830, W, 70, '#b4ab9c');
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#4b4438', anchor: 'end' });
  return svg(b);
}

function heatPump() {
  let b = `<defs>${gradient('sky', [[0, '#cfe3ee'], [1, '#eef4f1']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  b += rect(0, 700, W, 200, '#8fb37a') + rect(0, 700, W, 14, '#7a9d66');
  // A terraced house: brick front, slate roof, a door and four windows.
  b += rect(330, 300, 620, 400, '#b86b4b') + path('M300 310 L 640 120 L 980 310 Z', '#4f5560');
  for (const [x, y] of [[390, 360], [720, 360], [390, 520], [720, 520]]) {
    b += rect(x, y, 170, 120, '#f4ecd8') + line(x + 85, y, x + 85, y + 120, '#b86b4b', 6) + line(x, y + 60, x + 170, y + 60, '#b86b4b', 6);
  }
  b += rect(590, 540, 100, 160, '#2f4f6b') + circle(672, 625, 6, '#e4c060');
  b += rect(780, 160, 60, 110, '#6e5246');
  // The outdoor unit beside the house: a pale box, its fan behind a grille, a pipe into the wall.
  b += rect(1010, 520, 300, 200, '#eceeee', 'rx="10"') + rect(1010, 700, 300, 20, '#c9cdcd');
  b += circle(1130, 620, 74, '#c4c9cb') + circle(1130, 620, 70, '#dfe3e4');
  for (let k = 0; k < 3; k++) b += path(`M1130 620 Q ${1130 + 60 * Math.cos(k * 2.1)} ${620 + 60 * Math.sin(k * 2.1)} ${1130 + 66 * Math.cos(k * 2.1 + 0.9)} ${620 + 66 * Math.sin(k * 2.1 + 0.9)} Z`, '#9aa3a7');
  for (let k = 0; k < 9; k++) b += line(1062 + k * 17, 552, 1062 + k * 17, 688, '#b0b6b8', 2);
  b += rect(1240, 560, 50, 120, '#d7dbdc', 'rx="4"');
  b += path('M1010 600 L 960 600 L 960 560 L 950 560', 'none', 'stroke="#8a8f92" stroke-width="10" stroke-linejoin="round"');
  // Warm air drawn as three soft waves rising from the unit.
  for (let k = 0; k < 3; k++) b += path(`M${1080 + k * 50} 500 q 18 -30 0 -60 q -18 -30 0 -60`, 'none', 'stroke="#e59a5b" stroke-width="8" stroke-linecap="round" opacity="0.8"');
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#3e5233', anchor: 'end' });
  return svg(b);
}

function lastTramClock() {
  let b = `<defs>${gradient('sky', [[0, '#1b2440'], [1, '#4a4f7a']])}</defs>` + rect(0, 0, W, H, 'url(#sky)');
  // The Old Town's clock tower at twenty to midnight, when the last tram leaves.
  b += rect(680, 120, 240, 600, '#3b3350') + path('M660 130 L 800 20 L 940 130 Z', '#2a2440');
  b += circle(800, 260, 92, '#f4ecd0') + circle(800, 260, 92, 'none', 'stroke="#2a2440" stroke-width="8"');
  for (let k = 0; k < 12; k++) b += line(800 + 74 * Math.sin(k * Math.PI / 6), 260 - 74 * Math.cos(k * Math.PI / 6), 800 + 84 * Math.sin(k * Math.PI / 6), 260 - 84 * Math.cos(k * Math.PI / 6), '#2a2440', 5);
  const hour = (11 + 40 / 60) * Math.PI / 6, minute = 40 * Math.PI / 30;
  b += line(800, 260, 800 + 48 * Math.sin(hour), 260 - 48 * Math.cos(hour), '#2a2440', 10, 'stroke-linecap="round"');
  b += line(800, 260, 800 + 72 * Math.sin(minute), 260 - 72 * Math.cos(minute), '#2a2440', 6, 'stroke-linecap="round"');
  b += circle(800, 260, 9, '#2a2440');
  // Cafés either side, their windows still lit and full.
  for (const [x0, x1] of [[0, 660], [940, W]]) {
    for (let x = x0 + 10; x + 190 <= x1; x += 210) {
      b += rect(x, 420, 190, 300, '#2c2a45') + rect(x + 20, 520, 150, 130, '#f2c46b', 'opacity="0.92"');
      for (let k = 0; k < 3; k++) b += circle(x + 55 + k * 40, 600, 13, '#5a4630') + rect(x + 43 + k * 40, 612, 24, 38, '#5a4630');
      b += rect(x + 10, 470, 170, 26, '#8e2f1f');
    }
  }
  b += rect(0, 720, W, 180, '#262838') + line(0, 790, W, 790, '#8a93a6', 5) + line(0, 840, W, 840, '#8a93a6', 5);
  b += text(W - 40, H - 30, 'Illustration: ' + CREDIT, { size: 20, fill: '#a4acc4', anchor: 'end' });
  return svg(b);
}

// name → [picture, what it is]
const pictures = {
  'larkhaven-map': larkhavenMap,
  'footbridge-options': footbridgeOptions,
  'budget-pressures': budgetChart,
  'container-volumes': containerVolumes,
  'marrowby-ferry-route': ferryMap,
  'night-tram': nightTram,
  'saltmarsh-birds': saltmarshBirds,
  'bird-count': birdCount,
  'estuary-sandbag-stations': stormMap,
  'estuary-swim-fog': swimFog,
  'jazz-weekend': jazzWeekend,
  'ferngate-week': fourDayWeek,
  'ferngate-survey': ferngateSurvey,
  'harbour-row': harbourRow,
  'tidal-pools': tidalPools,
  'rowing-eight': rowingEight,
  'tide-clock-stage': tideClockStage,
  'fish-market': fishMarket,
  'heat-pump': heatPump,
  'last-tram-clock': lastTramClock,
};

const out = process.argv[2] ?? 'out';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(3);
for (const [name, draw] of Object.entries(pictures)) {
  if (only.length && !only.includes(name)) continue;
  writeFileSync(join(out, name + '.svg'), draw());
}
console.log(`Drew ${only.length || Object.keys(pictures).length} pictures into ${out}`);
