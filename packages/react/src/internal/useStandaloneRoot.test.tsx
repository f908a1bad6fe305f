import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { DEFAULT_THEME } from '../theme/createTheme.js';
import '../styles.css';

afterEach(cleanup);

describe('widgets without a provider', () => {
  it('a KpiGauge outside any NorthstarProvider is its own themed root with the default tokens', () => {
    render(<KpiGauge label="Win rate" value={0.42} target={0.5} format="percent" />);
    const meter = screen.getByRole('meter', { name: 'Win rate' });
    const root = meter.closest('[data-ns-root]') as HTMLElement;
    expect(root).not.toBeNull();
    const text = getComputedStyle(root).getPropertyValue('--ns-color-text').trim();
    expect([DEFAULT_THEME.light.text, DEFAULT_THEME.dark.text]).toContain(text);
  });

  it('inside a provider the widget does not create a second root', () => {
    render(
      <NorthstarProvider>
        <KpiGauge label="Win rate" value={0.42} target={0.5} format="percent" />
      </NorthstarProvider>,
    );
    expect(document.querySelectorAll('[data-ns-root]')).toHaveLength(1);
  });
});
