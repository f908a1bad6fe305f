import { z } from '@hono/zod-openapi';
import { IdSchema, IsoDateSchema, TextSchema } from './common.js';

const finite = z.number();

export const ParentEdgeSchema = z
  .strictObject({ id: IdSchema, weight: finite.optional() })
  .openapi('ParentEdge');

/** One object for the three metric kinds; core checks which fields each kind needs (422 INVALID_METRIC). */
export const MetricSchema = z
  .strictObject({
    kind: z.enum(['linear', 'binary', 'range']).optional(),
    start: finite.optional(),
    target: finite.optional(),
    current: finite.nullable().optional(),
    cap: finite.nullable().optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    done: z.boolean().nullable().optional(),
    min: finite.optional(),
    max: finite.optional(),
    tolerance: finite.nullable().optional(),
  })
  .openapi('Metric');

export const CheckInSchema = z
  .object({
    id: z.string(),
    goalId: z.string(),
    at: z.string(),
    current: finite.nullable(),
    note: z.string().optional(),
    authorId: z.string().optional(),
  })
  .openapi('CheckIn');

const goalFields = {
  title: TextSchema,
  description: TextSchema.optional(),
  ownerId: IdSchema.optional(),
  ownerType: z.enum(['company', 'team', 'person']).optional(),
  level: z.enum(['company', 'department', 'team', 'person', 'key-result']).optional(),
  cycleId: IdSchema.optional(),
  weight: finite.optional(),
  method: z.enum(['weighted-mean', 'mean', 'min', 'max', 'sum']).optional(),
  metric: MetricSchema.optional(),
  status: z.enum(['draft', 'active', 'done', 'cancelled']).optional(),
  childCount: z.number().int().nonnegative().optional(),
  /** Display unit of the metric, as the sample organisation carries it. */
  unit: z.string().max(64).optional(),
};

export const GoalSchema = z
  .object({
    id: z.string(),
    ...goalFields,
    parentId: z.string().nullable().optional(),
    parents: z.array(ParentEdgeSchema).optional(),
    checkIns: z.array(CheckInSchema).optional(),
    updatedAt: z.string().optional(),
  })
  .openapi('Goal');

export const GoalInputSchema = z
  .strictObject({
    ...goalFields,
    parentId: IdSchema.nullable().optional(),
    parents: z.array(ParentEdgeSchema).max(100).optional(),
  })
  .openapi('GoalInput');

export const GoalPatchSchema = z
  .strictObject({ ...goalFields, title: TextSchema.optional() })
  .openapi('GoalPatch');

export const CheckInInputSchema = z
  .strictObject({
    current: finite.nullable(),
    note: TextSchema.optional(),
    at: IsoDateSchema.optional(),
    authorId: IdSchema.optional(),
  })
  .openapi('CheckInInput');

export const AlignInputSchema = z
  .strictObject({ parents: z.array(ParentEdgeSchema).max(100) })
  .openapi('AlignInput');

export const KpiSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    ownerId: z.string().optional(),
    department: z.string().optional(),
    unit: z.string().optional(),
    format: z.enum(['number', 'percent', 'currency']).optional(),
    currency: z.string().optional(),
    direction: z.enum(['higher-is-better', 'lower-is-better', 'target-range']).optional(),
    actual: finite.nullable().optional(),
    target: finite.nullable().optional(),
    min: finite.optional(),
    max: finite.optional(),
    previous: finite.nullable().optional(),
    period: z.string().optional(),
  })
  .openapi('Kpi');

export const KpiSampleSchema = z
  .object({ kpiId: z.string(), period: z.string(), actual: finite.nullable(), target: finite.optional() })
  .openapi('KpiSample');

export const KpiSampleInputSchema = z
  .strictObject({
    period: z.string().min(1).max(64),
    actual: finite.nullable(),
    target: finite.nullable().optional(),
  })
  .openapi('KpiSampleInput');

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().optional(),
    email: z.string().optional(),
    department: z.string().optional(),
    managerId: z.string().nullable().optional(),
    avatarUrl: z.string().optional(),
    location: z.string().optional(),
  })
  .openapi('Person');

export const ReviewCycleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(['planned', 'active', 'calibrating', 'closed']),
  })
  .openapi('ReviewCycle');

export const RelationshipSchema = z.enum(['self', 'manager', 'peer', 'direct-report', 'other']);

// A multiple-choice answer is the list of picked option labels (core checks them against the template).
export const AnswerSchema = z.union([
  finite,
  z.string().max(10_000),
  z.array(z.string().max(10_000)).max(1_000),
  z.null(),
]);

