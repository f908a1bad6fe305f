// The 9-box benchmark page (bundled by nineBox.bench.mjs in production mode, loaded in real Chromium). In ONE page
// load it mounts the same N names as a plain <ul> of <li> (the baseline) and as a <NineBoxGrid>, then times a keyboard
// move up to the reason dialog and applying the move. Each step is timed with performance.now() around synchronous
// work: flushSync for mounts, and discrete keyboard events (React commits those synchronously) for the move.
import type { Person, TalentRecord } from '@northstar/core';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { NineBoxGrid } from '../src/nine-box/NineBoxGrid.js';
import type { NineBoxMove } from '../src/nine-box/nineBox.types.js';
import { manyPeople } from '../src/nine-box/nineBoxStoryData.js';
import '../src/styles.css';
import { type TimedMount, timedMount, unmountTimed } from './timedMount.js';

/** One mount: the synchronous render + commit, and that plus the forced style/layout before paint. */
export interface MountSample {
  renderMs: number;
  renderAndLayoutMs: number;
  /** Names in the DOM afterwards (the list: all; the grid: the visible cards). */
  names: number;
}

/** The keyboard move: Enter, ArrowRight, Enter to the open reason dialog; then typing and submitting to the card in its new box. */
export interface MoveSample {
  toDialogMs: number;
  applyMs: number;
  moved: boolean;
  onMoveCalls: number;
}

declare global {
  interface Window {
    mountList: (count: number) => MountSample;
    mountGrid: (count: number) => MountSample;
    moveByKeyboard: () => MoveSample;
    unmount: () => void;
  }
}

let data: { records: TalentRecord[]; people: Person[] } = { records: [], people: [] };
let mounted: TimedMount | undefined;
let onMoveCalls = 0;

function Grid() {
  const [records, setRecords] = useState(data.records);
  return (
    <NineBoxGrid
      records={records}
      people={data.people}
      label="Talent review"
      onMove={(move: NineBoxMove) => {
        onMoveCalls += 1;
        setRecords((rs) =>
          rs.map((r) =>
            r.personId === move.personId
              ? { ...r, performance: move.performance, potential: move.potential }
              : r,
          ),
        );
      }}
    />
  );
}

function List() {
  return (
    <ul>
      {data.people.map((p) => (
        <li key={p.id}>{p.name}</li>
      ))}
    </ul>
  );
}

function mount(element: React.ReactElement, selector: string): MountSample {
  mounted = timedMount(element);
  const { host, renderMs, renderAndLayoutMs } = mounted;
  return { renderMs, renderAndLayoutMs, names: host.querySelectorAll(selector).length };
}

const prepare = (count: number) => {
  if (data.records.length !== count) data = manyPeople(count);
};

window.mountList = (count) => {
  prepare(count);
  return mount(<List />, 'li');
};

window.mountGrid = (count) => {
  prepare(count);
  return mount(<Grid />, '.ns-nine-box-card-name');
};

// React commits a keyboard event's updates in a microtask; flushSync makes each key's commit part of the timed span.
const key = (target: Element, k: string) =>
  flushSync(() =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })),
  );

window.moveByKeyboard = () => {
  const host = mounted!.host;
  const card = host.querySelector<HTMLElement>('[data-box="5"] .ns-nine-box-card')!;
  // Box 6's name carries its head-count, so a change in it shows the move landed (the card itself may sort past the
  // first five shown).
  const boxName = () => host.querySelector('[data-box="6"] > .ns-nine-box-visually-hidden')?.textContent;
  const before = boxName();
  card.focus();
  const calls = onMoveCalls;
  const start = performance.now();
  key(card, 'Enter');
  key(card, 'ArrowRight');
  key(card, 'Enter');
  const textarea = document.querySelector<HTMLTextAreaElement>('.ns-nine-box-dialog textarea');
  const toDialog = performance.now();
  if (!textarea) return { toDialogMs: toDialog - start, applyMs: Number.NaN, moved: false, onMoveCalls: 0 };
  // React tracks a textarea's value: set it through the native setter, then fire input, as typing would.
  flushSync(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
      textarea,
      'Benchmark move',
    );
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const applyStart = performance.now();
  flushSync(() => textarea.form!.requestSubmit());
  void host.offsetHeight;
  const applied = performance.now();
  return {
    toDialogMs: toDialog - start,
    applyMs: applied - applyStart,
    moved: boxName() !== before,
    onMoveCalls: onMoveCalls - calls,
  };
};

window.unmount = () => {
  unmountTimed(mounted);
  mounted = undefined;
};
