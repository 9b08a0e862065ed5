import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { reachSettingsContext, type ReachSettings } from '../../state/context.js';
import { takeKsAttribute } from '../shared/ks-attribute.js';

/**
 * @tagname reach-provider
 * Optional: hands `ks`, `service-url`, `partner-id` and `agents-url` to every REACH element inside it,
 * so they share one session; a child that sets its own `service-url` takes none of them. Setting a new
 * `ks` here resumes every child that waited for it.
 *
 * @slot - the REACH elements (and anything else)
 */
export class ReachProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The Kaltura Session. Prefer the property; the attribute is accepted, taken and removed from the page's markup. */
  @property() ks?: string;
  @property({ attribute: 'service-url' }) serviceUrl?: string;
  @property({ attribute: 'partner-id', type: Number }) partnerId?: number;
  @property({ attribute: 'agents-url' }) agentsUrl?: string;

  @provide({ context: reachSettingsContext })
  protected settings: ReachSettings = {};

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    takeKsAttribute(this, name, value, () => super.attributeChangedCallback(name, old, value));
  }

  protected override willUpdate(): void {
    // A new object each time, so consumers subscribed to the context are told.
    this.settings = { ks: this.ks, serviceUrl: this.serviceUrl, partnerId: this.partnerId, agentsUrl: this.agentsUrl };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-provider': ReachProvider;
  }
}
