// A 1 MB report in a <textarea> (test/e2e/scenarios/huge-document.ts): the page's worst long task and
// worst stall from the moment the report is in the field until its blanks are boxed (the page's own
// first frame of the 1 MB field told apart), and again while the field is scrolled to the middle and
// to the end (new stretches of text for the mirror to lay out), and while typing there. The same page
// is then opened, scrolled and typed into in a browser without the extension: what the page costs alone.
// The open is traced: on this shared machine a task's CPU time says what it cost when its wall time
// does not, so the worst stall is given in CPU too (open-worst-stall-cpu), with Chromium's PrePaint
// after the page's first frame (BENCH_TRACE=0: no trace; BENCH_TRACE=typing: the typing instead). BENCH_PROFILE=1 (with
// a WXT_NO_MINIFY=1 build for names): where the open's busy stretches went, as in huge-open.ts;
// BENCH_TRACE_FILE=<path> / BENCH_PROFILE_FILE=<path> keep the trace's events / the CPU profile.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { PAINT_LIMIT } from '../../lib/highlight/paint-window';
import { launchChromiumWithExtension } from '../../scripts/chromium';
import { type LongTask, longTasksSinceReady, openWithHugeReport } from '../../test/e2e/scenarios/huge-document';
import { printBusyStretches, startTrace, tasksAfterFirstFrame, type TraceEvent } from './huge-open';

const boxes = `document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelectorAll('[data-blank]').length ?? 0`;
const worst = (list: { duration: number }[]) => Math.max(0, ...list.map((t) => t.duration));

// biome-ignore format: page scripts, one per line
const INIT_SCRIPTS = [
  // tsx names the init script's inner functions through its own helper, which the page lacks.
  'globalThis.__name ??= (f) => f;',
  // The longest overlay draw (ra:overlay) and background measuring slice of the mirror (ra:mirror).
  `window.__worstMeasure = {}; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__worstMeasure[e.name] = Math.max(window.__worstMeasure[e.name] || 0, e.duration); }).observe({ type: 'measure' });`,
  // The page's own first frame with the report in it: the stall holding it is the page's, not ours.
  `document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => { window.__firstFrame = performance.now(); performance.mark('bench:first-frame'); }));`,
];

interface Figures {
  openWorstTask: number;
  openWorstStall: number;
  firstBoxes: number;
  scrollWorst: number;
  typingWorst: number;
  measures: Record<string, number>;
}

/** Long tasks and stalls since the page was ready, the one holding its first frame apart. */
async function openFigures(page: Page): Promise<Pick<Figures, 'openWorstTask' | 'openWorstStall'>> {
  const open = await longTasksSinceReady(page);
  const firstFrame: number = await page.evaluate(() => (window as any).__firstFrame);
  const holdsFirstFrame = (t: LongTask) => t.start <= firstFrame && t.start + t.duration >= firstFrame;
  if (process.env.BENCH_VERBOSE) {
    const ready: number = await page.evaluate(() => (window as any).__hugeReady);
    const list = (l: LongTask[]) => JSON.stringify(l.map((s) => [Math.round(s.start), Math.round(s.duration)]));
    console.log(
      `  ready at ${Math.round(ready)}, first frame at ${Math.round(firstFrame)}; stalls ${list(open.stalls)}; long tasks ${list(open.longTasks)}`,
    );
  }
  return {
    openWorstTask: worst(open.longTasks.filter((t) => !holdsFirstFrame(t))),
    openWorstStall: worst(open.stalls.filter((t) => !holdsFirstFrame(t))),
  };
}

const resetWatch = (page: Page) =>
  page.evaluate(() => {
    (window as any).__gaps.length = 0;
    (window as any).__longTasks.length = 0;
  });

