import { createMemoryAdapter } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { useNorthstarQueryClient } from '../data/useNorthstarQuery.js';
import { defineMessages } from '../i18n/defineMessages.js';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { createTheme, DEFAULT_THEME } from '../theme/createTheme.js';
import { TOKENS } from '../theme/tokens.js';
import '../theme/base.css';
import { NorthstarProvider } from './NorthstarProvider.js';
import { useNorthstar } from './useNorthstar.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  }
}

afterEach(async () => {
  await commands.emulateColorScheme('light');
  cleanup();
  vi.restoreAllMocks();
});

const BRAND = createTheme({ accent: '#0f766e', neutral: '#57534e', radius: 2 });

/** A visible element painted with tokens, so tests read what the browser actually resolved. */
function Probe({ label }: { label: string }) {
  return (
    <div
      data-testid={label}
      style={{
        backgroundColor: `var(${TOKENS.surface})`,
        color: `var(${TOKENS.accent})`,
        borderRadius: `var(${TOKENS.radius})`,
      }}
    >
      {label}
    </div>
  );
}

/** The computed form of a CSS colour ('rgb(…)'), resolved by the browser itself. */
function resolvedColor(value: string): string {
  const el = document.createElement('div');
  el.style.color = value;
  document.body.append(el);
  const color = getComputedStyle(el).color;
  el.remove();
  return color;
}

const EN = { 'demo.a': 'Default A', 'demo.b': 'Default B', 'demo.c': 'Default C' } as const;
const MESSAGES = defineMessages({
  en: EN,
  de: { 'demo.a': 'Standard A', 'demo.b': 'Standard B', 'demo.c': 'Standard C' },
  fr: EN,
  es: EN,
  'pt-BR': EN,
  ja: EN,
  ar: EN,
});

function Messages() {
  const t = useMessages(MESSAGES);
  return <p>{[t('demo.a'), t('demo.b'), t('demo.c')].join(' / ')}</p>;
}

function Amount() {
  const f = useFormatters();
  return <p>{`${f.number(1234.5)} | ${f.percent(0.72)}`}</p>;
}

function Direction({ label }: { label: string }) {
  const { direction } = useNorthstar();
  return <p data-testid={label}>{direction}</p>;
}

function Portal({ onRender }: { onRender: (el: HTMLElement | null) => void }) {
  const { portalContainer, inProvider } = useNorthstar();
  onRender(portalContainer);
  return <p data-testid="portal">{String(inProvider)}</p>;
}

function ClientProbe({ onClient }: { onClient: (client: QueryClient) => void }) {
  onClient(useNorthstarQueryClient());
  return null;
}

function App(): ReactNode {
  const { locale, direction, portalContainer } = useNorthstar();
  const f = useFormatters();
  return (
    <p>
      {locale} {direction} {f.percent(0.5)} {portalContainer ? 'mounted' : 'server'}
    </p>
  );
}

const probeStyle = (label: string) => getComputedStyle(screen.getByTestId(label));
const rootOf = (label: string) => screen.getByTestId(label).closest('[data-ns-root]') as HTMLElement;

