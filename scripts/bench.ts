/**
 * `npm run bench`: measures the site and writes bench/results.json and bench/results.md.
 *
 * - build time and total size of the built site;
 * - per page template, the bytes of HTML, CSS and JavaScript a reader downloads before using search (raw and gzip);
 * - the bytes Pagefind fetches and the time to first results for a set of queries, in headless Chromium;
 * - the same build on synthetic corpora 10 and 50 times larger, to show how build time and index size grow;
 * - Lighthouse scores for the home, provision, matrix and recommendations pages.
 *
 * Timings are recorded, never asserted: they depend on the machine. Options: `--quick` skips the 50x corpus and
 * Lighthouse.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { loadContent } from '../src/lib/load-content.ts';
import { pageTemplates } from '../src/lib/page-templates.ts';
import { pageWeight } from '../src/lib/page-weight.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const quick = process.argv.includes('--quick');

function build(env: Record<string, string> = {}): number {
  const start = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: 'ignore' });
  return Math.round(performance.now() - start);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const dirBytes = (dir: string) => walk(dir).reduce((n, f) => n + statSync(f).size, 0);

async function searchTimings(dist: string, queries: string[]) {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
  const out: { query: string; firstResultsMs: number; pagefindBytes: number; results: number }[] = [];
  try {
    for (const query of queries) {
      // A fresh context per query: nothing cached, as for a reader's first search.
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (r) => {
        if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${server.url}/search/`);
      const { ms, results } = (await page.evaluate(`(async (q) => {
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return { ms: performance.now() - t0, results: r.results.length };
      })(${JSON.stringify(query)})`)) as { ms: number; results: number };
      await page.waitForTimeout(50);
      out.push({ query, firstResultsMs: Math.round(ms), pagefindBytes: bytes, results });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** A corpus `factor` times larger: every instrument, its provisions, links and recommendations copied under new ids. */
function syntheticCorpus(factor: number): string {
  const root = join(tmpdir(), `bench-corpus-${factor}`);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const read = (p: string) => parse(readFileSync(p, 'utf8'));
  const instruments = readdirSync(join(ROOT, 'content', 'instruments')).map((f) => f.replace(/\.yaml$/, ''));
  const rename = (id: string, k: number) => {
    const [inst, local] = id.split('/');
    return `${inst}-x${k}/${local}`;
  };
  for (let k = 1; k < factor; k++) {
    for (const id of instruments) {
      const inst = read(join(ROOT, 'content', 'instruments', `${id}.yaml`));
      // Copies take no aliases, so citations in prose keep resolving to the real instruments.
      Object.assign(inst, { id: `${id}-x${k}`, title: `${inst.title} (synthetic copy ${k})`, shortTitle: `${inst.shortTitle} copy ${k}`, aliases: [], order: inst.order + 100 * k });
      writeFileSync(join(content, 'instruments', `${id}-x${k}.yaml`), stringify(inst));
      const provisions = read(join(ROOT, 'content', 'provisions', `${id}.yaml`));
      provisions.instrument = `${id}-x${k}`;
      writeFileSync(join(content, 'provisions', `${id}-x${k}.yaml`), stringify(provisions));
    }
    for (const f of readdirSync(join(ROOT, 'content', 'links'))) {
      const links = read(join(ROOT, 'content', 'links', f));
      for (const l of links.links) Object.assign(l, { from: rename(l.from, k), to: rename(l.to, k) });
      writeFileSync(join(content, 'links', f.replace('.yaml', `-x${k}.yaml`)), stringify(links));
    }
    for (const f of readdirSync(join(ROOT, 'content', 'recommendations'))) {
      const recs = read(join(ROOT, 'content', 'recommendations', f));
      for (const r of recs.recommendations) Object.assign(r, { id: `${r.id}-x${k}`, targets: r.targets?.map((t: string) => rename(t, k)) });
      writeFileSync(join(content, 'recommendations', f.replace('.yaml', `-x${k}.yaml`)), stringify(recs));
    }
  }
  return content;
}

