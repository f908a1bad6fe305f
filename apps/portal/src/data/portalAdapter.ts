import { createRestAdapter } from '@northstar/adapter-rest';

/**
 * The one adapter the whole portal hands to Northstar: the REST API on the same origin, authenticated by the
 * session cookie (the adapter sends the `ns_csrf` cookie back as `X-CSRF-Token` on writes).
 */
export const portalAdapter = createRestAdapter({ baseUrl: '/api', credentials: 'same-origin' });

export type PortalAdapter = typeof portalAdapter;
