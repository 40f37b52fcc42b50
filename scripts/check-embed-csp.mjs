#!/usr/bin/env node
// Loads the built embed in headless Chromium on a page served with a strict
// Content-Security-Policy, and fails if the policy blocks anything, the page throws, the
// timeline does not render, or any request leaves this machine's loopback server.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../dist/embed/', import.meta.url).pathname;
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="./frise-embed.js"></script></head>
<body><frise-timeline src="./france-azerbaijan.json" locale="fr"></frise-timeline></body></html>`;
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.map': 'application/json',
};

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const headers = { 'Content-Security-Policy': CSP };
  if (path === '/' || path === '/csp.html') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
    return;
  }
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT)) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`third-party request: ${request.url()}`);
  });
  await page.goto(`${origin}/csp.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('frise-timeline')?.shadowRoot?.querySelector('[data-event-id]') !=
      null,
    undefined,
    { timeout: 20_000 },
  );
  const violations = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(event.violatedDirective),
        );
        setTimeout(() => resolve(seen), 500);
      }),
  );
  for (const directive of violations) problems.push(`CSP violation: ${directive}`);
} catch (error) {
  problems.push(`the embed did not render: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}

if (problems.length > 0) {
  console.error(
    `Embed under a strict CSP: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(`Embed under a strict CSP (${CSP}): renders, no violation, no third-party request.`);
