/**
 * Debian's litmus (the WebDAV conformance suite Apache mod_dav passes in
 * full) against a real agent process: every suite must report a summary and
 * every test in it must pass, with no warnings and nothing skipped.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, startAgentProcess } from '../helpers/agent-process.js';

type Agent = Awaited<ReturnType<typeof startAgentProcess>>;

/** The suites litmus runs by default, with the number of tests Apache httpd 2.4 mod_dav runs (and passes) in each. */
const SUITES: Record<string, number> = { basic: 16, copymove: 13, props: 30, locks: 41, http: 3 };
/**
 * Skips litmus decides on its own, whatever the server: it cannot test
 * `Expect: 100-continue` over TLS (Apache over HTTPS gets the same skip).
 */
const ALLOWED_SKIPS: readonly RegExp[] = [/^\s*\d+\. expect100\.* SKIPPED \(skipping for SSL server\)\s*$/];
const LITMUS_TIMEOUT_MS = 4 * 60 * 1000;

interface SuiteReport {
  name: string;
  /** The lines litmus printed for this suite. */
  text: string;
  run: number | null;
  passed: number | null;
  failed: number | null;
  warnings: number;
  skipped: number;
  /** SKIPPED lines not explained by litmus's own limits (ALLOWED_SKIPS). */
  unexplainedSkips: string[];
  /** Test lines that did not say plain "pass". */
  problems: string[];
}

interface LitmusRun {
  output: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  workDir: string;
}

const test = suite('litmus');
let agent: Agent | null = null;
let run: LitmusRun | null = null;
let anyFailure = false;

function runLitmus(url: string, user: string, password: string, workDir: string): Promise<LitmusRun> {
  return new Promise((resolve, reject) => {
    // -k: keep going after a failing suite, so every suite gets its summary. Runs in workDir: litmus writes debug.log and child.log to its cwd.
    const child = spawn('litmus', ['-k', url, user, password], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TESTS: Object.keys(SUITES).join(' ') } });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, LITMUS_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ output, exitCode, signal, timedOut, workDir });
    });
  });
}

