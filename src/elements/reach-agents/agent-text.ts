import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import { AgentsErrorCode } from '../../agents/client.js';
import {
  TriggerSystemName,
  type Agent,
  type ExecutionStatus,
  type Trigger,
  type WorkflowAction,
} from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { featureLabel, fidelityLabel } from '../shared/labels.js';
import { catalogLanguage } from '../shared/order-text.js';

/** What the host calls the product: "Publishing Agent" (agents) or "Agentic Workflows" (workflows). */
export type Noun = 'agent' | 'workflow';

/** The words that name the product, in both of its names. */
export function nounWords(noun: Noun) {
  const agent = noun === 'agent';
  return {
    title: agent ? msg('AI Agents') : msg('Agentic Workflows'),
    create: agent ? msg('Create new agent') : msg('Create new workflow'),
    none: agent ? msg('No agents yet') : msg('No workflows yet'),
    noneHint: agent
      ? msg(
          'An agent runs REACH services for you: when media is uploaded, when it is added to a category, or when you run it.',
        )
      : msg(
          'A workflow runs REACH services for you: when media is uploaded, when it is added to a category, or when you run it.',
        ),
    back: agent ? msg('All agents') : msg('All workflows'),
    listLabel: agent ? msg('Agents') : msg('Workflows'),
    notEnabled: agent
      ? msg('Publishing Agent is not enabled for this account. Contact your Kaltura representative to enable it.')
      : msg('Agentic Workflows is not enabled for this account. Contact your Kaltura representative to enable it.'),
    forbidden: agent
      ? msg('Your session may not manage agents. Ask an administrator, or sign in with a role that may.')
      : msg('Your session may not manage workflows. Ask an administrator, or sign in with a role that may.'),
    userSession: agent
      ? msg(
          'This is a user session: you can see the agents, run those that run on demand on media you own, and follow what they do. Creating, changing, activating and deleting agents take an administrator session.',
          { desc: 'The agents element, opened with a user session (not an administrator).' },
        )
      : msg(
          'This is a user session: you can see the workflows, run those that run on demand on media you own, and follow what they do. Creating, changing, activating and deleting workflows take an administrator session.',
          { desc: 'The workflows element, opened with a user session (not an administrator).' },
        ),
    unreachable: agent
      ? msg('The agents service could not be reached. Check your connection and try again.')
      : msg('The workflows service could not be reached. Check your connection and try again.'),
    notFound: agent ? msg('This agent does not exist any more.') : msg('This workflow does not exist any more.'),
    activateTitle: agent ? msg('Activate this agent?') : msg('Activate this workflow?'),
    activated: agent ? msg('The agent is active.') : msg('The workflow is active.'),
    deactivated: agent ? msg('The agent is inactive.') : msg('The workflow is inactive.'),
    follow: msg('Follow what it does in the Activity tab: every run, its steps and the REACH tasks it orders.'),
    runTitle: agent ? msg('Choose media to run the agent on') : msg('Choose media to run the workflow on'),
    noActivity: agent ? msg('This agent has not run yet.') : msg('This workflow has not run yet.'),
    deleteTitle: agent ? msg('Delete this agent?') : msg('Delete this workflow?'),
    deleteText: agent
      ? msg('The agent, its trigger and its actions are deleted. REACH tasks it already ordered are kept.')
      : msg('The workflow, its trigger and its actions are deleted. REACH tasks it already ordered are kept.'),
    deleted: agent ? msg('The agent was deleted.') : msg('The workflow was deleted.'),
  };
}

/** Said once a run started on the chosen media. */
export function runStartedText(count: number): string {
  return plural(count, {
    one: msg('Started on 1 entry. Follow the run in the Activity tab.', {
      id: 'agents.run-started.one',
      desc: 'Announced after an agent was run on the chosen media.',
    }),
    other: msg(str`Started on ${count} entries. Follow the runs in the Activity tab.`, {
      id: 'agents.run-started.other',
      desc: 'Announced after an agent was run on the chosen media.',
    }),
  });
}

/** Names of categories, joined as a list: "Biology and Genetics". */
export function categoryNames(ids: readonly string[], categories: ReadonlyMap<string, Category>): string {
  const names = ids.map((id) => categories.get(id)?.name ?? msg(str`category ${id}`));
  return new Intl.ListFormat(displayLocale(), { type: 'conjunction' }).format(names);
}

