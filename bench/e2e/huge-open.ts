// Opening a ~1 MB report in a contenteditable (test/e2e/scenarios/huge-document.ts) and a page of
// 100k blanks: the worst stall of the page's event loop from the moment the page built its document
// until the extension has painted (the page's own first layout of it told apart), the extension's own
// `ra:*` phases, and with BENCH_PROFILE=1 where the main thread spent each long busy stretch (CPU
// profile of the page's renderer, all worlds). BENCH_TRACE=1 adds CPU times from a Chromium trace,
// which a busy machine does not inflate as it does the stalls: the worst task while the document
// opens and while typing, and the page's own styling and first frame (what static rules would cost).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { hugeReportLines } from '../../test/e2e/scenarios/huge-document';
import { floodLines } from '../../test/e2e/scenarios/blank-flood';
import { caretAtEndOf, waitForHighlights } from '../../test/e2e/scenarios/editor-caret';

/** The page's heartbeat: stalls over 50 ms of its event loop (catches the isolated world too, which longtask does not). */
const PAGE_SCRIPT = `(lines) => {
  window.__stalls = [];
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('#editor');
    root.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    window.__ready = performance.now();
    // The page's own first layout of its huge document is not ours: the stall holding it is told apart.
    requestAnimationFrame(() => { window.__firstFrame = performance.now(); performance.mark('bench:first-frame'); });
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > 50) window.__stalls.push([Math.round(last), Math.round(now - last)]);
      last = now;
      setTimeout(beat, 5);
    };
    setTimeout(beat, 5);
  });
}`;

const PHASES = [
  'ra:first-read',
  'ra:first-analysis',
  'ra:read',
  'ra:analyse',
  'ra:scan',
  'ra:paint',
  'ra:state',
  'ra:publish',
  'ra:overlay',
];

const highlighted = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => name.startsWith('ra-blank-') && (n += h.size));
    return n;
  });

interface OpenFigures {
  worstStall: number;
  /** Typing six edits into the open document: the worst stall and the longest re-read (`ra:read`). */
  typingStall: number;
  typingRead: number;
  /** CPU time of the longest main-thread task after the page's first frame until typing starts, and while typing (BENCH_TRACE). */
  worstTaskCpu?: number;
  typingTaskCpu?: number;
  /** CPU time of the task holding the page's own first layout of the document (BENCH_TRACE). */
  pageFirstFrameCpu?: number;
  /** CPU time the page spent styling its document until that first frame (BENCH_TRACE). */
  pageStyleCpu?: number;
  phases: Record<string, number>;
}