/** Split litmus output into suites: `-> running \`NAME':` ... `<- summary for \`NAME': ...`. */
function parseLitmus(output: string): Map<string, SuiteReport> {
  const reports = new Map<string, SuiteReport>();
  // eslint-disable-next-line no-control-regex
  // litmus redraws each test line with \r: keep what is left after the last one.
  const clean = output
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .map((line) => line.split('\r').filter((part) => part !== '').at(-1) ?? '')
    .join('\n');
  const starts = [...clean.matchAll(/^-> running [`'](\w+)':/gm)];
  for (let i = 0; i < starts.length; i++) {
    const match = starts[i]!;
    const name = match[1]!;
    const text = clean.slice(match.index, i + 1 < starts.length ? starts[i + 1]!.index : clean.length);
    const summary = /^<- summary for [`']\w+': of (\d+) tests run: (\d+) passed, (\d+) failed\./m.exec(text);
    const warnings = /^-> (\d+) warnings? (?:was |were )?issued\./m.exec(text);
    const skipped = /^-> (\d+) tests? (?:was|were) skipped\./m.exec(text);
    const skippedLines = text.split('\n').filter((line) => /SKIPPED/.test(line));
    const problems = text
      .split('\n')
      .filter((line) => !line.startsWith('<-') && (/^\s*\d+\.\s/.test(line) || /WARNING:|FAIL|SKIPPED|ABORTED|segmentation fault/i.test(line)))
      .filter((line) => !/^\s*\d+\.\s+\S+\.*\s*pass\s*$/.test(line))
      .map((line) => line.trimEnd());
    reports.set(name, {
      name,
      text,
      run: summary ? Number(summary[1]) : null,
      passed: summary ? Number(summary[2]) : null,
      failed: summary ? Number(summary[3]) : null,
      warnings: warnings ? Number(warnings[1]) : 0,
      skipped: skipped ? Number(skipped[1]) : 0,
      unexplainedSkips: skippedLines.filter((line) => !ALLOWED_SKIPS.some((allowed) => allowed.test(line))),
      problems,
    });
  }
  return reports;
}

function fail(message: string): never {
  anyFailure = true;
  assert.unreachable(message);
  throw new Error(message); // not reached: unreachable throws
}

test('litmus runs all five suites against the agent to the end', async () => {
  agent = await startAgentProcess();
  assert.ok(agent.url.endsWith('/'), `litmus needs the share URL with a trailing slash, got ${agent.url}`);
  const workDir = await mkdtemp(join(tmpdir(), 'mesh-share-litmus-'));
  if (agent.password === null) fail('the test agent has no known password');
  run = await runLitmus(agent.url, agent.user, agent.password, workDir);
  process.stdout.write(`\n---- litmus output ----\n${run.output}---- end of litmus output ----\n`);
  if (run.timedOut) fail(`litmus did not finish within ${LITMUS_TIMEOUT_MS / 1000} s`);
  const reports = parseLitmus(run.output);
  const missing = Object.keys(SUITES).filter((name) => reports.get(name)?.run == null);
  if (missing.length > 0) fail(`litmus printed no summary for: ${missing.join(', ')} (a suite crashed or never started; exit ${run.exitCode ?? run.signal})`);
  if (run.exitCode !== 0) fail(`litmus exited with ${run.exitCode ?? run.signal}`);
});

for (const [name, expected] of Object.entries(SUITES)) {
  test(`litmus ${name}: every test passed (${expected} as for Apache), no warnings, no skips but litmus's own`, () => {
    if (run === null) fail('litmus did not run');
    const report = parseLitmus(run.output).get(name);
    if (!report) fail(`litmus never started the ${name} suite`);
    const where = `\n---- ${name} ----\n${report.text}`;
    if (report.run === null) fail(`litmus ${name} printed no summary: the suite crashed or was cut short${where}`);
    if (report.failed !== 0 || report.passed !== report.run) fail(`litmus ${name}: ${report.passed} of ${report.run} passed, ${report.failed} failed:\n  ${report.problems.join('\n  ')}${where}`);
    if (report.run !== expected) fail(`litmus ${name} ran ${report.run} tests, Apache runs ${expected} (some were skipped or the suite stopped early)${where}`);
    if (report.unexplainedSkips.length > 0) fail(`litmus ${name}: ${report.skipped} skipped:\n  ${report.unexplainedSkips.join('\n  ')}${where}`);
    if (report.skipped !== report.text.split('\n').filter((line) => /SKIPPED/.test(line)).length) fail(`litmus ${name} says ${report.skipped} skipped but lists other skip lines${where}`);
    if (report.warnings !== 0) fail(`litmus ${name}: ${report.warnings} warning(s):\n  ${report.problems.join('\n  ')}${where}`);
  });
}

test('after litmus the agent is still running and answering', async () => {
  if (agent === null) fail('the agent did not start');
  assert.is(agent.process.exitCode, null, `the agent exited with ${agent.process.exitCode}\nstderr:\n${agent.stderr().slice(-4000)}`);
  assert.is(agent.process.signalCode, null, `the agent was killed by ${agent.process.signalCode}`);
  const res = await request(agent, 'OPTIONS', '/', {});
  assert.ok(res.status === 200 || res.status === 204, `OPTIONS / after litmus: ${res.status}`);
  const propfind = await request(agent, 'PROPFIND', '/', { headers: { Depth: '1' } });
  assert.is(propfind.status, 207, `PROPFIND / after litmus: ${propfind.status}`);
});

test('the agent logged no unhandled exceptions during litmus', () => {
  if (agent === null) fail('the agent did not start');
  const stderr = agent.stderr();
  const bad = /uncaughtException|unhandledRejection|\bat [^\s]+ \((?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)|"level":"error"/.exec(stderr);
  if (bad) fail(`the agent logged: ${stderr.slice(Math.max(0, bad.index - 300), bad.index + 800)}`);
});

test.after(async () => {
  if (run !== null) {
    if (anyFailure) {
      // The network trace is often the quickest way to see what litmus disliked.
      const debug = await readFile(join(run.workDir, 'debug.log'), 'utf8').catch(() => '');
      if (debug !== '') process.stdout.write(`\n---- last 150 lines of litmus debug.log (kept in ${run.workDir}) ----\n${debug.split('\n').slice(-150).join('\n')}\n---- end ----\n`);
    } else {
      await rm(run.workDir, { recursive: true, force: true });
    }
  }
  if (agent !== null) {
    if (anyFailure) process.stdout.write(`\n---- agent stderr (last 4000 chars) ----\n${agent.stderr().slice(-4000)}\n---- end ----\n`);
    try {
      await agent.stop();
    } catch {
      agent.kill();
    }
    await agent.cleanup().catch(() => {});
  }
});

test.run();