/** When the agent runs: "When media is uploaded", "When media is added to Biology and its subcategories", "Run on demand". */
export function triggerText(trigger: Trigger | undefined, categories: ReadonlyMap<string, Category>): string {
  switch (trigger?.systemName) {
    case TriggerSystemName.ENTRY_READY:
      return msg('When media is uploaded');
    case TriggerSystemName.ENTRY_UPDATED:
      return msg('When media is updated');
    case TriggerSystemName.RUN_ON_DEMAND:
      return msg('Run on demand');
    case TriggerSystemName.ENTRY_ADDED_TO_CATEGORY: {
      const names = categoryNames(trigger.triggerParameters?.categoryIds ?? [], categories);
      return trigger.triggerParameters?.includeSubcategories
        ? msg(str`When media is added to ${names} and its subcategories`)
        : msg(str`When media is added to ${names}`);
    }
    case undefined:
      return msg('No trigger');
    default:
      return trigger?.systemName ?? '';
  }
}

/** Whether the agent is run by hand (Run) rather than activated. */
export function runsOnDemand(agent: Agent): boolean {
  return agent.trigger?.systemName === TriggerSystemName.RUN_ON_DEMAND;
}

/** An action type in words, when no catalog item says more. */
export function actionTypeLabel(type: string): string {
  switch (type) {
    case 'captions':
      return msg('Captions');
    case 'translation':
      return msg('Translation');
    case 'dubbing':
      return msg('Dubbing');
    case 'audio_description':
      return msg('Audio description');
    case 'chaptering':
      return msg('Chapters');
    case 'summary':
      return msg('Summary');
    case 'moderation':
      return msg('Moderation');
    case 'metadata_enrichment':
      return msg('Metadata enrichment');
    case 'publish_entry':
      return msg('Publish the entry');
    default:
      return type.replace(/_/g, ' ');
  }
}

/** One action in words: "English captions (Machine)". */
export function actionText(
  action: Pick<WorkflowAction, 'type' | 'catalog_item_id'>,
  catalog: ReadonlyMap<number, VendorCatalogItem>,
): string {
  const item = action.catalog_item_id === undefined ? undefined : catalog.get(action.catalog_item_id);
  if (!item) return actionTypeLabel(action.type);
  const language = item.targetLanguage ?? item.sourceLanguage;
  const feature = featureLabel(item.serviceFeature);
  const fidelity = fidelityLabel(item.serviceType);
  return language
    ? msg(str`${feature}, ${catalogLanguage(language)} (${fidelity})`)
    : msg(str`${feature} (${fidelity})`);
}

/** The agent's actions in words, joined as a list. */
export function actionsText(agent: Agent, catalog: ReadonlyMap<number, VendorCatalogItem>): string {
  const actions = agent.actions?.workflowActions ?? [];
  if (actions.length === 0) return msg('No actions');
  return new Intl.ListFormat(displayLocale(), { type: 'conjunction' }).format(
    actions.map((action) => actionText(action, catalog)),
  );
}

export function executionStatusLabel(status: ExecutionStatus): string {
  switch (status) {
    case 'Pending':
      return msg('Waiting', {
        id: 'execution-status.pending',
        desc: 'Status of one run of an agent: not started yet.',
      });
    case 'Running':
      return msg('Running', { id: 'execution-status.running', desc: 'Status of one run of an agent.' });
    case 'Succeeded':
      return msg('Succeeded', {
        id: 'execution-status.succeeded',
        desc: 'Status of one run of an agent (or of one of its steps).',
      });
    case 'Failed':
      return msg('Failed', {
        id: 'execution-status.failed',
        desc: 'Status of one run of an agent (or of one of its steps).',
      });
    case 'Skipped':
      return msg('Skipped', {
        id: 'execution-status.skipped',
        desc: 'Status of one run of an agent (or of one of its steps): there was nothing to do.',
      });
    default:
      return status;
  }
}

/** What the user reads when the Agents Manager refuses or cannot be reached. */
export function agentsErrorText(error: KalturaApiError, noun: Noun): string {
  const words = nounWords(noun);
  switch (error.code) {
    case AgentsErrorCode.AGENTS_NOT_ENABLED:
      return words.notEnabled;
    case AgentsErrorCode.FORBIDDEN:
      return words.forbidden;
    case AgentsErrorCode.NOT_FOUND:
      return words.notFound;
    case AgentsErrorCode.VALIDATION_ERROR:
      return msg('The request was refused as invalid.');
    default:
      if (error.kind === 'transient') return words.unreachable;
      if (error.kind === 'uncertain')
        return msg('No answer came back, so it is not known whether this was done. Reload to see what is true.');
      return error.message;
  }
}
