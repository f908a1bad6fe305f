// The public API of @northstar/server, listed explicitly.
export { issueToken } from './auth/signing.js';
export type { Role, RoleRules } from './auth/viewer.js';
export { createNorthstarApi, type NorthstarApi, type NorthstarApiOptions } from './createNorthstarApi.js';
export type { Database, Sql } from './db/database.types.js';
export { migrate } from './db/migrate.js';
export { MIGRATIONS, type Migration } from './db/migrations.js';
export { type OpenDatabaseOptions, openDatabase } from './db/openDatabase.js';
export type { Problem } from './http/problem.js';
export { normalizeSeed } from './seed/normalizeSeed.js';
export { seedDatabase } from './seed/seedDatabase.js';
export { type NorthstarServer, type StartServerOptions, startServer } from './startServer.js';
