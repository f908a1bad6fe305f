// The goal tree benchmark page (bundled by goalTree.bench.mjs, loaded in real Chromium). In ONE page load it mounts
// <GoalTree> and react-arborist's <Tree> over the same goals, alternating which goes first, and times each step here
// with performance.now() around synchronous React work (flushSync or a discrete keyboard event) plus the forced
// style/layout the browser needs before it can paint.
import { type Goal, progress, rollup } from '@northstar/core';
import { createRef, type ReactElement, version } from 'react';
import { type NodeRendererProps, Tree, type TreeApi } from 'react-arborist';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { GoalTree } from '../src/goal-tree/GoalTree.js';
import { largeGoalTree } from '../src/stories/largeGoalTree.js';
import '../src/styles.css';

/** Which tree library to drive. */
export type TreeLibrary = 'northstar' | 'reference';

/** One library's timings for one repetition (ms) and what it rendered. */
export interface TreeSample {
  mountMs: number;
  expandMs: number;
  keyStepMs: number;
  checkInMs: number;
  /** Rows in the DOM after expanding the 1,000-child branch. */
  rowsInDom: number;
  /** The row focused after the key step (text), to prove the step happened. */
  focusedAfterKey: string;
}

/** The outcome of scrolling to the last of a million visible rows. */
export interface MillionSample {
  lastRendered: boolean;
  scrollHeight: number;
  rows: number;
}

declare global {
  interface Window {
    prepare: (count: number) => void;
    runTree: (library: TreeLibrary) => Promise<TreeSample>;
    runMillion: (library: TreeLibrary) => Promise<MillionSample>;
    runExpandAll: () => Promise<{
      rows: number;
      longestTaskMs: number;
      longestFrameGapMs: number;
      totalMs: number;
    }>;
    benchReactVersion: string;
  }
}

const ROW_HEIGHT = 52;
const HEIGHT = 600;
const WIDTH = 1000;
const BIG = 'big';

interface ArboristNode {
  id: string;
  name: string;
  percent: string;
  children?: ArboristNode[];
}

let goals: Goal[] = [];
let nested: ArboristNode[] = [];
let leafId = '';

/** The same goals for both: a generated company plus one objective with 1,000 key results (the expanded branch). */
function makeGoals(count: number): Goal[] {
  const list = largeGoalTree(count - 1001);
  list.push({ id: BIG, title: 'Big branch', level: 'company' });
  for (let i = 0; i < 1000; i += 1) {
    list.push({
      id: `big-${i}`,
      title: `Branch KR ${i}`,
      level: 'key-result',
      parentId: BIG,
      metric: { start: 0, target: 10, current: i % 11 },
    });
  }
  return list;
}

/** react-arborist wants nested nodes; the percentages come from one core rollup, computed before any timing. */
function toNested(list: readonly Goal[]): ArboristNode[] {
  const result = rollup(
    list.map((g) => ({ id: g.id, parentId: g.parentId, value: g.metric ? progress(g.metric) : null })),
  );
  const percent = new Intl.NumberFormat('en-US', { style: 'percent' });
  const byId = new Map<string, ArboristNode>();
  for (const g of list) {
    const value = result.value(g.id);
    byId.set(g.id, { id: g.id, name: g.title, percent: value === null ? 'No data' : percent.format(value) });
  }
  const roots: ArboristNode[] = [];
  for (const g of list) {
    const node = byId.get(g.id)!;
    const parent = g.parentId ? byId.get(g.parentId) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}

function ArboristRow({ node, style }: NodeRendererProps<ArboristNode>): ReactElement {
  return (
    <div style={style} className="bench-arborist-row">
      <span>{node.isLeaf ? '' : node.isOpen ? '▾' : '▸'}</span> {node.data.name}{' '}
      <strong>{node.data.percent}</strong>
    </div>
  );
}

const container = document.createElement('div');
document.body.append(container);
let root: Root | null = null;

const layout = (): void => {
  // Reading layout forces style and layout now, inside the timed span.
  void container.getBoundingClientRect().height;
  void container.querySelectorAll('[role="row"], [role="treeitem"]').length;
};
const time = (work: () => void): number => {
  const start = performance.now();
  work();
  layout();
  return performance.now() - start;
};
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const countRows = () => container.querySelectorAll('[role="row"][aria-level], [role="treeitem"]').length;

async function runNorthstar(): Promise<TreeSample> {
  root = createRoot(container);
  let current = goals;
  let expanded: string[] = [];
  const view = () => (
    <GoalTree
      goals={current}
      label="Goals"
      expanded={expanded}
      height={HEIGHT}
      toolbar={false}
      style={{ inlineSize: WIDTH }}
    />
  );
  const mountMs = time(() => flushSync(() => root!.render(view())));
  await frames();
  expanded = [BIG];
  const expandMs = time(() => flushSync(() => root!.render(view())));
  await frames();
  const rowsInDom = countRows();
  const first = container.querySelector<HTMLElement>('[role="row"][aria-level]')!;
  first.focus();
  await frames();
  const keyStepMs = time(() =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })),
  );
  const focusedAfterKey = document.activeElement?.textContent?.slice(0, 40) ?? '';
  await frames();
  // A check-in on a leaf of the open branch: the host's new list with one goal replaced; the tree updates the path
  // through Rollup.set.
  const at = current.findIndex((g) => g.id === leafId);
  const next = current.slice();
  const leaf = next[at]!;
  next[at] = { ...leaf, metric: { start: 0, target: 10, current: 10 } };
  current = next;
  const checkInMs = time(() => flushSync(() => root!.render(view())));
  await frames();
  root.unmount();
  root = null;
  return { mountMs, expandMs, keyStepMs, checkInMs, rowsInDom, focusedAfterKey };
}