describe('NorthstarProvider theming', () => {
  it('writes every token on its own root element and nothing on the document element', () => {
    render(
      <NorthstarProvider>
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    const root = rootOf('probe');
    for (const [name, variable] of Object.entries(TOKENS)) {
      const light = root.style.getPropertyValue(variable.replace('--ns-', '--ns-l-'));
      const dark = root.style.getPropertyValue(variable.replace('--ns-', '--ns-d-'));
      expect(light, name).toBe(DEFAULT_THEME.light[name as keyof typeof TOKENS]);
      expect(dark, name).toBe(DEFAULT_THEME.dark[name as keyof typeof TOKENS]);
    }
    expect(getComputedStyle(root).getPropertyValue(TOKENS.text)).not.toBe('');
    for (const el of [document.documentElement, document.body]) {
      expect(el.getAttribute('style') ?? '').not.toContain('--ns-');
      expect(getComputedStyle(el).getPropertyValue(TOKENS.text)).toBe('');
      expect(getComputedStyle(el).getPropertyValue(TOKENS.surface)).toBe('');
    }
  });

  it('switches the appearance attribute and the computed colours between light and dark', () => {
    const { rerender } = render(
      <NorthstarProvider appearance="light">
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(rootOf('probe').dataset.nsAppearance).toBe('light');
    expect(probeStyle('probe').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.light.surface));
    expect(getComputedStyle(rootOf('probe')).color).toBe(resolvedColor(DEFAULT_THEME.light.text));

    rerender(
      <NorthstarProvider appearance="dark">
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(rootOf('probe').dataset.nsAppearance).toBe('dark');
    expect(probeStyle('probe').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.dark.surface));
    expect(getComputedStyle(rootOf('probe')).color).toBe(resolvedColor(DEFAULT_THEME.dark.text));
    expect(getComputedStyle(rootOf('probe')).colorScheme).toBe('dark');
  });

  it('is light by default, even when the OS asks for dark', async () => {
    await commands.emulateColorScheme('dark');
    render(
      <NorthstarProvider>
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(rootOf('probe').dataset.nsAppearance).toBe('light');
    expect(probeStyle('probe').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.light.surface));
  });

  it('follows prefers-color-scheme only when the appearance is system', async () => {
    await commands.emulateColorScheme('dark');
    const { unmount } = render(
      <NorthstarProvider appearance="system">
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(probeStyle('probe').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.dark.surface));
    unmount();
    await commands.emulateColorScheme('light');
    render(
      <NorthstarProvider appearance="system">
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(probeStyle('probe').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.light.surface));
  });

  it('follows the host page, not the OS, when the appearance is inherit', async () => {
    await commands.emulateColorScheme('dark');
    render(
      <>
        <div data-testid="plain-host">
          <NorthstarProvider appearance="inherit">
            <Probe label="plain" />
          </NorthstarProvider>
        </div>
        <div style={{ colorScheme: 'dark' }}>
          <NorthstarProvider appearance="inherit">
            <Probe label="css-dark" />
          </NorthstarProvider>
        </div>
        <div data-ns-color-scheme="dark">
          <NorthstarProvider appearance="inherit">
            <Probe label="attr-dark" />
          </NorthstarProvider>
        </div>
        <div data-ns-color-scheme="light" style={{ colorScheme: 'dark' }}>
          <NorthstarProvider appearance="inherit">
            <Probe label="attr-light" />
          </NorthstarProvider>
        </div>
      </>,
    );
    // a host that declares no color-scheme is a light page, although the OS says dark
    expect(probeStyle('plain').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.light.surface));
    expect(probeStyle('css-dark').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.dark.surface));
    expect(probeStyle('attr-dark').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.dark.surface));
    expect(probeStyle('attr-light').backgroundColor).toBe(resolvedColor(DEFAULT_THEME.light.surface));
  });

  it('re-themes only the subtree of a nested provider', () => {
    render(
      <NorthstarProvider appearance="light">
        <Probe label="outer" />
        <NorthstarProvider theme={BRAND}>
          <Probe label="inner" />
        </NorthstarProvider>
        <Probe label="outer-after" />
      </NorthstarProvider>,
    );
    expect(probeStyle('inner').color).toBe(resolvedColor(BRAND.light.accent));
    expect(probeStyle('inner').borderRadius).toBe('2px');
    for (const label of ['outer', 'outer-after']) {
      expect(probeStyle(label).color).toBe(resolvedColor(DEFAULT_THEME.light.accent));
      expect(probeStyle(label).borderRadius).toBe('8px');
    }
    // the inner root inherited "light" from the outer root rather than asking the media query
    expect(rootOf('inner').dataset.nsAppearance).toBe('light');
  });

  it('lets a nested provider without a theme keep the outer tokens while changing appearance', () => {
    render(
      <NorthstarProvider theme={BRAND} appearance="light">
        <Probe label="outer" />
        <NorthstarProvider appearance="dark">
          <Probe label="inner" />
        </NorthstarProvider>
      </NorthstarProvider>,
    );
    expect(rootOf('inner').getAttribute('style')).toBeNull();
    expect(probeStyle('inner').backgroundColor).toBe(resolvedColor(BRAND.dark.surface));
    expect(probeStyle('inner').color).toBe(resolvedColor(BRAND.dark.accent));
    expect(probeStyle('outer').backgroundColor).toBe(resolvedColor(BRAND.light.surface));
  });

  it('merges host style and class name onto the root, host style last', () => {
    render(
      <NorthstarProvider className="host-panel" style={{ [TOKENS.radius as string]: '20px', padding: 4 }}>
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(rootOf('probe').className).toBe('host-panel');
    expect(probeStyle('probe').borderRadius).toBe('20px');
  });

  it('warns once and falls back to light for an invalid appearance', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      // @ts-expect-error deliberately invalid
      <NorthstarProvider appearance="sepia">
        <Probe label="probe" />
      </NorthstarProvider>,
    );
    expect(rootOf('probe').dataset.nsAppearance).toBe('light');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('"appearance" = "sepia"');
  });
});

