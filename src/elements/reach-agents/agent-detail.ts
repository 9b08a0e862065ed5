// An opened agent: its page (Overview, Activity) and its confirmations, loaded the first time an agent is opened
// (the list starts the load when the pointer or the focus comes to an agent): a page that only lists the agents
// does not download it.
import { nothing, type TemplateResult } from 'lit';
import type { Agent, ExecutionStatus } from '../../agents/schemas.js';
import { renderActivity } from './activity.js';
import { activityStyles } from './activity.styles.js';
import type { ActivityController } from './activity-controller.js';
import {
  renderAgentConfirm,
  renderAgentPage,
  renderOverview,
  type AgentPageView,
  type AgentTab,
} from './agent-page.js';
import { agentPageStyles } from './agent-page.styles.js';
import { runsOnDemand } from './agent-text.js';
import type { AgentViews, AgentViewsHost } from './agent-views.js';

export { ActivityController } from './activity-controller.js';

/** Added to the element's shadow root when the agent's page is loaded. */
export const agentDetailStyles = [agentPageStyles, activityStyles];

/** The agent's page on `tab`, as the agents element shows it. */
export function renderPageView(
  views: AgentViews,
  activity: ActivityController,
  agent: Agent,
  tab: AgentTab,
  now: number,
): TemplateResult {
  const { host } = views;
  const actions = host.actions();
  const page: Omit<AgentPageView, 'panel'> = {
    noun: host.noun(),
    agent,
    tab,
    categories: host.categories(),
    catalog: host.catalog(),
    busy: actions.busy,
    manages: host.manages(),
    back: () => host.backToList(),
    selectTab: (next) => host.selectTab(next),
    activate: () => actions.confirm('activate'),
    deactivate: () => void actions.setStatus(agent, 'Disabled'),
    run: () => host.startRun(),
    remove: () => actions.confirm('delete'),
    edit: () => host.openForm(agent),
    prepareRun: views.runMode.want,
    prepareEdit: views.agentForm.want,
    errorText: actions.errorText,
  };
  const panel =
    tab === 'overview'
      ? renderOverview(page)
      : renderActivity({
          noun: host.noun(),
          activity,
          catalog: host.catalog(),
          task: (id) => host.session()?.tasks.get(id),
          now,
          canRunAgain: runsOnDemand(agent),
          busy: actions.busy,
          filter: (status: ExecutionStatus | '') => void activity.show(agent.id, status),
          runAgain: (entryIds) => void actions.run(agent, entryIds),
          retry: () => void activity.show(agent.id),
        });
  return renderAgentPage({ ...page, panel });
}

/** The confirmation the agent's page asked for, if any. */
export function renderDialogView(host: AgentViewsHost, agent: Agent | undefined): TemplateResult | typeof nothing {
  const actions = host.actions();
  const kind = actions.dialog;
  if (!kind || !agent) return nothing;
  return renderAgentConfirm({
    kind,
    noun: host.noun(),
    agent,
    categories: host.categories(),
    busy: actions.busy,
    ok: () => void actions.confirmed(agent),
    cancel: () => actions.dismiss(),
  });
}