async function runReference(): Promise<TreeSample> {
  root = createRoot(container);
  const api = createRef<TreeApi<ArboristNode>>();
  let data = nested;
  const view = () => (
    <Tree
      ref={api}
      data={data}
      openByDefault={false}
      rowHeight={ROW_HEIGHT}
      height={HEIGHT}
      width={WIDTH}
      aria-label="Goals"
    >
      {ArboristRow}
    </Tree>
  );
  const mountMs = time(() => flushSync(() => root!.render(view())));
  await frames();
  const expandMs = time(() => flushSync(() => api.current!.open(BIG)));
  await frames();
  const rowsInDom = countRows();
  const tree = container.querySelector<HTMLElement>('[role="tree"]')!;
  flushSync(() => api.current!.focus(api.current!.firstNode!));
  tree.focus();
  await frames();
  const keyStepMs = time(() =>
    tree.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })),
  );
  const focusedAfterKey = api.current!.focusedNode?.data.name ?? '';
  await frames();
  // react-arborist has no rollup: the same check-in means recomputing the percentages (one core rollup over every
  // goal, the way a host would) and handing it new data.
  const checkInMs = time(() => {
    const updated = goals.map((g) =>
      g.id === leafId ? { ...g, metric: { start: 0, target: 10, current: 10 } } : g,
    );
    data = toNested(updated);
    flushSync(() => root!.render(view()));
  });
  await frames();
  root.unmount();
  root = null;
  return { mountMs, expandMs, keyStepMs, checkInMs, rowsInDom, focusedAfterKey };
}

window.prepare = (count) => {
  goals = makeGoals(count);
  nested = toNested(goals);
  leafId = 'big-3';
};
window.runTree = (library) => (library === 'northstar' ? runNorthstar() : runReference());

/** A million visible rows (ten open objectives): scroll to the end and check the last row is on screen. */
window.runMillion = async (library) => {
  const roots = 10;
  const list: Goal[] = [];
  for (let r = 0; r < roots; r += 1) list.push({ id: `r${r}`, title: `Objective ${r}` });
  for (let i = 0; i < 1_000_000 - roots; i += 1)
    list.push({
      id: `k${i}`,
      title: `KR ${i}`,
      parentId: `r${i % roots}`,
      metric: { start: 0, target: 1, current: 1 },
    });
  const lastTitle = `KR ${1_000_000 - roots - 1}`;
  root = createRoot(container);
  if (library === 'northstar') {
    flushSync(() =>
      root!.render(
        <GoalTree
          goals={list}
          label="Goals"
          defaultExpanded={list.slice(0, roots).map((g) => g.id)}
          height={HEIGHT}
          toolbar={false}
          style={{ inlineSize: WIDTH }}
        />,
      ),
    );
    const row = container.querySelector<HTMLElement>('[role="row"][aria-level]')!;
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  } else {
    const data = toNested(list);
    const api = createRef<TreeApi<ArboristNode>>();
    flushSync(() =>
      root!.render(
        <Tree ref={api} data={data} openByDefault rowHeight={ROW_HEIGHT} height={HEIGHT} width={WIDTH}>
          {ArboristRow}
        </Tree>,
      ),
    );
    // react-window's scrolling element: the one with the tallest content.
    const scroller = [...container.querySelectorAll<HTMLElement>('*')].sort(
      (a, b) => b.scrollHeight - a.scrollHeight,
    )[0]!;
    scroller.scrollTop = scroller.scrollHeight;
  }
  for (let i = 0; i < 10; i += 1) await frames();
  const scrollers = [...container.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.scrollHeight > el.clientHeight + 1,
  );
  const scrollHeight = Math.max(0, ...scrollers.map((el) => el.scrollHeight));
  const box = container.getBoundingClientRect();
  const lastRendered = [...container.querySelectorAll<HTMLElement>('[role="row"], [role="treeitem"]')].some(
    (el) => {
      const r = el.getBoundingClientRect();
      return (
        el.textContent?.includes(lastTitle) === true && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
      );
    },
  );
  const rows = countRows();
  root.unmount();
  root = null;
  return { lastRendered, scrollHeight, rows };
};
/** "Expand all" on the prepared goals (toolbar button): the longest main-thread block (long tasks, frame gaps). */
window.runExpandAll = async () => {
  root = createRoot(container);
  flushSync(() =>
    root!.render(<GoalTree goals={goals} label="Goals" height={HEIGHT} style={{ inlineSize: WIDTH }} />),
  );
  await frames();
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const grid = container.querySelector('[role="treegrid"]')!;
  const done = () =>
    grid.getAttribute('aria-rowcount') === String(goals.length + 1) && !grid.hasAttribute('aria-busy');
  let longestFrameGapMs = 0;
  const start = performance.now();
  let last = start;
  [...container.querySelectorAll('button')].find((b) => b.textContent === 'Expand all')!.click();
  while (!done()) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    longestFrameGapMs = Math.max(longestFrameGapMs, now - last);
    last = now;
  }
  const totalMs = performance.now() - start;
  await frames();
  observer.disconnect();
  const rows = Number(grid.getAttribute('aria-rowcount')) - 1;
  root.unmount();
  root = null;
  return { rows, longestTaskMs, longestFrameGapMs, totalMs };
};
window.benchReactVersion = version;
