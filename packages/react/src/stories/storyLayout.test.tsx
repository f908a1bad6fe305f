/// <reference types="vite/client" />
// Layout checks in Chromium for every story of every package, at 360 px wide: no horizontal overflow (of the story
// or of any scroll container in it, e.g. a table), every gauge's value text inside the arc's inner circle, and no two
// labels of one gauge overlapping. Stories are discovered by file name, so new widgets are checked automatically.
import type { NorthstarAdapter } from '@northstar/core';
import { composeStory, type Decorator, type Meta, type StoryObj } from '@storybook/react-vite';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createSampleAdapter } from './sampleOrg.js';

type StoryModule = Record<string, unknown> & { default: Meta };
const storyModules = import.meta.glob<StoryModule>('../../../*/src/**/*.stories.tsx', { eager: true });

interface StoryNorthstar {
  adapter?: NorthstarAdapter;
  provider?: boolean;
  /** `false` opts a non-widget story (e.g. the token reference table) out of the 360 px checks; say why beside it. */
  layoutCheck?: boolean;
}

const withProvider =
  (locale: string): Decorator =>
  (Story, context) => {
    const options = (context.parameters.northstar ?? {}) as StoryNorthstar;
    if (options.provider === false) return <Story />;
    return (
      <NorthstarProvider
        adapter={options.adapter ?? createSampleAdapter()}
        appearance="light"
        locale={locale}
      >
        <Story />
      </NorthstarProvider>
    );
  };

const stories = Object.entries(storyModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name, story]) => name !== 'default' && typeof story === 'object' && story !== null)
    .map(([name, story]) => ({
      id: `${file.replace(/^.*\/src\//, '')} › ${name}`,
      story: story as StoryObj,
      meta: mod.default,
    })),
);

const WIDTH = 360;
const EPSILON = 1;

/** Scroll containers whose content is wider than they are (a table that needs sideways scrolling at 360 px). */
function overflowing(root: HTMLElement): string[] {
  const out: string[] = [];
  if (root.scrollWidth > root.clientWidth + EPSILON) out.push(`the story (${root.scrollWidth}px)`);
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const { overflowX } = getComputedStyle(el);
    if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + EPSILON)
      out.push(`.${[...el.classList].join('.')} (${el.scrollWidth}px in ${el.clientWidth}px)`);
  }
  return out;
}

/** The smallest arc radius of a gauge track path (`A r r …`), in viewBox units: the inner circle of the arc. */
function innerRadius(svg: SVGSVGElement): number | undefined {
  const d = svg.querySelector('.ns-kpi-gauge-track')?.getAttribute('d') ?? '';
  const radii = [...d.matchAll(/A([\d.]+) /g)].map((m) => Number(m[1]));
  return radii.length > 0 ? Math.min(...radii) : undefined;
}

/** Radial gauges whose centre value sticks out of the arc's inner circle. */
function valuesOutsideArc(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const gauge of root.querySelectorAll<HTMLElement>(
    '.ns-kpi-gauge[data-variant="radial"][data-state="ready"]',
  )) {
    const svg = gauge.querySelector<SVGSVGElement>('.ns-kpi-gauge-svg');
    const value = gauge.querySelector<HTMLElement>('.ns-kpi-gauge-number');
    const r = svg && innerRadius(svg);
    if (!svg || !value || !r) continue;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const scale = box.width / vb.width;
    const cx = box.left - vb.x * scale;
    const cy = box.top - vb.y * scale;
    // the text's glyph box (a Range), not the line box with its leading
    const range = document.createRange();
    range.selectNodeContents(value);
    const rect = range.getBoundingClientRect();
    const corners = [
      [rect.left, rect.top],
      [rect.right, rect.top],
      [rect.left, rect.bottom],
      [rect.right, rect.bottom],
    ];
    const worst = Math.max(...corners.map(([x, y]) => Math.hypot(x! - cx, Math.min(y!, cy) - cy)));
    if (worst > r * scale + EPSILON)
      out.push(
        `“${value.textContent}” reaches ${worst.toFixed(1)}px from the centre, arc inner radius ${(r * scale).toFixed(1)}px`,
      );
  }
  return out;
}

/**
 * Text cut off without an ellipsis: a visible element that clips its overflow, is wider inside than out and either has
 * no `text-overflow: ellipsis` or is a flex/grid box (where the ellipsis never renders for its items).
 */
function clippedText(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.clientWidth <= EPSILON || !el.textContent?.trim()) continue;
    const style = getComputedStyle(el);
    if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
    if (style.clipPath !== 'none') continue; // visually hidden text, read by assistive technology only
    if (el.scrollWidth <= el.clientWidth + EPSILON) continue;
    const boxed = /flex|grid/.test(style.display);
    if (style.textOverflow === 'ellipsis' && !boxed) continue;
    out.push(`.${[...el.classList].join('.')} “${el.textContent.trim().slice(0, 40)}”`);
  }
  return out;
}

const LABEL_PARTS =
  '.ns-kpi-gauge-label, .ns-kpi-gauge-number, .ns-kpi-gauge-status, .ns-kpi-gauge-caption, .ns-kpi-gauge-scale > span, .ns-kpi-gauge-trend, .ns-kpi-gauge-note, .ns-kpi-gauge-message';

/** Pairs of one gauge's labels whose boxes intersect. */
function overlappingLabels(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const gauge of root.querySelectorAll<HTMLElement>('.ns-kpi-gauge')) {
    const parts = [...gauge.querySelectorAll<HTMLElement>(LABEL_PARTS)]
      .filter(
        (el) =>
          !el.closest('.ns-kpi-gauge-readout') ||
          el.parentElement?.classList.contains('ns-kpi-gauge-readout'),
      )
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > EPSILON && rect.height > EPSILON);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!.rect;
        const b = parts[j]!.rect;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > EPSILON && y > EPSILON)
          out.push(`“${parts[i]!.el.textContent}” × “${parts[j]!.el.textContent}”`);
      }
  }
  return out;
}

afterEach(cleanup);

describe.each(['en-US', 'de-DE', 'ar-EG', 'ja-JP'])('every story fits at 360 px in %s', (locale) => {
  it('has stories to check', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories)('$id', async ({ story, meta }) => {
    const northstar = {
      ...(meta.parameters?.northstar ?? {}),
      ...(story.parameters?.northstar ?? {}),
    } as StoryNorthstar;
    if (northstar.layoutCheck === false) return;
    const Composed = composeStory(story, meta, { decorators: [withProvider(locale)] });
    const { container } = render(
      <div style={{ width: WIDTH, overflowX: 'auto' }}>
        <Composed />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull(), {
      timeout: 5000,
    }).catch(() => {});
    expect({
      overflow: overflowing(frame),
      valueOutsideArc: valuesOutsideArc(frame),
      overlappingLabels: overlappingLabels(frame),
      clippedText: clippedText(frame),
    }).toEqual({ overflow: [], valueOutsideArc: [], overlappingLabels: [], clippedText: [] });
  });
});
