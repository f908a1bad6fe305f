import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { canSee } from '../events/audience.js';
import { eventsAfter, type StoredEvent } from '../events/eventHub.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { ERRORS } from './routeKit.js';

/**
 * Registers `GET /api/events`: Server-Sent Events of `AdapterChange`s the caller may see, with `id: <seq>`,
 * `Last-Event-ID` resumption and `: ping` comments.
 *
 * @example
 * eventRoutes(app, ctx);
 */
export function eventRoutes(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      tags: ['events'],
      summary:
        'Live changes (SSE): `event: change`, `data: AdapterChange`, `id: <seq>`; honours Last-Event-ID',
      request: {
        headers: z.object({
          'last-event-id': z
            .string()
            .regex(/^\d{1,15}$/)
            .optional(),
        }),
        query: z.object({
          lastEventId: z
            .string()
            .regex(/^\d{1,15}$/)
            .optional(),
        }),
      },
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...ERRORS,
      },
    }),
    (c) => {
      const viewer = c.get('viewer');
      const header = c.req.valid('header')['last-event-id'] ?? c.req.valid('query').lastEventId;
      const resumeFrom = header === undefined ? undefined : Number(header);
      c.header('cache-control', 'no-store');
      c.header('x-accel-buffering', 'no');
      return streamSSE(c, async (stream) => {
        let sent = resumeFrom ?? ctx.hub.lastSeq;
        let queue: Promise<void> = Promise.resolve();
        const deliver = (event: StoredEvent): void => {
          queue = queue.then(async () => {
            if (event.seq <= sent || stream.aborted) return;
            sent = event.seq;
            if (!canSee(viewer, event.audience)) return;
            await stream.writeSSE({
              event: 'change',
              id: String(event.seq),
              data: JSON.stringify(event.change),
            });
          });
        };
        // Subscribe before replaying, so nothing committed in between is lost (duplicates are skipped by seq).
        const unsubscribe = ctx.hub.subscribe(deliver);
        if (resumeFrom !== undefined)
          for (const event of await eventsAfter(ctx.db, resumeFrom)) deliver(event);
        await stream.write(': connected\n\n');
        const ping = setInterval(() => {
          queue = queue.then(() => stream.write(': ping\n\n').then(() => {}));
        }, ctx.pingMs);
        await new Promise<void>((resolve) => stream.onAbort(resolve));
        clearInterval(ping);
        unsubscribe();
      });
    },
  );
}
