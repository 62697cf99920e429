/**
 * A classmate's visit, end to end: the real agent over HTTPS, driven by
 * Debian's Chromium through playwright-core. Needs /usr/bin/chromium; the
 * test runner installs it, and without it this test fails rather than
 * pretending the browser view works.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startAgentProcess } from '../helpers/agent-process.js';

const CHROMIUM = '/usr/bin/chromium';
// Runs from dist/test/browser/; screenshots go to the source tree, where people look for them.
const ARTIFACTS = fileURLToPath(new URL('../../../test/artifacts/', import.meta.url));
const XO_SCREEN = { width: 1200, height: 900 };

test('a classmate lists the share, opens a folder, uploads and downloads with Chromium', async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium); the test runner does this when run as root.`);
  }
  const agent = await startAgentProcess();
  let browser: Browser | undefined;
  try {
    assert.ok(agent.password, 'the helper should have set a password');
    await writeFile(join(agent.shareDir, 'hello.txt'), 'Hello from the XO!\n');
    await mkdir(join(agent.shareDir, 'Drawings'));
    await writeFile(join(agent.shareDir, 'Drawings', 'sun 2.png'), randomBytes(2048));
    await writeFile(join(agent.shareDir, 'Drawings', 'sun 10.png'), randomBytes(150_000));
    await mkdir(join(agent.shareDir, 'Drawings', 'Old ones'));

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      httpCredentials: { username: agent.user, password: agent.password },
      viewport: XO_SCREEN,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    // CSP violations and broken markup show up here; the page must have none.
    page.on('console', (message) => {
      // Failed loads are judged by URL below; the console text does not name it.
      if (message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('response', (response) => {
      // Chromium asks every site for /favicon.ico; a share need not have one.
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const first = await page.goto(agent.url);
    assert.is(first?.status(), 200);
    assert.is(first?.headers()['content-type'], 'text/html; charset=utf-8');
    assert.is(await page.title(), 'Share');
    assert.equal(await page.locator('td.c-name').allInnerTexts(), ['Drawings/', 'hello.txt']);

    await Promise.all([page.waitForURL(`${agent.url}Drawings/`), page.locator('a.name', { hasText: 'Drawings' }).click()]);
    assert.is(await page.locator('h1').innerText(), 'Drawings');
    assert.equal(await page.locator('td.c-name').allInnerTexts(), ['Old ones/', 'sun 2.png', 'sun 10.png']);
    assert.is(await page.locator('nav.crumbs a').innerText(), 'Share');

    const noise = randomBytes(300_000);
    await page.setInputFiles('input[type=file][name=file]', { name: 'noise.bin', mimeType: 'application/octet-stream', buffer: noise });
    await Promise.all([page.waitForURL(/\/Drawings\/\?saved=noise\.bin$/), page.getByRole('button', { name: 'Upload' }).click()]);
    assert.match(await page.locator('.notice.ok').innerText(), 'noise.bin');
    const row = page.locator('tr', { has: page.locator('a.name', { hasText: 'noise.bin' }) });
    assert.is(await row.locator('td.c-size').innerText(), '300 kB');
    assert.equal(await readFile(join(agent.shareDir, 'Drawings', 'noise.bin')), noise);

    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('a.download').click()]);
    assert.is(download.suggestedFilename(), 'noise.bin');
    const saved = await download.path();
    assert.equal(await readFile(saved), noise);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'browser-share.png') });
    assert.equal(problems, []);
  } finally {
    await browser?.close();
    await agent.cleanup();
  }
});

test.run();