/** With `traceTyping`, the typing is traced (BENCH_TRACE=typing): its tasks over 50 ms CPU are listed. */
async function scrollAndType(page: Page, name: string, traceTyping?: CDPSession): Promise<Pick<Figures, 'scrollWorst' | 'typingWorst'>> {
  // Scrolling far: the mirror lays out a new window (and, before, the whole value).
  const scrollWorst: number[] = [];
  for (const fraction of [0.5, 1]) {
    await resetWatch(page);
    await page.evaluate((fraction) => {
      const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
      field.scrollTop = (field.scrollHeight - field.clientHeight) * fraction;
    }, fraction);
    await page.waitForTimeout(1000);
    const after = await longTasksSinceReady(page);
    scrollWorst.push(Math.max(worst(after.longTasks), worst(after.stalls)));
  }
  // Typing mid-document: the mirror follows the edit (before, each edit laid the whole value out again).
  await resetWatch(page);
  await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
    field.focus({ preventScroll: true });
    const at = field.value.indexOf('\n', field.value.length >> 1);
    field.setSelectionRange(at, at);
  });
  const stopTrace = traceTyping && (await startTrace(traceTyping));
  // Finds the page's renderer in the trace without the extension's measures.
  if (stopTrace) await page.evaluate(() => performance.mark('bench:typing'));
  for (let i = 0; i < 6; i++) {
    await page.evaluate((add) => (add ? document.execCommand('insertText', false, 'X') : document.execCommand('delete')), i % 2 === 0);
    await page.waitForTimeout(700);
  }
  if (stopTrace) {
    const events = await stopTrace();
    if (process.env.BENCH_TRACE_FILE) writeFileSync(`${process.env.BENCH_TRACE_FILE}.${name}-typing.json`, JSON.stringify(events));
    printWorstTask(`${name}-typing`, tasksAfterFirstFrame(events, Boolean(process.env.BENCH_VERBOSE)).tasks);
  }
  const typing = await longTasksSinceReady(page);
  return { scrollWorst: Math.max(...scrollWorst), typingWorst: Math.max(worst(typing.longTasks), worst(typing.stalls)) };
}

/** Opens, scrolls and types into the 1 MB textarea; `extension` false: a browser without ours (nothing to wait for but the first frame). */
async function measure(context: BrowserContext, pagesUrl: string, extension: boolean): Promise<Figures> {
  for (const content of INIT_SCRIPTS) await context.addInitScript({ content });
  const name = extension ? 'textarea-1mb' : 'textarea-1mb-without-extension';
  let cdp: CDPSession | null = null;
  let stopTrace: Awaited<ReturnType<typeof startTrace>> | null = null;
  const page = await context.newPage();
  const traceOpen = !['0', 'typing'].includes(process.env.BENCH_TRACE ?? '');
  if (process.env.BENCH_PROFILE || traceOpen) {
    // Same origin first, so the profiler runs in the renderer that will load the report.
    await page.goto(`${pagesUrl}/plain.html`);
    if (process.env.BENCH_PROFILE) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    if (traceOpen) stopTrace = await startTrace(await context.newCDPSession(page));
  }
  await openWithHugeReport({ context, pagesUrl }, 'textarea.html', '#editor', page);
  try {
    if (extension) {
      await page.waitForFunction(
        (limit) => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0) === limit,
        PAINT_LIMIT,
        { timeout: 120_000 },
      );
      await page.waitForFunction(`(${boxes}) > 0`, null, { timeout: 60_000 });
    } else await page.waitForFunction(() => (window as any).__firstFrame !== undefined, null, { timeout: 60_000 });
    const firstBoxes: number = await page.evaluate(() => performance.now() - (window as any).__hugeReady);
    await page.waitForTimeout(1000);
    const open = await openFigures(page);
    // BENCH_PROFILE=typing: the profile goes on through scrolling and typing.
    const stopProfile = async () => {
      if (!cdp) return;
      const { profile } = await cdp.send('Profiler.stop');
      if (process.env.BENCH_PROFILE_FILE) writeFileSync(`${process.env.BENCH_PROFILE_FILE}.${name}.cpuprofile`, JSON.stringify(profile));
      printBusyStretches(profile);
    };
    if (process.env.BENCH_PROFILE !== 'typing') await stopProfile();
    if (stopTrace) {
      const events = await stopTrace();
      if (process.env.BENCH_TRACE_FILE) writeFileSync(`${process.env.BENCH_TRACE_FILE}.${name}.json`, JSON.stringify(events));
      printWorstTask(`${name}-open`, tasksAfterFirstFrame(events, Boolean(process.env.BENCH_VERBOSE)).tasks);
      printOpenCpu(name, events);
    }
    const rest = await scrollAndType(page, name, process.env.BENCH_TRACE === 'typing' ? await context.newCDPSession(page) : undefined);
    if (process.env.BENCH_PROFILE === 'typing') await stopProfile();
    const measures: Record<string, number> = await page.evaluate(() => (window as any).__worstMeasure);
    return { ...open, firstBoxes, ...rest, measures };
  } finally {
    await page.close();
  }
}

/** The task with the most CPU time (after the page's first frame of the report, when the trace holds it) and what it was made of. */
function printWorstTask(name: string, tasks: ReturnType<typeof tasksAfterFirstFrame>['tasks']): void {
  const worst = tasks.reduce<(typeof tasks)[number] | null>((a, t) => (!a || t.cpu > a.cpu ? t : a), null);
  if (worst) console.log(`MS ${name}-worst-task-cpu ${worst.cpu} (${worst.parts})`);
}

