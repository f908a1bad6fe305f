// Every story of every package, rendered in de-DE and in ar-EG: no string of any English message catalogue may
// appear (text, or the accessible attributes a screen reader reads). Catalogues and stories are discovered by file
// name, so a new widget's stories and catalogue are checked as soon as they exist.
/// <reference types="vite/client" />
import type { NorthstarAdapter } from '@northstar/core';
import { composeStory, type Decorator, type Meta, type StoryObj } from '@storybook/react-vite';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { truncateLabel } from '../feedback-summary/summaryChartGeometry.js';
import type { CatalogueLocale, Message, MessageCatalogue } from '../i18n/defineMessages.js';
import { resolveCatalogueLocale } from '../i18n/resolveCatalogueLocale.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createSampleAdapter, SAMPLE_ORG } from './sampleOrg.js';

type StoryModule = Record<string, unknown> & { default: Meta };

const storyModules = import.meta.glob<StoryModule>('../../../*/src/**/*.stories.tsx', { eager: true });
const messageModules = import.meta.glob<Record<string, unknown>>('../../../*/src/**/*Messages.ts', {
  eager: true,
});

const isCatalogue = (value: unknown): value is MessageCatalogue =>
  typeof value === 'object' && value !== null && 'en' in value && 'de' in value && 'ar' in value;
const catalogues = Object.values(messageModules).flatMap((mod) =>
  Object.values(mod as Record<string, unknown>).filter(isCatalogue),
);

interface StoryNorthstar {
  adapter?: NorthstarAdapter;
  provider?: boolean;
  /** Text the story itself passes to widgets as a host would (labels, demo captions): not catalogue text. */
  hostText?: readonly string[];
}

/** The Storybook preview's provider decorator (.storybook/preview.tsx), with the locale under test. */
const withLocale =
  (locale: string): Decorator =>
  (Story, context) => {
    const options = (context.parameters.northstar ?? {}) as StoryNorthstar;
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

const strings = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

/** The literal words of a message (placeholders removed), e.g. 'Target {target}' → ['Target']. */
function fragments(message: Message): string[] {
  return strings(message)
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((s) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((s) => /\p{L}{3,}/u.test(s));
}

/** English fragments that the locale's own catalogues do not also use (a loanword such as "KPI" or "Status"). */
function englishOnly(locale: CatalogueLocale): string[] {
  const own = catalogues.flatMap((c) => Object.values(c[locale]).flatMap(strings)).join('\n');
  const english = new Set(catalogues.flatMap((c) => Object.values(c.en).flatMap(fragments)));
  return [...english].filter((fragment) => !own.includes(fragment));
}

const ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'placeholder', 'alt'];

/** Everything a user or a screen reader gets: text content plus accessible attributes. */
function readable(root: HTMLElement): string {
  const parts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*'))
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  return parts.join('\n');
}

/** Every string inside a value (story args, sample data): host-supplied text such as KPI names stays as written. */
function hostStrings(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (typeof value === 'string') {
    if (/\p{L}{3,}/u.test(value)) out.add(value);
  } else if (Array.isArray(value)) for (const item of value) hostStrings(item, out, depth + 1);
  else if (typeof value === 'object' && value !== null && depth < 6)
    for (const item of Object.values(value)) hostStrings(item, out, depth + 1);
  return out;
}
const SAMPLE_STRINGS = hostStrings(SAMPLE_ORG);

/** The text without host-supplied strings (longest first, so a name containing another is removed whole). */
function withoutHostText(text: string, host: Set<string>): string {
  let rest = text;
  // A chart label shows a long host string shortened (the 360 summary's question labels), still host text.
  const shown = new Set([...host].flatMap((value) => [value, truncateLabel(value)]));
  for (const value of [...shown].sort((a, b) => b.length - a.length)) rest = rest.split(value).join('\n');
  return rest;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const stories = Object.entries(storyModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name, story]) => name !== 'default' && typeof story === 'object' && story !== null)
    .map(([name, story]) => ({
      id: `${file.replace(/^.*\/src\//, '')} › ${name}`,
      story: story as StoryObj,
      meta: mod.default,
    })),
);

afterEach(cleanup);

describe.each(['de-DE', 'ar-EG'])('every story in %s shows no English catalogue string', (locale) => {
  const forbidden = englishOnly(resolveCatalogueLocale(locale)).map((fragment) => ({
    fragment,
    pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(fragment)}(?![\\p{L}])`, 'u'),
  }));

  it('has catalogues and stories to check', () => {
    expect(catalogues.length).toBeGreaterThan(0);
    expect(stories.length).toBeGreaterThan(0);
    expect(forbidden.length).toBeGreaterThan(10);
  });

  it.each(stories)('$id', async ({ story, meta }) => {
    const northstar = {
      ...(meta.parameters?.northstar ?? {}),
      ...(story.parameters?.northstar ?? {}),
    } as StoryNorthstar;
    // A story rendered without any provider has no locale to follow by design (it shows the built-in defaults).
    if (northstar.provider === false) return;
    const Composed = composeStory(story, meta, { decorators: [withLocale(locale)] });
    const { container } = render(<Composed />);
    // Let connected widgets finish what they can load (a story that stays loading is checked in that state).
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull(), {
      timeout: 5000,
    }).catch(() => {});
    const host = hostStrings([meta.args, story.args, northstar.hostText], new Set(SAMPLE_STRINGS));
    const text = withoutHostText(readable(document.body), host);
    // each finding with its surroundings, so the failure says where the English text is
    const found = forbidden.flatMap(({ fragment, pattern }) => {
      const at = text.search(pattern);
      return at < 0
        ? []
        : [`${fragment} in “${text.slice(Math.max(0, at - 30), at + fragment.length + 30)}”`];
    });
    expect(found, `English strings in ${locale}`).toEqual([]);
  });
});
