import { createRoute, z } from '@hono/zod-openapi';
import type {
  FeedbackDraft,
  FeedbackRequest,
  FeedbackResponse,
  FeedbackTemplate,
  ReviewCycle,
} from '@northstar/core';
import type { FeedbackRequestInput } from '@northstar/core/adapters';
import type { Viewer } from '../auth/viewer.js';
import type { Sql } from '../db/database.types.js';
import { insertResponses, saveRequests } from '../db/rows.js';
import { coreRules, ONCE } from '../domain/coreRules.js';
import type { Audience } from '../events/audience.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { writeOnce } from '../http/writeOnce.js';
import { IdParamSchema, IdSchema } from '../schemas/common.js';
import {
  FeedbackAggregateSchema,
  FeedbackDraftInputSchema,
  FeedbackDraftSchema,
  FeedbackRequestInputSchema,
  FeedbackRequestSchema,
  FeedbackResponseInputSchema,
  FeedbackResponseSchema,
  FeedbackTemplateSchema,
} from '../schemas/domain.js';
import { body, ERRORS, json, send, WRITE_ERRORS, WRITE_HEADERS } from './routeKit.js';

const tags = ['feedback'];

async function loadTemplate(sql: Sql, id: string, field = 'id'): Promise<FeedbackTemplate> {
  const rows = await sql.query<{ doc: FeedbackTemplate }>(
    'select doc from feedback_templates where id = $1',
    [id],
  );
  if (rows[0] === undefined) fail(404, 'NOT_FOUND', `feedback template "${id}" was not found`, { id, field });
  return rows[0].doc;
}

function requireSelfRater(
  viewer: Viewer,
  input: { raterId: string; subjectId: string; relationship: string },
  what: string,
): void {
  if (input.raterId !== viewer.person.id) {
    fail(403, 'FORBIDDEN', `${what} can only be written as the signed-in rater (${viewer.person.id})`, {
      field: 'raterId',
    });
  }
  // The org chart decides the two relationships it can prove, so nobody rates as someone's manager who is not.
  const claim = input.relationship;
  if (
    (claim === 'manager' && !viewer.below.has(input.subjectId)) ||
    (claim === 'direct-report' && !viewer.above.has(input.subjectId))
  ) {
    fail(
      403,
      'FORBIDDEN',
      `${what}: ${viewer.person.id} is not ${input.subjectId}'s ${claim === 'manager' ? 'manager' : 'report'}`,
      {
        field: 'relationship',
      },
    );
  }
}

/**
 * Whether the viewer may see a request's `status`: HR admins, its rater and the subject's managers may; the subject
 * alone may not, because a rater id next to `submitted` would name an anonymous rater.
 */
function seesStatus(viewer: Viewer, request: { subjectId: string; raterId: string }): boolean {
  return viewer.isHr || request.raterId === viewer.person.id || viewer.below.has(request.subjectId);
}

/** A request as its subject sees it: who was asked, how and when, but not whether they answered. */
function withoutStatus(request: FeedbackRequest): Omit<FeedbackRequest, 'status'> {
  const { status: _status, ...rest } = request;
  return rest;
}

/** The subject, the rater and the subject's managers hear about a response; HR admins hear about everything. */
function responseAudience(subjectId: string, raterId: string): Audience {
  return { scope: 'people', people: [subjectId, raterId], managersOf: [subjectId] };
}

/**
 * Registers the feedback routes: templates, the server-side summary, responses, drafts and requests. Raw
 * responses are never listed: `GET /api/feedback/summary` aggregates with core's `aggregateFeedback` instead.
 *
 * @example
 * feedbackRoutes(app, ctx);
 */