async function openAndWatch(context: BrowserContext, pagesUrl: string, name: string, lines: string[], quiet = false): Promise<OpenFigures> {
  const page = await context.newPage();
  // Same origin first, so the profiler runs in the renderer that will load the report.
  await page.goto(`${pagesUrl}/plain.html`);
  let cdp: CDPSession | null = null;
  if (process.env.BENCH_PROFILE) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  const trace = process.env.BENCH_TRACE ? await startTrace(await context.newCDPSession(page)) : null;
  await page.addInitScript(`(${PAGE_SCRIPT})(${JSON.stringify(lines)})`);
  await page.goto(`${pagesUrl}/contenteditable.html`);
  await page.waitForFunction(() => (window as any).__ready !== undefined);
  await waitForHighlights(page);
  // Past the deferred state publication and the caret watch.
  await page.waitForTimeout(2000);
  const all: [number, number][] = await page.evaluate(() => (window as any).__stalls);
  const firstFrame: number = await page.evaluate(() => (window as any).__firstFrame);
  const holdsFirstFrame = (s: [number, number]) => s[0] <= firstFrame && s[0] + s[1] >= firstFrame;
  const pageOwn = all.find(holdsFirstFrame)?.[1] ?? 0;
  const stalls = all.filter((s) => !holdsFirstFrame(s));
  const worst = Math.max(0, ...stalls.map((s) => s[1]));
  const measured: Record<string, number[]> = await page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n).map((e) => Math.round(e.duration))])),
    PHASES,
  );
  const phases = Object.fromEntries(
    Object.entries(measured).flatMap(([phase, values]) => (values.length ? [[phase.slice(3), Math.max(...values)]] : [])),
  );
  if (!quiet) {
    console.log(`MS ${name}-page-own-first-layout-stall ${pageOwn}`);
    console.log(`MS ${name}-worst-page-stall-on-open ${worst}`);
    console.log(`COUNT ${name}-stalls-over-50ms-on-open ${stalls.length}`);
    console.log(`COUNT ${name}-highlights-painted ${await highlighted(page)}`);
    for (const [phase, ms] of Object.entries(phases)) console.log(`MS ${name}-${phase} ${ms}`);
  }
  if (process.env.BENCH_VERBOSE)
    console.log(
      `${name} stalls [start, ms]: ${JSON.stringify(all)}, first frame at ${Math.round(firstFrame)}; ours: ${JSON.stringify(measured)}`,
    );
  if (cdp) printBusyStretches((await cdp.send('Profiler.stop')).profile);
  const typing = await typeAndWatch(page);
  if (!quiet) {
    console.log(`MS ${name}-worst-page-stall-typing ${typing.stall}`);
    console.log(`MS ${name}-typing-longest-read ${typing.read}`);
  }
  let worstTaskCpu: number | undefined;
  let typingTaskCpu: number | undefined;
  let pageFirstFrameCpu: number | undefined;
  let pageStyleCpu: number | undefined;
  if (trace) {
    const { tasks, pageStyleCpu: style } = tasksAfterFirstFrame(await trace(), !quiet);
    pageStyleCpu = style;
    if (!quiet) console.log(`MS ${name}-page-style-cpu-until-first-frame ${style}`);
    const worstOf = (list: TaskSummary[]) => list.reduce<TaskSummary | null>((a, t) => (!a || t.cpu > a.cpu ? t : a), null);
    const phases = [
      { label: 'page-first-frame', list: tasks.filter((t) => t.pageFirstFrame) },
      { label: 'open', list: tasks.filter((t) => !t.typing && !t.pageFirstFrame) },
      { label: 'typing', list: tasks.filter((t) => t.typing) },
    ];
    for (const { label, list } of phases) {
      const worstTask = worstOf(list);
      if (label === 'open') worstTaskCpu = worstTask?.cpu;
      else if (label === 'typing') typingTaskCpu = worstTask?.cpu;
      else pageFirstFrameCpu = worstTask?.cpu;
      if (!quiet && worstTask) console.log(`MS ${name}-worst-task-cpu-${label} ${worstTask.cpu} (${worstTask.parts})`);
      if (quiet && worstTask && process.env.BENCH_VERBOSE)
        console.log(
          `  ${name} ${label}: worst task cpu ${worstTask.cpu} (${worstTask.parts}), all tasks ${list.reduce((sum, t) => sum + t.cpu, 0)}; over 50: ${list
            .filter((t) => t.cpu > 50)
            .map((t) => `${t.cpu} [${t.parts}]`)
            .join(' | ')}`,
        );
    }
  }
  await page.close();
  return {
    worstStall: worst,
    worstTaskCpu,
    typingTaskCpu,
    pageFirstFrameCpu,
    pageStyleCpu,
    phases,
    typingStall: typing.stall,
    typingRead: typing.read,
  };
}

export async function hugeOpen(context: BrowserContext, pagesUrl: string): Promise<void> {
  await openAndWatch(context, pagesUrl, 'huge-1mb-contenteditable', hugeReportLines());
  await openAndWatch(context, pagesUrl, 'flood-100k-open', floodLines());
}