export const FeedbackTemplateSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    allowAnonymous: z.boolean().optional(),
    anonymityThreshold: z.number().optional(),
    questions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['rating', 'text', 'choice']),
        prompt: z.string().optional(),
        required: z.boolean().optional(),
        scale: z.record(z.string(), z.unknown()).optional(),
        options: z.array(z.string()).optional(),
        multiple: z.boolean().optional(),
        minSelected: z.number().int().optional(),
        maxSelected: z.number().int().optional(),
      }),
    ),
  })
  .openapi('FeedbackTemplate');

export const FeedbackResponseInputSchema = z
  .strictObject({
    templateId: IdSchema,
    subjectId: IdSchema,
    raterId: IdSchema,
    relationship: RelationshipSchema,
    anonymous: z.boolean().optional(),
    cycleId: IdSchema.optional(),
    submittedAt: IsoDateSchema.optional(),
    answers: z.record(z.string().max(128), AnswerSchema),
  })
  .openapi('FeedbackResponseInput');

export const FeedbackResponseSchema = z
  .object({
    id: z.string(),
    templateId: z.string().optional(),
    subjectId: z.string(),
    raterId: z.string(),
    relationship: RelationshipSchema,
    anonymous: z.boolean().optional(),
    cycleId: z.string().optional(),
    submittedAt: z.string().optional(),
    answers: z.record(z.string(), AnswerSchema),
  })
  .openapi('FeedbackResponse');

export const FeedbackDraftInputSchema = z
  .strictObject({
    templateId: IdSchema,
    subjectId: IdSchema,
    raterId: IdSchema,
    relationship: RelationshipSchema,
    anonymous: z.boolean().optional(),
    answers: z.record(z.string().max(128), AnswerSchema),
  })
  .openapi('FeedbackDraftInput');

export const FeedbackDraftSchema = FeedbackDraftInputSchema.extend({
  id: z.string(),
  updatedAt: z.string(),
}).openapi('FeedbackDraft');

export const FeedbackRequestInputSchema = z
  .strictObject({
    templateId: IdSchema,
    subjectId: IdSchema,
    raterId: IdSchema,
    relationship: RelationshipSchema,
    requestedBy: IdSchema.optional().openapi({
      description: 'The signed-in person (set by the server when absent); any other id is 403 FORBIDDEN',
    }),
    dueOn: IsoDateSchema.optional(),
  })
  .openapi('FeedbackRequestInput');

export const FeedbackRequestSchema = z
  .object({
    id: z.string(),
    templateId: z.string(),
    subjectId: z.string(),
    raterId: z.string(),
    relationship: RelationshipSchema,
    status: z.enum(['open', 'submitted', 'declined']).optional().openapi({
      description:
        'Absent when the caller is only the subject: whether a rater answered would name an anonymous rater',
    }),
    requestedAt: z.string(),
    requestedBy: z.string().optional(),
    dueOn: z.string().optional(),
  })
  .openapi('FeedbackRequest');

export const FeedbackAggregateSchema = z
  .record(z.string(), z.unknown())
  .openapi('FeedbackAggregate', { description: "core's FeedbackAggregate (aggregateFeedback's result)" });

const PlacementSchema = z.object({
  performance: finite.nullable(),
  potential: finite.nullable(),
  box: z.number().int().optional(),
});

export const TalentRecordSchema = z
  .object({
    personId: z.string(),
    cycleId: z.string().optional(),
    performance: finite.nullable(),
    potential: finite.nullable(),
    box: z.number().int().optional(),
    note: z.string().optional(),
    movedBy: z.string().optional(),
    reason: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .openapi('TalentRecord');

export const TalentMoveInputSchema = z
  .strictObject({
    cycleId: IdSchema.optional(),
    performance: finite.nullable().optional(),
    potential: finite.nullable().optional(),
    box: z.number().int().optional(),
    reason: TextSchema,
    movedBy: IdSchema.optional(),
    expectedUpdatedAt: z.string().max(64).optional(),
  })
  .openapi('TalentMove');

export const TalentMoveRecordSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    cycleId: z.string().optional(),
    from: PlacementSchema,
    to: PlacementSchema,
    reason: z.string(),
    movedBy: z.string().optional(),
    at: z.string(),
  })
  .openapi('TalentMoveRecord');

export const SessionInputSchema = z.strictObject({ personId: IdSchema }).openapi('SessionInput');

export const SessionSchema = z
  .object({ person: PersonSchema, role: z.enum(['employee', 'manager', 'hr-admin']), csrfToken: z.string() })
  .openapi('Session');
