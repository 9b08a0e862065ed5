import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { entryDurationMs } from '../../reach/entry.js';
import { MediaType } from '../../reach/enums.js';
import type { CreditState } from '../../reach/pricing.js';
import type { MediaEntry } from '../../reach/schemas.js';
import { formatClock, formatDate, formatDuration } from '../shared/format.js';
import { creditsText, entryKindLabel, entryStatusLabel, profilesHiddenText } from '../shared/order-text.js';
import type { PanelData } from './panel-data.js';
import type { PanelView } from './panel-view.js';

// The order panel's head: the entry it orders for, and the profile the order is charged to with its credit.

/** At most this wide (px), the panel shows the entry on one line that opens (a sidebar beside a player). */
export const NARROW_PANEL_PX = 400;

/**
 * The entry card; `collapsed` (a narrow panel, or few services to choose from): its name and duration on one
 * line that opens to the rest.
 */
export function renderEntry(entry: MediaEntry, collapsed = false) {
  const seconds = entryDurationMs(entry) / 1000;
  const video = entry.mediaType !== MediaType.IMAGE;
  const duration = html`<span aria-hidden="true">${formatClock(seconds)}</span><span class="visually-hidden">${formatDuration(seconds)}</span>`;
  const facts = html`<dl class="facts">
    ${video ? html`<div><dt>${msg('Duration')}</dt><dd>${duration}</dd></div>` : nothing}
    <div><dt>${msg('Type')}</dt><dd>${entryKindLabel(entry)}</dd></div>
    <div><dt>${msg('Status')}</dt><dd>${entryStatusLabel(entry.status)}</dd></div>
  </dl>`;
  const name = entry.name || entry.id;
  if (collapsed) {
    return html`<details class="entry collapsed" part="entry">
      <summary>
        <span id="entry-name" class="entry-name" dir="auto">${name}</span>
        ${video ? html`<span class="entry-duration">${duration}</span>` : nothing}
      </summary>
      ${facts}
    </details>`;
  }
  return html`<section class="entry" part="entry" aria-labelledby="entry-name">
    <h3 id="entry-name" class="entry-name" dir="auto">${name}</h3>
    ${facts}
  </section>`;
}

/** What the profile section needs (of the single panel's view, or the bulk order's). */
export type ProfileView = Pick<PanelView, 'profile' | 'credit' | 'profiles' | 'chooseProfile'> & {
  readonly data: Pick<PanelData, 'profilesHidden' | 'details'>;
};

export function renderProfile(view: ProfileView) {
  const { profile, credit } = view;
  if (view.data.profilesHidden) {
    return html`<p class="notice" part="notice" id="profiles-hidden">
      ${profilesHiddenText()}
    </p>`;
  }
  const moderated =
    profile && !view.data.details.isAdmin && (profile.enableHumanModeration || profile.enableMachineModeration);
  return html`<section class="profile" part="profile" aria-labelledby="profile-title">
    <h3 id="profile-title">${msg('Profile and credit')}</h3>
    <div class="field">
      <label for="profile">${msg('REACH profile')}</label>
      <select id="profile" @change=${(event: Event) => view.chooseProfile(Number((event.target as HTMLSelectElement).value))}>
        ${view.profiles.map((option) => html`<option value=${option.id} ?selected=${option.id === profile?.id}>${option.name || String(option.id)}</option>`)}
      </select>
    </div>
    ${credit ? renderCredit(credit) : nothing}
    ${moderated ? html`<p class="hint">${msg('Orders on this profile wait for an administrator to approve them.')}</p>` : nothing}
  </section>`;
}

function renderCredit(credit: CreditState) {
  return html`
    <dl class="credit">
      ${
        credit.unlimited
          ? html`<div><dt>${msg('Credit')}</dt><dd>${msg('Unlimited')}</dd></div><div><dt>${msg('Used')}</dt><dd>${creditsText(credit.used)}</dd></div>`
          : html`<div><dt>${msg('Credit')}</dt><dd>${creditsText(credit.allowed)}</dd></div>
            <div><dt>${msg('Used')}</dt><dd>${creditsText(credit.used)}</dd></div>
            <div><dt>${msg('Remaining')}</dt><dd class="remaining">${creditsText(credit.remaining)}</dd></div>`
      }
      <div><dt>${msg('Credit period')}</dt><dd>${creditPeriodText(credit)}</dd></div>
    </dl>
    ${
      credit.expired && credit.toDate !== undefined
        ? html`<p class="notice warning" part="notice" id="credit-warning">
          ${msg(str`This profile's credit period ended on ${formatDate(credit.toDate)}. Paid services cannot be ordered with it; choose another profile.`)}
        </p>`
        : !credit.active && credit.fromDate !== undefined
          ? html`<p class="notice warning" part="notice" id="credit-warning">
            ${msg(str`This profile's credit period starts on ${formatDate(credit.fromDate)}. Paid services cannot be ordered with it yet.`)}
          </p>`
          : nothing
    }
  `;
}

function creditPeriodText(credit: CreditState): string {
  if (credit.fromDate !== undefined && credit.toDate !== undefined)
    return msg(str`${formatDate(credit.fromDate)} – ${formatDate(credit.toDate)}`);
  if (credit.fromDate !== undefined) return msg(str`From ${formatDate(credit.fromDate)}`);
  return msg('No end date');
}
