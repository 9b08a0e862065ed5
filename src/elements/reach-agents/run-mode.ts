// Running an on-demand agent on chosen entries (the media picker, the pre-flight of each entry, the run panel),
// loaded the first time a run is started: a page that only lists and follows agents does not download it.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Agent, WorkflowAction } from '../../agents/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { MediaPickerController } from '../shared/media-picker/media-picker-controller.js';
import { mediaPickerStyles } from '../shared/media-picker/media-picker.js';
import { PreflightController } from './preflight-controller.js';
import type { AgentViewsHost } from './agent-views.js';
import { renderRunPanel } from './run-panel.js';
import { runPanelStyles } from './run-panel.styles.js';

/** Added to the element's shadow root when the run part is loaded. */
export const runModeStyles = [mediaPickerStyles, runPanelStyles];

/** The entries chosen in the picker, each planned (priced, or why a step will be skipped) as it is chosen. */
export class RunControllers {
  readonly preflight: PreflightController;
  readonly picker: MediaPickerController;

  constructor(
    host: ReactiveControllerHost,
    session: () => ReachSession | undefined,
    /** The actions of the agent being run. */
    actions: () => readonly WorkflowAction[],
  ) {
    this.preflight = new PreflightController(host, session);
    this.picker = new MediaPickerController(host, session, (entries) => void this.preflight.plan(actions(), entries));
  }
}

/** The run of `agent` as the agents element shows it: the picker, what each entry would order, Run now. */
export function renderRunView(host: AgentViewsHost, parts: RunControllers, agent: Agent): TemplateResult {
  const actions = host.actions();
  return renderRunPanel({
    noun: host.noun(),
    agentName: agent.name,
    picker: parts.picker,
    preflight: parts.preflight,
    catalog: host.catalog(),
    busy: actions.busy,
    errorText: actions.errorText,
    cancel: () => host.cancelRun(),
    runNow: () =>
      void actions.run(
        agent,
        parts.picker.selected.map((entry) => entry.id),
      ),
  });
}
