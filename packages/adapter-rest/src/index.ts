// The public API of @northstar/adapter-rest, listed explicitly and locked by src/exports.test.ts.

export { createRestAdapter } from './createRestAdapter.js';
export type { RestAdapter, RestAdapterOptions, RestHeaders, RestSubscription } from './restAdapter.types.js';
