// The benchmark page (bundled by gauges.bench.mjs, loaded in real Chromium). gauges.bench.mjs drives it: in ONE
// page load it mounts N <KpiGauge> and N react-gauge-component gauges with the same values, alternating which goes
// first, and each mount is timed here with performance.now() around a synchronous root render (flushSync).
import { type ReactElement, version } from 'react';
import GaugeComponent from 'react-gauge-component';
import { KpiGauge } from '../src/kpi-gauge/KpiGauge.js';
import '../src/styles.css';
import { type TimedMount, timedMount, unmountTimed } from './timedMount.js';

/** Which gauge library to mount. */
export type GaugeLibrary = 'northstar' | 'reference';

/** One timed mount, all times from just before `root.render`. */
export interface MountSample {
  /** flushSync(root.render): render + commit + the layout and passive effects of that synchronous commit. */
  renderMs: number;
  /** renderMs plus the forced style/layout the browser needs before it can paint the result. */
  renderAndLayoutMs: number;
  /** Until every gauge has drawn its SVG (react-gauge-component draws after a ResizeObserver + timeout + frame). */
  drawnMs: number;
  /** Gauges fully drawn right after flushSync (react-gauge-component: 0, it defers its drawing). */
  drawnInFlushSync: number;
  /** Gauges drawn in the end (must equal the count). */
  drawn: number;
}

declare global {
  interface Window {
    /** Mounts `count` gauges of one library in a fresh root, waits until all are drawn, and times it. */
    mountGauges: (library: GaugeLibrary, count: number) => Promise<MountSample>;
    /** Unmounts and removes what mountGauges mounted (not timed). */
    unmountGauges: () => void;
    /** The React version the page bundled. */
    benchReactVersion: string;
  }
}

const TARGET = 80;
// Deterministic spread over the whole scale (and a few outside it), identical for both libraries.
const gaugeItems = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `kpi-${i + 1}`,
    label: `KPI ${i + 1}`,
    value: 5 + ((i * 37) % 91),
  }));

const cellStyle = { inlineSize: 160, blockSize: 120 } as const;

function NorthstarGauges({ count }: { count: number }): ReactElement {
  return (
    <div className="bench-grid">
      {gaugeItems(count).map((item) => (
        <div className="bench-cell" style={cellStyle} key={item.id}>
          <KpiGauge
            label={item.label}
            value={item.value}
            min={0}
            max={100}
            target={TARGET}
            direction="higher-is-better"
            format="number"
          />
        </div>
      ))}
    </div>
  );
}

// react-gauge-component with the same scale and the same three bands as core's KPI_BANDS at target 80
// (off track < 56 = 0.7 × 80, at risk < 72 = 0.9 × 80); the pointer animation is off so both mount statically.
function ReferenceGauges({ count }: { count: number }): ReactElement {
  return (
    <div className="bench-grid">
      {gaugeItems(count).map((item) => (
        <div className="bench-cell" style={cellStyle} key={item.id}>
          <GaugeComponent
            type="semicircle"
            value={item.value}
            minValue={0}
            maxValue={100}
            arc={{
              subArcs: [
                { limit: 56, color: '#b91c1c' },
                { limit: 72, color: '#b45309' },
                { limit: 100, color: '#15803d' },
              ],
            }}
            pointer={{ animate: false }}
          />
        </div>
      ))}
    </div>
  );
}

// A gauge counts as drawn once its cell's SVG holds shapes (react-gauge-component adds them after mounting).
const SHAPES = 'svg :is(path, line, rect, circle, polygon)';
function drawnCount(host: HTMLElement): number {
  return [...host.querySelectorAll('.bench-cell')].filter((cell) => cell.querySelector(SHAPES)).length;
}

// Resolves with performance.now() at the mutation that completes the last gauge (or NaN after 5 s).
function whenAllDrawn(host: HTMLElement, count: number): Promise<number> {
  if (drawnCount(host) === count) return Promise.resolve(performance.now());
  const lastCell = host.querySelector('.bench-cell:last-child');
  return new Promise((resolve) => {
    const timeout = setTimeout(() => {
      observer.disconnect();
      resolve(Number.NaN);
    }, 5000);
    // Cheap check first (the last cell is drawn last), the full count only then.
    const observer = new MutationObserver(() => {
      if (!lastCell?.querySelector(SHAPES) || drawnCount(host) !== count) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timeout);
      resolve(at);
    });
    observer.observe(host, { childList: true, subtree: true });
  });
}

let mounted: TimedMount | undefined;

window.benchReactVersion = version;

window.mountGauges = async (library, count) => {
  const element =
    library === 'northstar' ? <NorthstarGauges count={count} /> : <ReferenceGauges count={count} />;
  mounted = timedMount(element);
  const { host, start, renderMs, renderAndLayoutMs } = mounted;
  const drawnInFlushSync = drawnCount(host);
  const drawnMs = drawnInFlushSync === count ? renderAndLayoutMs : (await whenAllDrawn(host, count)) - start;
  return {
    renderMs,
    renderAndLayoutMs,
    drawnMs,
    drawnInFlushSync,
    drawn: drawnCount(host),
  };
};

window.unmountGauges = () => {
  unmountTimed(mounted);
  mounted = undefined;
};
