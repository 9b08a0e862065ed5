// An opened agent: its page (Overview, Activity) and its confirmations, loaded the first time an agent is opened
// (the list starts the load when the pointer or the focus comes to an agent): a page that only lists the agents
// does not download it.
import { activityStyles } from './activity.styles.js';
import { agentPageStyles } from './agent-page.styles.js';

export { renderAgentConfirm, renderAgentPage, renderOverview } from './agent-page.js';
export { renderActivity } from './activity.js';
export { ActivityController } from './activity-controller.js';

/** Added to the element's shadow root when the agent's page is loaded. */
export const agentDetailStyles = [agentPageStyles, activityStyles];
