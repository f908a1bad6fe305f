import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createTheme, DEFAULT_THEME } from './createTheme.js';
import type { NorthstarTheme, ThemeDensity } from './theme.types.js';
import { TOKENS, type TokenName } from './tokens.js';
import './base.css';

// Tokens that colour text: shown as a text sample, so axe checks their contrast against the surface for real.
const TEXT_TOKENS = new Set<TokenName>([
  'text',
  'textMuted',
  'success',
  'warning',
  'danger',
  'info',
  'neutral',
]);
const SPACE_TOKENS = new Set<TokenName>(['space1', 'space2', 'space3', 'space4']);
const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

const chip: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  inlineSize: '2.5rem',
  blockSize: '1.5rem',
  borderRadius: 'var(--ns-radius)',
  border: '1px solid var(--ns-color-border)',
  verticalAlign: 'middle',
};

function Sample({ name }: { name: TokenName }): ReactNode {
  const variable = `var(${TOKENS[name]})`;
  if (TEXT_TOKENS.has(name)) {
    return <span style={{ color: variable, fontWeight: 600, whiteSpace: 'nowrap' }}>Aa 72% at risk</span>;
  }
  if (name === 'accentContrast') {
    return (
      <span
        style={{
          ...chip,
          inlineSize: 'auto',
          paddingInline: 'var(--ns-space-2)',
          background: 'var(--ns-color-accent)',
          color: variable,
        }}
      >
        Save
      </span>
    );
  }
  if (name === 'radius')
    return <span aria-hidden="true" style={{ ...chip, background: 'var(--ns-color-surface-sunken)' }} />;
  if (SPACE_TOKENS.has(name)) {
    return (
      <span
        aria-hidden="true"
        style={{
          ...chip,
          border: 'none',
          borderRadius: 0,
          inlineSize: variable,
          blockSize: '0.75rem',
          background: 'var(--ns-color-accent)',
        }}
      />
    );
  }
  if (name === 'fontFamily' || name === 'fontSize' || name === 'motionDuration') {
    return <span style={name === 'fontSize' ? { fontSize: variable } : undefined}>Quarterly attainment</span>;
  }
  return <span aria-hidden="true" style={{ ...chip, background: variable }} />;
}

const cell: CSSProperties = {
  paddingBlock: 'var(--ns-space-1)',
  paddingInline: 'var(--ns-space-2)',
  borderBlockEnd: '1px solid var(--ns-color-border)',
  textAlign: 'start',
  verticalAlign: 'middle',
};

function TokenTable({ theme, mode }: { theme: NorthstarTheme; mode: 'light' | 'dark' }): ReactNode {
  return (
    <NorthstarProvider
      theme={theme}
      appearance={mode}
      style={{
        padding: 'var(--ns-space-4)',
        borderRadius: 'var(--ns-radius)',
        border: '1px solid var(--ns-color-border)',
      }}
    >
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <caption style={{ textAlign: 'start', fontWeight: 700, paddingBlockEnd: 'var(--ns-space-2)' }}>
          {mode === 'light' ? 'Light appearance' : 'Dark appearance'}
        </caption>
        <thead>
          <tr>
            {['Token', 'Custom property', 'Value', 'Sample'].map((label) => (
              <th key={label} scope="col" style={cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TOKEN_NAMES.map((name) => (
            <tr key={name}>
              <th scope="row" style={{ ...cell, fontWeight: 500 }}>
                {name}
              </th>
              <td style={cell}>
                <code>{TOKENS[name]}</code>
              </td>
              <td style={{ ...cell, overflowWrap: 'anywhere', color: 'var(--ns-color-text-muted)' }}>
                <code>{theme[mode][name]}</code>
              </td>
              <td style={cell}>
                <Sample name={name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </NorthstarProvider>
  );
}

function Swatches({ theme }: { theme: NorthstarTheme }): ReactNode {
  return (
    <div
      style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(34rem, 1fr))' }}
    >
      <TokenTable theme={theme} mode="light" />
      <TokenTable theme={theme} mode="dark" />
    </div>
  );
}

/** The knobs of createTheme, as Storybook controls. */
interface ThemeArgs {
  accent: string;
  neutral: string;
  radius: number;
  font: string;
  density: ThemeDensity;
}

const meta = {
  title: 'Foundations/Theme',
  parameters: {
    // Stated here too, not only in the preview: these swatches are the contrast claims, so axe must fail the story.
    a11y: { test: 'error' },
    // the swatches' sample text is the story's own (it demonstrates colours, not widget strings)
    northstar: { hostText: ['Aa 72% at risk'] },
    docs: {
      description: {
        component:
          'Every `--ns-*` token for light and dark, as `createTheme` derives them from a few brand knobs. Text, muted text and status tones meet WCAG AA (4.5:1) on every surface; focus ring and chart colours meet 3:1.',
      },
    },
  },
  render: (args: ThemeArgs) => <Swatches theme={createTheme(args)} />,
  argTypes: {
    accent: { control: 'color' },
    neutral: { control: 'color' },
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 } },
    density: { control: 'inline-radio', options: ['compact', 'comfortable', 'spacious'] },
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** DEFAULT_THEME: calm indigo accent on slate neutrals. */
export const Default: Story = {
  // The createTheme defaults, spelled out so the controls start from them.
  args: {
    accent: DEFAULT_THEME.light.accent,
    neutral: '#64748b',
    radius: 8,
    font: DEFAULT_THEME.light.fontFamily,
    density: 'comfortable',
  },
};

/** A yellow host brand: the accent stays the brand's yellow, its text turns dark, focus ring and chart-1 darken to 3:1. */
export const YellowBrand: Story = {
  args: { accent: '#facc15', neutral: '#78716c', radius: 12, font: 'Georgia, serif', density: 'compact' },
};
