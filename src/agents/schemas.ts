// zod/mini schemas for the Agents Manager's answers. Shapes follow Kaltura's public guide where it
// documents them; the rest is our assumption (see adapter.ts). Ids and partner ids arrive as text in
// the guide and as numbers elsewhere, so both are accepted; unknown statuses and step types pass as
// text so that a new value on the server does not fail a whole list.
import * as z from 'zod/mini';
import { wireNumber, wireString } from '../reach/schemas.js';

/** Agent / trigger / actions status: `Enabled`, `Disabled`, `Deleted` (an unknown one passes through). */
export type AgentStatus = 'Enabled' | 'Disabled' | 'Deleted' | (string & {});

export const TriggerSystemName = {
  ENTRY_READY: 'ENTRY_READY',
  ENTRY_UPDATED: 'ENTRY_UPDATED',
  ENTRY_ADDED_TO_CATEGORY: 'ENTRY_ADDED_TO_CATEGORY',
  RUN_ON_DEMAND: 'RUN_ON_DEMAND',
} as const;
export type TriggerSystemName = (typeof TriggerSystemName)[keyof typeof TriggerSystemName] | (string & {});

export type ExecutionStatus = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Skipped' | (string & {});
export const FINAL_EXECUTION_STATUSES: readonly ExecutionStatus[] = ['Succeeded', 'Failed', 'Skipped'];

const text = <Value extends string>() => wireString as z.ZodMiniType<string> as z.ZodMiniType<Value>;

/** A field that may be missing or `null` (the service sends `null` for what it does not have); both read as undefined. */
function absent<Output>(schema: z.ZodMiniType<Output>) {
  return z.optional(
    z.pipe(
      z.nullable(schema),
      z.transform((value): Output | undefined => value ?? undefined),
    ),
  );
}
const optionalString = absent(wireString);
const optionalNumber = absent(wireNumber);

/**
 * A time as unix seconds, whether it arrives as seconds, milliseconds or ISO text (the guide does not
 * say which the service sends).
 */
const wireTime = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value, context) => {
    const seconds =
      typeof value === 'number' ? value : /^\d+(\.\d+)?$/.test(value) ? Number(value) : Date.parse(value) / 1000;
    if (!Number.isFinite(seconds)) {
      context.issues.push({ code: 'custom', message: 'is not a time', input: value });
      return z.NEVER;
    }
    return seconds > 1e11 ? seconds / 1000 : seconds;
  }),
);
const optionalTime = absent(wireTime);

export const actionDefinitionSchema = z.object({
  type: wireString,
  tags: z._default(z.array(wireString), () => []),
  vendors: z._default(
    z.array(
      z.object({
        name: wireString,
        languages: z._default(z.array(z.object({ language: wireString, catalogItemId: wireNumber })), () => []),
      }),
    ),
    () => [],
  ),
  reachProfiles: z._default(z.array(z.object({ id: wireNumber, name: optionalString })), () => []),
});

export const triggerParametersSchema = z.looseObject({
  categoryIds: absent(z.array(wireString)),
  includeSubcategories: absent(z.boolean()),
});

export const triggerSchema = z.object({
  id: wireString,
  status: absent(text<AgentStatus>()),
  systemName: text<TriggerSystemName>(),
  triggerParameters: absent(triggerParametersSchema),
});

export const workflowActionSchema = z.object({
  type: wireString,
  reach_profile_id: optionalNumber,
  catalog_item_id: optionalNumber,
});

export const actionsSchema = z.object({
  id: wireString,
  status: absent(text<AgentStatus>()),
  workflowId: optionalString,
  workflowActions: z._default(z.array(workflowActionSchema), () => []),
});

export const executionStepSchema = z.object({
  type: wireString,
  catalogItemId: optionalNumber,
  reachProfileId: optionalNumber,
  status: text<ExecutionStatus>(),
  entryVendorTaskId: optionalString,
  errorCode: optionalString,
  errorMessage: optionalString,
});

export const executionSchema = z.object({
  id: wireString,
  traceId: optionalString,
  agentId: wireString,
  entryId: optionalString,
  triggerSystemName: absent(text<TriggerSystemName>()),
  status: text<ExecutionStatus>(),
  createdAt: optionalTime,
  updatedAt: optionalTime,
  steps: z._default(z.array(executionStepSchema), () => []),
});

/**
 * An agent. `agent/create` and `agent/get` inline `trigger` and `actions`; the documented `agent/list`
 * gives only `triggerId` and `actionsId` (a list that inlines them, as kmc-ng reads it, is taken too).
 */
export const agentSchema = z.object({
  id: wireString,
  name: z._default(wireString, ''),
  description: optionalString,
  status: text<AgentStatus>(),
  triggerId: optionalString,
  actionsId: optionalString,
  trigger: absent(triggerSchema),
  actions: absent(actionsSchema),
  createdAt: optionalTime,
  updatedAt: optionalTime,
  /**
   * Assumed (see adapter.ts `lastRunsOf`): a list may give each agent's latest execution, `null` when it
   * never ran; kept apart from "not given" (undefined), which means the service does not say.
   */
  lastExecution: z.optional(z.nullable(executionSchema)),
});

/** What a delete answers: the object with `status: "Deleted"`. */
export const deletedSchema = z.object({ id: wireString, status: text<AgentStatus>() });

export function agentsListSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ totalCount: z.optional(wireNumber), objects: z._default(z.array(item), () => []) });
}

export type ActionDefinition = z.output<typeof actionDefinitionSchema>;
export type TriggerParameters = z.output<typeof triggerParametersSchema>;
export type Trigger = z.output<typeof triggerSchema>;
export type WorkflowAction = z.output<typeof workflowActionSchema>;
export type Actions = z.output<typeof actionsSchema>;
export type Agent = z.output<typeof agentSchema>;
export type Deleted = z.output<typeof deletedSchema>;
export type ExecutionStep = z.output<typeof executionStepSchema>;
export type Execution = z.output<typeof executionSchema>;
export interface AgentsList<Item> {
  totalCount: number;
  objects: Item[];
}
