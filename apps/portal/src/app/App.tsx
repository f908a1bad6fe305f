import { NorthstarProvider } from '@northstar/react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { PORTAL_THEME } from '../brand/brand';
import { portalAdapter } from '../data/portalAdapter';
import { createPortalQueryClient } from '../data/portalQueryClient';
import { PreferencesProvider, usePreferences } from '../prefs/PreferencesContext';
import { SessionProvider } from '../session/SessionContext';
import { PortalRoutes } from './PortalRoutes';

function ThemedPortal() {
  const { locale, resolvedAppearance, dir } = usePreferences();
  const queryClient = useQueryClient();
  return (
    <NorthstarProvider
      adapter={portalAdapter}
      queryClient={queryClient}
      theme={PORTAL_THEME}
      appearance={resolvedAppearance}
      locale={locale}
      dir={dir}
      className="acme-ns-root"
    >
      <PortalRoutes />
    </NorthstarProvider>
  );
}

/** The host application: its own router, cache, session and preferences around Northstar's provider. */
export function App() {
  const [queryClient] = useState(createPortalQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <SessionProvider>
          <BrowserRouter>
            <ThemedPortal />
          </BrowserRouter>
        </SessionProvider>
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