/**
 * From the open's trace, what a busy machine does not inflate: the main thread's CPU time between two
 * beats of the page's heartbeat (the setTimeout(…, 5) loop of huge-document.ts), worst of those after the
 * page's first frame of the report (the stall holding that frame is the page's own); and Chromium's
 * PrePaint after that frame, the longest and the sum (each a walk of the page's boxes when it is long).
 */
function printOpenCpu(name: string, events: TraceEvent[]): void {
  const pid = (events.find((e) => e.name.startsWith('ra:')) ?? events.find((e) => e.name.startsWith('bench:')))?.pid;
  const mainTid = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && (e.args as any)?.name === 'CrRendererMain',
  )?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid).sort((a, b) => a.ts - b.ts);
  const firstFrame = main.find((e) => e.name === 'bench:first-frame')?.ts;
  if (firstFrame === undefined) return;
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { timerId?: number; timeout?: number };
  const beatTimers = new Set(main.filter((e) => e.name === 'TimerInstall' && data(e).timeout === 5).map((e) => data(e).timerId));
  const beats = main.filter((e) => e.name === 'TimerFire' && beatTimers.has(data(e).timerId));
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  // Outermost tasks only (Chromium nests RunTask events).
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    if (e.ph !== 'X' || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')) continue;
    const last = tasks[tasks.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  let worstHeld = 0;
  for (let i = 1; i < beats.length; i++) {
    const [from, to] = [beats[i - 1].ts, beats[i].ts];
    if (from <= firstFrame) continue;
    const held = tasks.filter((t) => t.ts > from && t.ts < to).reduce((sum, t) => sum + cpu(t), 0);
    worstHeld = Math.max(worstHeld, held);
  }
  const prePaints = main.filter((e) => e.name === 'PrePaint' && e.ph === 'X' && e.ts > firstFrame);
  // The first PrePaint after the mark is the page's own first frame of the report.
  const ours = prePaints.slice(1).map(cpu);
  const ms = (us: number) => (us / 1000).toFixed(0);
  console.log(`MS ${name}-open-worst-stall-cpu ${ms(worstHeld)}`);
  console.log(`MS ${name}-open-worst-prepaint-cpu ${ms(Math.max(0, ...ours))}`);
  console.log(`MS ${name}-open-prepaint-cpu ${ms(ours.reduce((a, b) => a + b, 0))}`);
}

/** A browser with an empty extension instead of ours, through the one launcher (same flags). */
async function withoutOurExtension<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ra-bench-bare-'));
  const ext = join(dir, 'ext');
  const profile = join(dir, 'profile');
  try {
    mkdirSync(ext);
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bare', version: '1' }));
    const context = await launchChromiumWithExtension(profile, ext, { headless: true });
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function hugeTextarea(context: BrowserContext, pagesUrl: string): Promise<void> {
  const f = await measure(context, pagesUrl, true);
  console.log(`MS textarea-1mb-open-worst-task ${f.openWorstTask.toFixed(0)}`);
  console.log(`MS textarea-1mb-open-worst-stall ${f.openWorstStall.toFixed(0)}`);
  console.log(`MS textarea-1mb-open-to-first-boxes ${f.firstBoxes.toFixed(0)}`);
  console.log(`MS textarea-1mb-scroll-worst-stall ${f.scrollWorst.toFixed(0)}`);
  console.log(`MS textarea-1mb-typing-worst-stall ${f.typingWorst.toFixed(0)}`);
  console.log(`MS textarea-1mb-worst-overlay-draw ${(f.measures['ra:overlay'] ?? 0).toFixed(0)}`);
  console.log(`MS textarea-1mb-worst-mirror-slice ${(f.measures['ra:mirror'] ?? 0).toFixed(0)}`);
  if (process.env.BENCH_TEXTAREA_BARE === '0') return;
  // The page alone: its own cost of a 1 MB field (first frame, scrolling, typing).
  const bare = await withoutOurExtension((bareContext) => measure(bareContext, pagesUrl, false));
  console.log(`MS textarea-1mb-without-extension-open-worst-stall ${bare.openWorstStall.toFixed(0)}`);
  console.log(`MS textarea-1mb-without-extension-scroll-worst-stall ${bare.scrollWorst.toFixed(0)}`);
  console.log(`MS textarea-1mb-without-extension-typing-worst-stall ${bare.typingWorst.toFixed(0)}`);
}