/** Types and deletes a character three times at the end of the fifth line (inside a text node, as a person types). */
async function typeAndWatch(page: Page): Promise<{ stall: number; read: number }> {
  await page.evaluate(() => {
    (window as any).__stalls.length = 0;
    performance.clearMeasures('ra:read');
    performance.mark('bench:typing');
  });
  await caretAtEndOf(page, 4);
  const reads: number[] = [];
  for (let i = 0; i < 6; i++) {
    await page.evaluate((add) => (add ? document.execCommand('insertText', false, '某') : document.execCommand('delete')), i % 2 === 0);
    await page.waitForTimeout(400);
    reads.push(await page.evaluate(() => performance.getEntriesByName('ra:read').at(-1)?.duration ?? 0));
  }
  const stalls: [number, number][] = await page.evaluate(() => (window as any).__stalls);
  return { stall: Math.max(0, ...stalls.map((s) => s[1])), read: Math.round(Math.max(...reads)) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * BENCH_COMPARE_DIR: the same openings with another build (the one before a change) in the same run,
 * alternating builds round by round; medians of each figure and the ratio after / before.
 */
export async function hugeOpenCompare(before: BrowserContext, after: BrowserContext, pagesUrl: string, rounds = 3): Promise<void> {
  const pages = [
    { name: 'huge-1mb-contenteditable', lines: hugeReportLines() },
    { name: 'flood-100k-open', lines: floodLines() },
  ];
  for (const { name, lines } of pages) {
    const runs: Record<'before' | 'after', OpenFigures[]> = { before: [], after: [] };
    for (let i = 0; i < rounds; i++) {
      runs.before.push(await openAndWatch(before, pagesUrl, name, lines, true));
      runs.after.push(await openAndWatch(after, pagesUrl, name, lines, true));
    }
    const figure = (label: string, pick: (f: OpenFigures) => number | undefined) => {
      const b = runs.before.map(pick).filter((v): v is number => v !== undefined);
      const a = runs.after.map(pick).filter((v): v is number => v !== undefined);
      if (!b.length || !a.length) return;
      const [mb, ma] = [median(b), median(a)];
      console.log(`MS ${name}-${label} before ${mb} after ${ma} (runs ${b.join('/')} → ${a.join('/')})`);
      console.log(`RATIO ${name}-${label}-after-over-before ${mb ? (ma / mb).toFixed(2) : 'NaN'}`);
    };
    figure('worst-page-stall-on-open', (f) => f.worstStall);
    figure('page-first-frame-task-cpu', (f) => f.pageFirstFrameCpu);
    figure('page-style-cpu-until-first-frame', (f) => f.pageStyleCpu);
    figure('worst-task-cpu-open', (f) => f.worstTaskCpu);
    figure('worst-task-cpu-typing', (f) => f.typingTaskCpu);
    figure('worst-page-stall-typing', (f) => f.typingStall);
    figure('typing-longest-read', (f) => f.typingRead);
    for (const phase of PHASES.map((p) => p.slice(3))) figure(phase, (f) => f.phases[phase]);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Runs of samples without idle time longer than 40 ms (≈ one task or a few back to back): for each,
 * the functions with the most time inclusive of what they called (top 12, our bundle and the page's
 * own (program)/(garbage collector) work alike).
 */
export function printBusyStretches(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let time = 0;
  let run: { id: number; ms: number }[] = [];
  let runStart = 0;
  const flush = () => {
    const total = run.reduce((s, x) => s + x.ms, 0);
    if (total > 40) {
      const inclusive = new Map<string, number>();
      for (const { id, ms } of run) {
        const seen = new Set<string>();
        for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
          const name = label(byId.get(node)!);
          if (seen.has(name) || name.startsWith('(root)')) continue;
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        }
      }
      console.log(`  busy ${total.toFixed(0)} ms from ${(runStart / 1000).toFixed(0)} ms:`);
      for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 12))
        console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
    run = [];
  };
  samples.forEach((id, i) => {
    time += deltas[i] ?? 0;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (byId.get(id)!.callFrame.functionName === '(idle)') return flush();
    if (!run.length) runStart = time;
    run.push({ id, ms });
  });
  flush();
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string } };
}

/** BENCH_TRACE=1: a Chromium trace of the page's renderer; the returned function stops it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8',
        'v8.execute',
      ],
    },
  });
  return async () => {
    const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream!)));
    await cdp.send('Tracing.end');
    const handle = await done;
    let json = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle });
    const parsed = JSON.parse(json);
    return (Array.isArray(parsed) ? parsed : parsed.traceEvents) as TraceEvent[];
  };
}

interface TaskSummary {
  /** Wall and thread (CPU) time, ms: on a busy machine only the second says what the task cost. */
  wall: number;
  cpu: number;
  at: number;
  /** What it was made of, the biggest parts first (e.g. "UpdateLayoutTree 173, script 20"). */
  parts: string;
  /** Started after the `bench:typing` mark. */
  typing: boolean;
  /** The page's own first layout of its document (holds the `bench:first-frame` mark). */
  pageFirstFrame: boolean;
}

/**
 * Tasks on the main thread of the renderer that recorded our `ra:*` measures (or, without the extension, the mark), after the page's first
 * frame of its huge document (the `bench:first-frame` mark): their CPU time and what they were made of.
 * With `print`, every one over 50 ms is listed with the events under it (over 3 ms) and our phases inside.
 */
