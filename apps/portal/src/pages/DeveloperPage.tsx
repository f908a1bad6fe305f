import { usePreferences } from '../prefs/PreferencesContext';
import { usePageTitle } from './usePageTitle';

const EMBED_SNIPPET = `import { createRestAdapter } from '@northstar/adapter-rest';
import { NorthstarProvider, createTheme } from '@northstar/react';
import { KpiTable } from '@northstar/react/kpi-table';

const adapter = createRestAdapter({ baseUrl: '/api' });
const theme = createTheme({ accent: '#b4441c', radius: 14 });

<NorthstarProvider adapter={adapter} theme={theme} locale="de-DE">
  <KpiTable />
</NorthstarProvider>`;

/** For the developer evaluating Northstar: the API reference, Storybook, and how this portal embeds the widgets. */
export function DeveloperPage() {
  const { t } = usePreferences();
  usePageTitle(t('nav.developer'));
  return (
    <>
      <h1>{t('dev.title')}</h1>
      <div className="acme-grid">
        <section className="acme-card" aria-labelledby="dev-api">
          <h2 id="dev-api">{t('dev.api')}</h2>
          <ul className="acme-list">
            <li>
              <a href="/api/docs">{t('dev.docs')}</a>
            </li>
            <li>
              <a href="/api/openapi.json">{t('dev.openapi')}</a>
            </li>
          </ul>
        </section>
        <section className="acme-card" aria-labelledby="dev-storybook">
          <h2 id="dev-storybook">{t('dev.storybook')}</h2>
          <p>{t('dev.storybookText')}</p>
          <p>
            <code>pnpm storybook</code> → <a href="http://localhost:6006">http://localhost:6006</a>
          </p>
        </section>
        <section className="acme-card acme-span-3" aria-labelledby="dev-embed">
          <h2 id="dev-embed">{t('dev.embed')}</h2>
          <p>{t('dev.embedText')}</p>
          <pre className="acme-code" dir="ltr">
            <code>{EMBED_SNIPPET}</code>
          </pre>
        </section>
      </div>
    </>
  );
}