describe('NorthstarProvider context', () => {
  it('merges messages from outer and inner providers over the widget defaults', () => {
    render(
      <NorthstarProvider messages={{ 'demo.a': 'Outer A', 'demo.b': 'Outer B' }}>
        <NorthstarProvider messages={{ 'demo.b': 'Inner B' }}>
          <Messages />
        </NorthstarProvider>
      </NorthstarProvider>,
    );
    expect(screen.getByText('Outer A / Inner B / Default C')).toBeTruthy();
  });

  it('picks the catalogue of the provider locale with fallback (de-AT → de), overrides still winning', () => {
    render(
      <NorthstarProvider locale="de-AT" messages={{ 'demo.b': 'Eigenes B' }}>
        <Messages />
      </NorthstarProvider>,
    );
    expect(screen.getByText('Standard A / Eigenes B / Standard C')).toBeTruthy();
  });

  it('formats numbers in the provider locale, inherited by nested providers', () => {
    render(
      <>
        <NorthstarProvider>
          <Amount />
        </NorthstarProvider>
        <NorthstarProvider locale="de-DE">
          <NorthstarProvider>
            <Amount />
          </NorthstarProvider>
        </NorthstarProvider>
      </>,
    );
    expect(screen.getByText('1,234.5 | 72%')).toBeTruthy();
    expect(screen.getByText('1.234,5 | 72 %')).toBeTruthy();
  });

  it('sets rtl for right-to-left locales unless dir is given', () => {
    render(
      <>
        <NorthstarProvider locale="ar-EG">
          <Direction label="ar" />
          <NorthstarProvider>
            <Direction label="ar-nested" />
          </NorthstarProvider>
        </NorthstarProvider>
        <NorthstarProvider locale="he">
          <Direction label="he" />
        </NorthstarProvider>
        <NorthstarProvider locale="fa-IR" dir="ltr">
          <Direction label="fa-forced-ltr" />
        </NorthstarProvider>
        <NorthstarProvider locale="en-GB" dir="rtl">
          <Direction label="en-forced-rtl" />
        </NorthstarProvider>
        <NorthstarProvider locale="ur-PK">
          <Direction label="ur" />
        </NorthstarProvider>
      </>,
    );
    const expected = {
      ar: 'rtl',
      'ar-nested': 'rtl',
      he: 'rtl',
      'fa-forced-ltr': 'ltr',
      'en-forced-rtl': 'rtl',
      ur: 'rtl',
    };
    for (const [label, dir] of Object.entries(expected)) {
      expect(screen.getByTestId(label).textContent, label).toBe(dir);
      expect(rootOf(label).getAttribute('dir'), label).toBe(dir);
    }
  });

  it('exposes the root element as portal container after mount', () => {
    const seen: Array<HTMLElement | null> = [];
    render(
      <NorthstarProvider>
        <Portal onRender={(el) => seen.push(el)} />
      </NorthstarProvider>,
    );
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toBe(rootOf('portal'));
    expect(screen.getByTestId('portal').textContent).toBe('true');
  });

  it('shares the outer query client with a nested provider of the same adapter, not of another', () => {
    const clients: Record<string, QueryClient> = {};
    const keep = (name: string) => (client: QueryClient) => {
      clients[name] = client;
    };
    const adapter = createMemoryAdapter({});
    const given = new QueryClient();
    render(
      <NorthstarProvider adapter={adapter}>
        <ClientProbe onClient={keep('outer')} />
        <NorthstarProvider>
          <ClientProbe onClient={keep('sameAdapter')} />
        </NorthstarProvider>
        <NorthstarProvider adapter={createMemoryAdapter({})}>
          <ClientProbe onClient={keep('otherAdapter')} />
        </NorthstarProvider>
        <NorthstarProvider queryClient={given}>
          <ClientProbe onClient={keep('given')} />
        </NorthstarProvider>
      </NorthstarProvider>,
    );
    expect(clients.sameAdapter).toBe(clients.outer);
    expect(clients.otherAdapter).not.toBe(clients.outer);
    expect(clients.given).toBe(given);
  });

  it('keeps one query client per provider across re-renders', () => {
    const clients = new Set<QueryClient>();
    const { rerender } = render(
      <NorthstarProvider locale="en-US">
        <ClientProbe onClient={(c) => clients.add(c)} />
      </NorthstarProvider>,
    );
    rerender(
      <NorthstarProvider locale="fr-FR">
        <ClientProbe onClient={(c) => clients.add(c)} />
      </NorthstarProvider>,
    );
    expect(clients.size).toBe(1);
  });
});

describe('NorthstarProvider server rendering', () => {
  it('renderToString output hydrates without a mismatch (the Node-side check is src/ssr)', async () => {
    const tree = (
      <NorthstarProvider theme={BRAND} appearance="dark" locale="ar-EG">
        <App />
      </NorthstarProvider>
    );
    const html = renderToString(tree);
    expect(html).toContain('data-ns-root=""');
    expect(html).toContain('data-ns-appearance="dark"');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('lang="ar-EG"');
    expect(html).toContain(`--ns-d-color-surface:${BRAND.dark.surface}`);
    expect(html).toContain('server');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, tree, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // after mount the portal container exists and the text updated without a hydration error
    expect(container.textContent).toContain('mounted');
    act(() => root?.unmount());
    container.remove();
  });
});