export function tasksAfterFirstFrame(events: TraceEvent[], print: boolean): { tasks: TaskSummary[]; pageStyleCpu: number } {
  const ours = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('ra:'));
  // The page measured without the extension has no `ra:` marks: its own `bench:` marks find the renderer.
  const pid = (ours[0] ?? events.find((e) => e.name.startsWith('bench:')))?.pid;
  if (pid === undefined) return { tasks: [], pageStyleCpu: 0 };
  const mainTid = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && (e.args as any)?.name === 'CrRendererMain',
  )?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const firstFrame = events.find((e) => e.pid === pid && e.name === 'bench:first-frame')?.ts ?? 0;
  const typingFrom = events.find((e) => e.pid === pid && e.name === 'bench:typing')?.ts ?? Number.POSITIVE_INFINITY;
  const origin = Math.min(...main.map((e) => e.ts));
  const measures = new Map<string, { start: number; end: number }[]>();
  for (const e of ours) {
    if (e.ph !== 'b' && e.ph !== 'e') continue;
    const list = measures.get(e.name) ?? [];
    if (e.ph === 'b') list.push({ start: e.ts, end: Number.NaN });
    else if (list.length) list[list.length - 1].end = e.ts;
    measures.set(e.name, list);
  }
  const ms = (us: number) => Math.round(us / 1000);
  // Outermost tasks only (Chromium nests RunTask events).
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue;
    // The task holding the first frame too: the page's own first layout, told apart below.
    if (e.ts + e.dur! > firstFrame) tasks.push(e);
  }
  const summaries: TaskSummary[] = [];
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const cpu = (task as TraceEvent & { tdur?: number }).tdur ?? task.dur!;
    const parts = new Map<string, number>();
    const lines: string[] = [];
    const open: number[] = [];
    let scriptUntil = 0;
    for (const e of main) {
      if (e === task || e.ts < task.ts || e.ts >= end) continue;
      while (open.length && e.ts >= open[open.length - 1]) open.pop();
      open.push(e.ts + e.dur!);
      const tdur = (e as TraceEvent & { tdur?: number }).tdur ?? e.dur!;
      const script = ['v8.callFunction', 'FunctionCall', 'EvaluateScript', 'RunMicrotasks'].includes(e.name);
      if (script && e.ts >= scriptUntil) {
        // The outermost script event only: its callees and microtasks are inside it.
        parts.set('script', (parts.get('script') ?? 0) + tdur);
        scriptUntil = e.ts + e.dur!;
      } else if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'MinorGC', 'MajorGC'].includes(e.name) && e.ts >= scriptUntil) {
        parts.set(e.name, (parts.get(e.name) ?? 0) + tdur);
      }
      if (print && e.dur! >= 3000 && open.length <= 6) {
        const where = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : '';
        lines.push(`    ${'  '.repeat(open.length - 1)}${String(ms(e.dur!)).padStart(5)} ms (cpu ${ms(tdur)})  ${e.name}${where}`);
      }
    }
    const summary: TaskSummary = {
      wall: ms(task.dur!),
      cpu: ms(cpu),
      at: ms(task.ts - origin),
      parts: [...parts]
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v >= 2000)
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(', '),
      typing: task.ts >= typingFrom,
      pageFirstFrame: task.ts <= firstFrame,
    };
    summaries.push(summary);
    if (print && summary.cpu > 50 && !summary.pageFirstFrame) {
      console.log(`  task ${summary.wall} ms (cpu ${summary.cpu}) at ${summary.at}${summary.typing ? ' (typing)' : ''}: ${summary.parts}`);
      for (const line of lines) console.log(line);
      const inside = [...measures].flatMap(([name, list]) =>
        list.filter((m) => m.start >= task.ts && m.end <= end).map((m) => `${name}=${ms(m.end - m.start)}`),
      );
      if (inside.length) console.log(`    ours: ${inside.join(' ')}`);
    }
  }
  // The page's own styling of its document up to its first frame (our static rules would weigh here).
  const firstFrameTask = tasks.find((t) => t.ts <= firstFrame);
  const styledUntil = firstFrameTask ? firstFrameTask.ts + firstFrameTask.dur! : firstFrame;
  const pageStyleCpu = ms(
    main
      .filter((e) => e.name === 'UpdateLayoutTree' && e.ts < styledUntil)
      .reduce((sum, e) => sum + ((e as TraceEvent & { tdur?: number }).tdur ?? e.dur!), 0),
  );
  return { tasks: summaries, pageStyleCpu };
}
