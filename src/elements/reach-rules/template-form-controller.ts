import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import { cloneBooleanTemplate, listSystemBooleanTemplates, setTemplateStatus } from '../../reach/automation.js';
import { EventNotificationTemplateStatus } from '../../reach/enums.js';
import type { EventNotificationTemplate } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import type { TemplateForm } from './rule-editor.js';

/**
 * "Create from a system template": loads Kaltura's system Boolean templates, copies the chosen one into the
 * account with the admin's name and parameters, and activates the copy. Each call is sent once, never again.
 */
export class TemplateFormController implements ReactiveController {
  /** The form while it is open. */
  form: TemplateForm | undefined;
  /** Templates created here, newest first (the loaded list does not have them). */
  created: EventNotificationTemplate[] = [];
  #abort = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  async open(session: ReachSession): Promise<void> {
    this.form = { system: undefined, systemId: undefined, name: '', parameters: {}, busy: false, error: undefined };
    this.host.requestUpdate();
    try {
      const { objects } = await session.call(listSystemBooleanTemplates(), { signal: this.#abort.signal });
      const [first] = objects;
      this.change({ system: objects, systemId: first?.id, name: first?.name ?? '' });
    } catch (error) {
      this.report(error);
      this.change({
        system: [],
        error: msg(str`The system templates could not be loaded: ${toApiError(error).message}`),
      });
    }
  }

  change(change: Partial<TemplateForm>): void {
    if (!this.form) return;
    this.form = { ...this.form, ...change };
    this.host.requestUpdate();
  }

  close(): void {
    this.form = undefined;
    this.host.requestUpdate();
  }

  /** The active copy, or undefined when it could not be made (the form then says why). */
  async create(session: ReachSession): Promise<EventNotificationTemplate | undefined> {
    const form = this.form;
    if (!form || form.busy || form.systemId === undefined) return undefined;
    const name = form.name.trim();
    if (name.length < 3) {
      this.change({ error: msg('Give the template a name of at least 3 characters.') });
      return undefined;
    }
    this.change({ busy: true, error: undefined });
    try {
      // Two active templates of an account may not share a system name, and a copy keeps its source's.
      const systemName = `${name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_${Date.now().toString(36).toUpperCase()}`;
      const copy = await session.call(
        cloneBooleanTemplate(form.systemId, { name, systemName, parameters: form.parameters }),
      );
      const active = await session.call(setTemplateStatus(copy.id, EventNotificationTemplateStatus.ACTIVE));
      this.created = [active, ...this.created];
      this.close();
      return active;
    } catch (error) {
      this.report(error);
      this.change({ busy: false, error: msg(str`The template could not be created: ${toApiError(error).message}`) });
      return undefined;
    }
  }
}
