import type { NorthstarAdapter } from '@northstar/core';
import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import type { Appearance } from '../packages/react/src/provider/NorthstarContext.js';
import { NorthstarProvider } from '../packages/react/src/provider/NorthstarProvider.js';
import { createSampleAdapter } from '../packages/react/src/stories/sampleOrg.js';
import { STORY_THEMES, type StoryThemeName } from '../packages/react/src/stories/storyThemes.js';

/**
 * What a story can set under `parameters.northstar`: its own adapter (e.g. a failing or slow one), or
 * `provider: false` to render without any NorthstarProvider (controlled widgets must work that way).
 */
export interface NorthstarStoryParameters {
  adapter?: NorthstarAdapter;
  provider?: boolean;
}

// One sample-org adapter per story: writes made in one story (a recorded KPI value) never leak into another,
// and re-renders after a toolbar change keep the same adapter (and so the same cached data).
const adapters = new Map<string, NorthstarAdapter>();
function sampleAdapterFor(storyId: string): NorthstarAdapter {
  let adapter = adapters.get(storyId);
  if (!adapter) {
    adapter = createSampleAdapter();
    adapters.set(storyId, adapter);
  }
  return adapter;
}

const withNorthstar: Decorator = (Story, context) => {
  const options = (context.parameters.northstar ?? {}) as NorthstarStoryParameters;
  if (options.provider === false) return <Story />;
  const theme =
    STORY_THEMES[(context.globals.theme as StoryThemeName | undefined) ?? 'default'] ?? STORY_THEMES.default;
  return (
    <NorthstarProvider
      adapter={options.adapter ?? sampleAdapterFor(context.id)}
      theme={theme.theme}
      appearance={(context.globals.appearance as Appearance | undefined) ?? 'light'}
      locale={(context.globals.locale as string | undefined) ?? 'en-US'}
    >
      <Story />
    </NorthstarProvider>
  );
};

const preview: Preview = {
  parameters: {
    // Every story runs axe in the vitest browser run; a violation fails the test (not just a panel warning).
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color|accent|neutral)$/i } },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Northstar theme built with createTheme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: Object.entries(STORY_THEMES).map(([value, { title }]) => ({ value, title })),
      },
    },
    appearance: {
      description: 'NorthstarProvider appearance',
      toolbar: {
        title: 'Appearance',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'inherit', title: 'Inherit (follow the OS)', icon: 'browser' },
        ],
      },
    },
    locale: {
      description: 'NorthstarProvider locale (Intl formatting and writing direction)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'fr-FR', title: 'Français' },
          { value: 'ar-EG', title: 'العربية (RTL)' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'default', appearance: 'light', locale: 'en-US' },
  decorators: [withNorthstar],
};

export default preview;
