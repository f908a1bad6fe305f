import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { DEFAULT_THEME } from '../theme/createTheme.js';
import '../styles.css';

afterEach(cleanup);

describe('widgets without a provider', () => {
  it('a KpiGauge outside any NorthstarProvider is its own themed root, light by default', () => {
    render(<KpiGauge label="Win rate" value={0.42} target={0.5} format="percent" />);
    const meter = screen.getByRole('meter', { name: 'Win rate' });
    const root = meter.closest('[data-ns-root]') as HTMLElement;
    expect(root).not.toBeNull();
    expect(root.dataset.nsAppearance).toBe('light');
    // what the browser resolved for the text token: the default theme's light text colour
    const probe = document.createElement('span');
    probe.style.color = DEFAULT_THEME.light.text;
    document.body.append(probe);
    expect(getComputedStyle(root).color).toBe(getComputedStyle(probe).color);
    probe.remove();
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
