import { createTheme } from '@northstar/react/theme';

/** The host's own brand: Acme Robotics' people portal. Northstar widgets pick it up through `createTheme`. */
export const BRAND = {
  name: 'Acme People',
  company: 'Acme Robotics',
  accent: '#b4441c',
  font: '"Avenir Next", "Segoe UI", "Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  radius: 14,
} as const;

/** The widgets' theme, derived from the brand (light and dark token sets). */
export const PORTAL_THEME = createTheme({
  accent: BRAND.accent,
  neutral: '#57534e',
  radius: BRAND.radius,
  font: BRAND.font,
  density: 'comfortable',
});
