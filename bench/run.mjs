#!/usr/bin/env node
// Measures the built benchmark page (bench/dist) in headless Chromium: render-to-paint time,
// DOM size, JS heap, and frame times during a scripted zoom and pan, over fresh pages, and
// prints the medians beside the targets. It measures and never fails on a missed target.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results', import.meta.url));
const REPO = fileURLToPath(new URL('..', import.meta.url));

const SEED = 20_240_501;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
/** Fresh pages per size: enough for a median that one slow page does not move. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORT = { width: 1200, height: 600 };
/** One page's cap: past it the run is recorded as a timeout, and the size's other runs skipped. */
const PAGE_TIMEOUT_MS = 60_000;
const WHEEL_STEPS = 30;
const WHEEL_DELTA_Y = -100;
const DRAG_PX = 400;
const DRAG_STEPS = 20;

/**
 * Frame timestamps come at 0.1 ms resolution and jitter around 16.7 ms (16.6–16.8) even when no
 * frame is dropped, while a dropped frame is at least 33.3 ms: the verdict allows for the jitter.
 */
const FRAME_JITTER_MS = 0.5;

const TARGETS = {
  renderMs: { 10000: 100, 100000: 500 },
  framePercentile95Ms: 16.7,
  domElements: 2000,
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static server for bench/dist on the loopback address, on a free port. */
function serveDist() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const requested = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const path = join(DIST, requested === '' ? 'index.html' : requested);
    if (
      !(path === DIST || path.startsWith(DIST + sep)) ||
      !existsSync(path) ||
      !statSync(path).isFile()
    ) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Input pace: one event per 60 Hz frame, each also waiting for the page to take the last. */
const INPUT_INTERVAL_MS = 16;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const paced = (input) => Promise.all([input, sleep(INPUT_INTERVAL_MS)]);

const nextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

/** Starts recording frame timestamps and long tasks in the page. */
function startRecording(page) {
  return page.evaluate(() => {
    const recording = { stamps: [], longTaskMs: 0, longTaskCount: 0, isRunning: true };
    const addLongTasks = (entries) => {
      for (const entry of entries) {
        recording.longTaskMs += entry.duration;
        recording.longTaskCount += 1;
      }
    };
    const observer = new PerformanceObserver((list) => addLongTasks(list.getEntries()));
    observer.observe({ type: 'longtask' });
    const onFrame = (timestamp) => {
      if (!recording.isRunning) return;
      recording.stamps.push(timestamp);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    window.__friseRecording = { recording, observer, addLongTasks };
  });
}

/** Stops recording; long-task entries arrive asynchronously, so it waits briefly for the last. */
function stopRecording(page) {
  return page.evaluate(async () => {
    const { recording, observer, addLongTasks } = window.__friseRecording;
    recording.isRunning = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    addLongTasks(observer.takeRecords());
    observer.disconnect();
    const frameMs = recording.stamps
      .slice(1)
      .map((stamp, index) => stamp - recording.stamps[index]);
    return { frameMs, longTaskMs: recording.longTaskMs, longTaskCount: recording.longTaskCount };
  });
}

/**
 * One fresh page: fills `result` phase by phase, so a timeout keeps what was measured. A
 * baseline page (`render=0`) stops after the heap.
 */
async function measurePage(context, url, result, isBaseline) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.addInitScript(() => {
    const remember = (message) => {
      window.__friseBenchError ??= String(message);
    };
    window.addEventListener('error', (event) => remember(event.message));
    window.addEventListener('unhandledrejection', (event) => remember(event.reason));
  });

  result.phase = 'load and render';
  // The page's own cap is PAGE_TIMEOUT_MS, enforced by the caller, so no Playwright timeouts.
  await page.goto(url, { waitUntil: 'commit', timeout: 0 });
  await page.waitForFunction(
    () => window.__friseBench !== undefined || window.__friseBenchError !== undefined,
    null,
    {
      polling: 50,
      timeout: 0,
    },
  );
  const pageError = await page.evaluate(() => window.__friseBenchError);
  if (pageError !== undefined || pageErrors.length > 0) {
    throw new Error([pageError, ...pageErrors].filter(Boolean).join('; '));
  }
  const bench = await page.evaluate(() => window.__friseBench);
  result.renderMs = bench.renderMs;

  result.phase = 'DOM and heap';
  result.domElements = await page.evaluate(
    () => document.querySelector('.frise-timeline')?.querySelectorAll('*').length ?? 0,
  );
  result.heapBytes = await page.evaluate(() => {
    window.gc();
    window.gc();
    return performance.memory.usedJSHeapSize;
  });
  if (isBaseline) {
    result.phase = 'done';
    return;
  }

  result.phase = 'zoom and drag';
  const viewport = page.locator('.frise-timeline__viewport');
  await viewport.scrollIntoViewIfNeeded();
  const box = await viewport.boundingBox();
  if (!box) throw new Error('The timeline viewport is not visible.');
  const centerX = box.x + box.width / 2;
  const centerY = box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2;
  await page.mouse.move(centerX, centerY);
  await nextFrame(page);
  await startRecording(page);
  await page.keyboard.down('Control');
  for (let step = 0; step < WHEEL_STEPS; step += 1) {
    await paced(page.mouse.wheel(0, WHEEL_DELTA_Y));
  }
  await page.keyboard.up('Control');
  const fromX = centerX - DRAG_PX / 2;
  await page.mouse.move(fromX, centerY);
  await page.mouse.down();
  for (let step = 1; step <= DRAG_STEPS; step += 1) {
    await paced(page.mouse.move(fromX + (DRAG_PX * step) / DRAG_STEPS, centerY));
  }
  await page.mouse.up();
  await nextFrame(page);
  const { frameMs, longTaskMs, longTaskCount } = await stopRecording(page);
  if (pageErrors.length > 0) throw new Error(pageErrors.join('; '));
  result.frameMs = frameMs;
  result.frameP50Ms = percentile(frameMs, 0.5);
  result.frameP95Ms = percentile(frameMs, 0.95);
  result.longTaskMs = longTaskMs;
  result.longTaskCount = longTaskCount;

  result.phase = 'done';
}

/** Nearest-rank percentile; `undefined` for no values. */
function percentile(values, fraction) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

function median(values) {
  const present = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (present.length === 0) return undefined;
  const sorted = [...present].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function rejectAfter(ms, message) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs one page under the cap; a page that hangs has its context, or the browser, closed. */
async function runOnce(state, url, isBaseline = false) {
  const result = { phase: 'start' };
  const context = await state.browser.newContext({ viewport: VIEWPORT });
  const measuring = measurePage(context, url, result, isBaseline);
  measuring.catch(() => {});
  const cap = rejectAfter(PAGE_TIMEOUT_MS, `timeout after ${PAGE_TIMEOUT_MS / 1000} s`);
  try {
    await Promise.race([measuring, cap.promise]);
  } catch (error) {
    result.error = `${error instanceof Error ? error.message : String(error)} (during ${result.phase})`;
    result.isTimeout = result.error.startsWith('timeout');
  } finally {
    cap.cancel();
  }
  const closing = rejectAfter(10_000, 'close timeout');
  try {
    await Promise.race([context.close(), closing.promise]);
  } catch {
    // A renderer stuck in a long task can keep its context from closing: start a new browser.
    await state.browser.close().catch(() => {});
    state.browser = await launchBrowser();
  } finally {
    closing.cancel();
  }
  return result;
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const megabytes = (bytes) => (bytes === undefined ? '—' : (bytes / 1e6).toFixed(1));
const ms = (value) => (value === undefined ? '—' : value.toFixed(1));
const mark = (value, limit) =>
  value === undefined || limit === undefined ? '' : value <= limit ? ' ✓' : ' ✗';

function formatTable(rows) {
  const header = [
    'size',
    'runs ok',
    'render ms',
    'DOM elements',
    'heap MB',
    'doc-only MB',
    'frame p50 ms',
    'frame p95 ms',
    'long tasks ms',
  ];
  const lines = rows.map(({ size, runs, documentHeapBytes, median: m }) => [
    size.toLocaleString('en-US'),
    `${runs.filter((run) => !run.error).length}/${runs.length}`,
    ms(m.renderMs) + mark(m.renderMs, TARGETS.renderMs[size]),
    (m.domElements === undefined ? '—' : String(Math.round(m.domElements))) +
      mark(m.domElements, TARGETS.domElements),
    megabytes(m.heapBytes),
    megabytes(documentHeapBytes),
    ms(m.frameP50Ms),
    ms(m.frameP95Ms) + mark(m.frameP95Ms, TARGETS.framePercentile95Ms + FRAME_JITTER_MS),
    ms(m.longTaskMs),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => line[column].length)),
  );
  const format = (line) => line.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('bench/dist is missing: run `npm run bench`, which builds it first.');
    process.exit(1);
  }
  const server = await serveDist();
  const { port } = server.address();
  const state = { browser: await launchBrowser() };
  const chromiumVersion = state.browser.version();
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  console.log(
    `Chromium ${chromiumVersion}, ${os.cpus().length} CPUs, 1-minute load ${loadAtStart[0].toFixed(1)}` +
      ' (other work on these cores slows every figure).',
  );
  const rows = [];

  for (const size of SIZES) {
    const url = `http://127.0.0.1:${port}/index.html?count=${size}&seed=${SEED}`;
    // The same document without the timeline, once: the heap it takes on its own.
    const baseline = await runOnce(state, `${url}&render=0`, true);
    const runs = [];
    const total = RUNS;
    for (let run = 1; run <= total; run += 1) {
      const result = await runOnce(state, url);
      runs.push(result);
      const summary = result.error
        ? `failed: ${result.error}`
        : `render ${ms(result.renderMs)} ms, frame p95 ${ms(result.frameP95Ms)} ms`;
      console.log(`  ${size.toLocaleString('en-US')} events, run ${run}/${total}: ${summary}`);
      if (result.isTimeout) {
        console.log(`  ${size.toLocaleString('en-US')} events: timed out, skipping its other runs`);
        break;
      }
    }
    const ok = runs.filter((run) => !run.error);
    const pick = (key) => median(ok.map((run) => run[key]));
    rows.push({
      size,
      documentHeapBytes: baseline.heapBytes,
      baseline,
      runs,
      median: {
        renderMs: pick('renderMs'),
        domElements: pick('domElements'),
        heapBytes: pick('heapBytes'),
        frameP50Ms: pick('frameP50Ms'),
        frameP95Ms: pick('frameP95Ms'),
        longTaskMs: pick('longTaskMs'),
      },
    });
  }

  await state.browser.close();
  server.close();

  console.log(
    `\nMedians over fresh pages (seed ${SEED}). Targets: render ≤ 100 ms at 10,000 and ≤ 500 ms at` +
      ` 100,000 events; DOM ≤ ${TARGETS.domElements} elements; frame p95 ≤ ${TARGETS.framePercentile95Ms} ms` +
      ` (judged with ${FRAME_JITTER_MS} ms for timestamp jitter).\n`,
  );
  console.log(formatTable(rows));

  const require = createRequire(import.meta.url);
  const report = {
    date: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 1e9),
      // Other work on the same cores slows every figure: the 1-minute load before and after.
      loadAverage1m: { start: loadAtStart[0], end: os.loadavg()[0] },
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      chromium: chromiumVersion,
      playwrightCore: require('playwright-core/package.json').version,
    },
    settings: {
      seed: SEED,
      viewport: VIEWPORT,
      pageTimeoutMs: PAGE_TIMEOUT_MS,
      wheel: { steps: WHEEL_STEPS, deltaY: WHEEL_DELTA_Y, modifier: 'Control' },
      drag: { px: DRAG_PX, steps: DRAG_STEPS },
      inputIntervalMs: INPUT_INTERVAL_MS,
      frameJitterAllowanceMs: FRAME_JITTER_MS,
      chromiumArgs: CHROMIUM_ARGS,
    },
    targets: TARGETS,
    results: rows,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFull results: ${relative(REPO, file)}`);
}

await main();
