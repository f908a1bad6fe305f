// @northstar/server/testing: a real server on 127.0.0.1 for adapter and conformance tests.
export { type StartTestServerOptions, startTestServer, type TestServer } from './testing/startTestServer.js';