export function feedbackRoutes(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feedback/templates',
      tags,
      summary: 'Every feedback template',
      responses: { 200: json(z.array(FeedbackTemplateSchema), 'The templates'), ...ERRORS },
    }),
    async (c) => {
      const rows = await ctx.db.query<{ doc: FeedbackTemplate }>(
        'select doc from feedback_templates order by ord',
      );
      return send(
        c,
        rows.map((row) => row.doc),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feedback/templates/{id}',
      tags,
      summary: 'One feedback template',
      request: { params: IdParamSchema },
      responses: { 200: json(FeedbackTemplateSchema, 'The template'), ...ERRORS },
    }),
    async (c) => send(c, await loadTemplate(ctx.db, c.req.valid('param').id)),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feedback/summary',
      tags,
      summary:
        "A subject's feedback aggregated on the server with the template's anonymity threshold; for the subject, their managers and HR admins",
      request: {
        query: z.object({ subjectId: IdSchema, templateId: IdSchema, cycleId: IdSchema.optional() }),
      },
      responses: { 200: json(FeedbackAggregateSchema, "core's FeedbackAggregate"), ...ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const viewer = c.get('viewer');
      if (!viewer.isHr && !viewer.managesOrIs(query.subjectId)) {
        fail(
          403,
          'FORBIDDEN',
          "only the subject, their managers and HR admins may read a subject's feedback summary",
          {
            field: 'subjectId',
          },
        );
      }
      const template = await loadTemplate(ctx.db, query.templateId, 'templateId');
      const responses = await ctx.db.query<{ doc: FeedbackResponse }>(
        'select doc from feedback_responses where subject_id = $1 and template_id = $2 order by ord',
        [query.subjectId, query.templateId],
      );
      const cycles = await ctx.db.query<{ doc: ReviewCycle }>('select doc from cycles where id = $1', [
        query.cycleId ?? '',
      ]);
      const rules = coreRules(
        {
          templates: [template],
          responses: responses.map((row) => row.doc),
          cycles: cycles.map((row) => row.doc),
        },
        ctx.now,
      );
      return send(c, await rules.feedback.summarize(query));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feedback/responses',
      tags,
      summary:
        "Submit feedback as the signed-in rater; answers checked against the template; the rater's draft is deleted",
      request: { headers: WRITE_HEADERS, body: body(FeedbackResponseInputSchema) },
      responses: {
        201: json(FeedbackResponseSchema, 'The stored response (only ever returned to its rater)'),
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const viewer = c.get('viewer');
      requireSelfRater(viewer, input, 'feedback');
      return writeOnce(c, ctx, async (tx) => {
        const template = await loadTemplate(tx, input.templateId, 'templateId');
        const rules = coreRules({ templates: [template] }, ctx.now);
        const stored = await rules.feedback.submit(input, ONCE);
        await insertResponses(tx, [stored]);
        const events: [import('@northstar/core').AdapterChange, Audience][] = [
          [
            { type: 'feedback', ids: [stored.id], kind: 'created' },
            responseAudience(stored.subjectId, stored.raterId),
          ],
        ];
        await tx.query(
          `update feedback_requests set status = 'submitted', doc = jsonb_set(doc, '{status}', '"submitted"')
            where status = 'open' and template_id = $1 and subject_id = $2 and rater_id = $3`,
          [input.templateId, input.subjectId, input.raterId],
        );
        const drafts = await tx.query<{ id: string }>(
          'delete from feedback_drafts where template_id = $1 and subject_id = $2 and rater_id = $3 returning id',
          [input.templateId, input.subjectId, input.raterId],
        );
        for (const draft of drafts) {
          events.push([
            { type: 'feedback', ids: [draft.id], kind: 'removed' },
            { scope: 'people', people: [input.raterId], managersOf: [] },
          ]);
        }
        return { status: 201, body: stored, events };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/feedback/drafts',
      tags,
      summary: "Create or replace the signed-in rater's draft for a template and subject",
      request: { headers: WRITE_HEADERS, body: body(FeedbackDraftInputSchema) },
      responses: { 200: json(FeedbackDraftSchema, 'The stored draft'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const viewer = c.get('viewer');
      requireSelfRater(viewer, input, 'a draft');
      return writeOnce(c, ctx, async (tx) => {
        const template = await loadTemplate(tx, input.templateId, 'templateId');
        const draft = await coreRules({ templates: [template] }, ctx.now).feedback.saveDraft(input, ONCE);
        // The first save of a key keeps its id forever, also when two first saves race.
        const rows = await tx.query<{ doc: FeedbackDraft; created: boolean }>(
          `insert into feedback_drafts as d (id, template_id, subject_id, rater_id, doc)
           values ($1, $2, $3, $4, $5::text::jsonb)
           on conflict (template_id, subject_id, rater_id)
             do update set doc = jsonb_set(excluded.doc, '{id}', to_jsonb(d.id))
           returning d.doc, (xmax = 0) as created`,
          [draft.id, input.templateId, input.subjectId, input.raterId, JSON.stringify(draft)],
        );
        const stored = rows[0]!;
        return {
          status: 200,
          body: stored.doc,
          events: [
            [
              { type: 'feedback', ids: [stored.doc.id], kind: stored.created ? 'created' : 'updated' },
              { scope: 'people', people: [input.raterId], managersOf: [] },
            ],
          ],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feedback/drafts',
      tags,
      summary: "The signed-in rater's draft, or null (another rater's draft is never revealed: null)",
      request: { query: z.object({ templateId: IdSchema, subjectId: IdSchema, raterId: IdSchema }) },
      responses: { 200: json(FeedbackDraftSchema.nullable(), 'The draft or null'), ...ERRORS },
    }),
    async (c) => {
      const key = c.req.valid('query');
      if (key.raterId !== c.get('viewer').person.id) return send(c, null);
      const rows = await ctx.db.query<{ doc: FeedbackDraft }>(
        'select doc from feedback_drafts where template_id = $1 and subject_id = $2 and rater_id = $3',
        [key.templateId, key.subjectId, key.raterId],
      );
      return send(c, rows[0]?.doc ?? null);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/feedback/drafts/{id}',
      tags,
      summary: "Delete one of the signed-in rater's drafts",
      request: { params: IdParamSchema, headers: WRITE_HEADERS },
      responses: { 204: { description: 'Deleted' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        const rows = await tx.query<{ id: string }>(
          'delete from feedback_drafts where id = $1 and rater_id = $2 returning id',
          [id, viewer.person.id],
        );
        if (rows.length === 0)
          fail(404, 'NOT_FOUND', `feedback draft "${id}" was not found`, { id, field: 'id' });
        return {
          status: 204,
          body: null,
          events: [
            [
              { type: 'feedback', ids: [id], kind: 'removed' },
              { scope: 'people', people: [viewer.person.id], managersOf: [] },
            ],
          ],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feedback/requests',
      tags,
      summary:
        'Feedback requests: HR admins see all, others those they must answer, those about people they manage, and those about themselves (who was asked, without `status`)',
      request: {
        query: z.object({
          subjectId: IdSchema.optional(),
          raterId: IdSchema.optional(),
          templateId: IdSchema.optional(),
          status: z.enum(['open', 'submitted', 'declined']).optional(),
        }),
      },
      responses: { 200: json(z.array(FeedbackRequestSchema), 'The requests'), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const viewer = c.get('viewer');
      // A subject sees who was asked about them, never whether they answered: a rater id next to `submitted`
      // would name an anonymous rater. So those rows lose `status` and match no status filter (else the filter
      // itself would tell).
      const rows = await ctx.db.query<{ doc: FeedbackRequest }>(
        `select case when v.sees_status then v.doc else v.doc - 'status' end as doc
           from (select doc, ord, status, subject_id,
                        ($5 or rater_id = $6 or subject_id in (select jsonb_array_elements_text($7::text::jsonb)))
                          as sees_status
                   from feedback_requests
                  where ($1::text is null or subject_id = $1) and ($2::text is null or rater_id = $2)
                    and ($3::text is null or template_id = $3)) as v
          where (v.sees_status and ($4::text is null or v.status = $4))
             or (not v.sees_status and v.subject_id = $6 and $4::text is null)
          order by v.ord`,
        [
          q.subjectId ?? null,
          q.raterId ?? null,
          q.templateId ?? null,
          q.status ?? null,
          viewer.isHr,
          viewer.person.id,
          JSON.stringify([...viewer.below]),
        ],
      );
      return send(
        c,
        rows.map((row) => row.doc),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feedback/requests',
      tags,
      summary:
        'Ask raters for feedback as the signed-in person (`requestedBy` is set to the caller; another id is 403); an open request for the same template, subject and rater is returned, not doubled — for a subject asking about themselves any earlier request is returned, without `status`',
      request: {
        headers: WRITE_HEADERS,
        body: body(z.strictObject({ requests: z.array(FeedbackRequestInputSchema).max(500) })),
      },
      responses: {
        201: json(z.array(FeedbackRequestSchema), 'The requests, created or already open'),
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const inputs = c.req.valid('json').requests as FeedbackRequestInput[];
      const viewer = c.get('viewer');
      inputs.forEach((input, index) => {
        if (input.requestedBy !== undefined && input.requestedBy !== viewer.person.id) {
          fail(
            403,
            'FORBIDDEN',
            `request #${index}: requests can only be made as the signed-in person (${viewer.person.id}), not "${input.requestedBy}"`,
            { field: `requests[${index}].requestedBy` },
          );
        }
        if (!viewer.isHr && !viewer.managesOrIs(input.subjectId)) {
          fail(
            403,
            'FORBIDDEN',
            `request #${index}: only HR admins, the subject and their managers may ask for feedback on "${input.subjectId}"`,
            {
              field: `requests[${index}].subjectId`,
            },
          );
        }
      });
      const asked = inputs.map((input) => ({ ...input, requestedBy: viewer.person.id }));
      return writeOnce(c, ctx, async (tx) => {
        const templateIds = [...new Set(asked.map((input) => input.templateId))];
        const templates = await tx.query<{ doc: FeedbackTemplate }>(
          'select doc from feedback_templates where id in (select jsonb_array_elements_text($1::text::jsonb))',
          [JSON.stringify(templateIds)],
        );
        // A subject who may not see a request's status (see GET) must not learn it from a fresh id either: for
        // them any earlier request for the key counts as the open one and is returned without `status`.
        const blindKeys = asked.map((input) => ({ ...input, blind: !seesStatus(viewer, input) }));
        const open = await tx.query<{ doc: FeedbackRequest }>(
          `select r.doc from feedback_requests r
            join jsonb_array_elements($1::text::jsonb) as i(d)
              on r.template_id = i.d->>'templateId' and r.subject_id = i.d->>'subjectId' and r.rater_id = i.d->>'raterId'
           where r.status = 'open' or (i.d->>'blind')::boolean order by r.ord for update of r`,
          [JSON.stringify(blindKeys)],
        );
        const existing = new Set(open.map((row) => row.doc.id));
        const rules = coreRules(
          {
            templates: templates.map((row) => row.doc),
            requests: [
              ...new Map(open.map((row) => [row.doc.id, { ...row.doc, status: 'open' as const }])).values(),
            ],
          },
          ctx.now,
        );
        const result = await rules.feedback.request(asked, ONCE);
        const created = result.filter((request) => !existing.has(request.id));
        await saveRequests(tx, [...new Map(created.map((r) => [r.id, r])).values()]);
        return {
          status: 201,
          body: result.map((request) => (seesStatus(viewer, request) ? request : withoutStatus(request))),
          events: [
            [
              { type: 'feedback', ids: result.map((r) => r.id), kind: 'created' },
              {
                scope: 'people',
                people: [...result.map((r) => r.raterId), ...result.map((r) => r.subjectId)],
                managersOf: result.map((r) => r.subjectId),
              },
            ],
          ],
        };
      });
    },
  );
}