/** Runs asynchronously: the static server lives in this process and must keep answering. */
async function lighthouse(url: string) {
  const out = join(tmpdir(), `lh-${Date.now()}.json`);
  await promisify(execFile)('lighthouse', [url, `--chrome-path=${CHROMIUM}`, `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'], { cwd: ROOT });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
  rmSync(out);
  return Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
}

const dist = join(ROOT, 'dist');
console.log('Building the site...');
const buildMs = build();
const { corpus } = loadContent(join(ROOT, 'content'));
const templates = pageTemplates(corpus).filter((t) => !t.path.includes('?'));
const pages = walk(dist).filter((f) => f.endsWith('.html')).length;
const buildFigures = { ms: buildMs, pages, provisions: corpus.provisions.length, distBytes: dirBytes(dist), pagefindBytes: dirBytes(join(dist, 'pagefind')) };
const weights = templates.map((t) => ({ name: t.name, ...pageWeight(dist, t.path) }));
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  build: buildFigures,
  templates: weights,
};

console.log('Timing searches in Chromium...');
const queries = ['consent', 'begging', 'child marriage', 'Protection Order', 'trafficking in children', 'compensation', 'smuggling of migrants', 'best interests'];
const timings = await searchTimings(dist, queries);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const searchFigures = { queries: timings, medianFirstResultsMs: median(timings.map((t) => t.firstResultsMs)), medianPagefindBytes: median(timings.map((t) => t.pagefindBytes)) };
results.search = searchFigures;

let scores: Record<string, Record<string, number>> | undefined;
if (!quick) {
  console.log('Lighthouse...');
  const server = await startStaticServer(dist);
  const provision = templates.find((t) => t.name === 'provision')!.path;
  scores = {};
  for (const [name, path] of [['home', '/'], ['provision', provision], ['matrix', '/matrix/'], ['recommendations', '/recommendations/']] as const) {
    scores[name] = await lighthouse(`${server.url}${path}`);
  }
  results.lighthouse = scores;
  await server.close();
}

const scaling: { factor: number; ms: number; pages: number; pagefindBytes: number; msPerPage: number }[] = [
  { factor: 1, ms: buildMs, pages, pagefindBytes: dirBytes(join(dist, 'pagefind')), msPerPage: +(buildMs / pages).toFixed(2) },
];
for (const factor of quick ? [10] : [10, 50]) {
  console.log(`Building a synthetic corpus ${factor} times larger...`);
  const content = syntheticCorpus(factor);
  const out = join(tmpdir(), `bench-dist-${factor}`);
  const ms = build({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: out });
  const n = walk(out).filter((f) => f.endsWith('.html')).length;
  scaling.push({ factor, ms, pages: n, pagefindBytes: dirBytes(join(out, 'pagefind')), msPerPage: +(ms / n).toFixed(2) });
  rmSync(out, { recursive: true, force: true });
  rmSync(join(content, '..'), { recursive: true, force: true });
}
results.scaling = scaling;

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines = [
  `# Benchmark (${results.date as string})`,
  '',
  `Build: ${buildMs} ms for ${pages} pages; site ${kb(buildFigures.distBytes)}, search index ${kb(buildFigures.pagefindBytes)}.`,
  '',
  '| template | HTML gzip | CSS gzip | JS gzip | total gzip (target: provision <= 25 KB) |',
  '|---|---|---|---|---|',
  ...weights.map((t) => `| ${t.name} | ${kb(t.html.gzip)} | ${kb(t.css.gzip)} | ${kb(t.js.gzip)} | ${kb(t.totalGzip)} |`),
  '',
  `Search: median time to first results ${searchFigures.medianFirstResultsMs} ms (target < 300 ms), median Pagefind bytes per first search ${kb(searchFigures.medianPagefindBytes)}.`,
  '',
  '| corpus | build ms | pages | ms per page | index |',
  '|---|---|---|---|---|',
  ...scaling.map((s) => `| ${s.factor}x | ${s.ms} | ${s.pages} | ${s.msPerPage} | ${kb(s.pagefindBytes)} |`),
  ...(scores ? ['', '| Lighthouse | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|', ...Object.entries(scores).map(([n, s]) => `| ${n} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`)] : []),
];
writeFileSync(join(ROOT, 'bench', 'results.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
if (!existsSync(join(dist, 'index.html'))) process.exit(1);
