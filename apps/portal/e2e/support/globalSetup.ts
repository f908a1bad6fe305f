import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { PORTAL_DIST, startPortal } from '../../server/startPortal.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string;
    /** A bearer token of the HR admin, for checking the server's state behind the pages. */
    hrToken: string;
  }
}

/** Builds the portal when dist/ is missing, starts it on a free port with an in-memory database, stops it after. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${PORTAL_DIST}/index.html`)) {
    const { build } = await import('vite');
    await build({ root: fileURLToPath(new URL('../..', import.meta.url)), logLevel: 'warn' });
  }
  const portal = await startPortal({ port: 0 });
  project.provide('portalUrl', portal.url);
  project.provide('hrToken', portal.tokenFor('p-009'));
  return async () => {
    await portal.stop();
  };
}
