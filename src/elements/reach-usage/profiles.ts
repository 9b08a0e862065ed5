import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { isActiveProfile } from '../../reach/pricing.js';
import type { ReachProfile } from '../../reach/schemas.js';
import { creditOutlook, type CreditOutlook } from '../../reach/usage.js';
import { formatCredit, formatDate } from '../shared/format.js';

export interface ProfilesView {
  readonly profiles: readonly ReachProfile[];
  /** The server's time, unix seconds. */
  readonly now: number;
}

/** The credit period: "from – to", "from … (no end)", or none. */
export function periodText({ fromDate, toDate }: CreditOutlook['state']): string {
  if (fromDate === undefined) return msg('No period set');
  if (toDate === undefined) return msg(str`Since ${formatDate(fromDate)}`);
  return msg(str`${formatDate(fromDate)} to ${formatDate(toDate)}`);
}

/** How fast the credit goes and when it runs out at that rate. */
export function outlookText(outlook: CreditOutlook): string {
  const { state, perDay, runsOutAt } = outlook;
  if (state.unlimited) return msg('Unlimited credit');
  if (state.expired) return msg('The credit period has ended.');
  if (!state.active) return msg('The credit period has not started yet.');
  if (state.remaining <= 0) return msg('No credit left.');
  if (perDay === undefined) return msg('Nothing used yet in this period.');
  const rate = formatCredit(perDay);
  if (runsOutAt === undefined) return msg(str`About ${rate} a day: at this rate it lasts the whole period.`);
  return msg(str`About ${rate} a day: at this rate it lasts until ${formatDate(runsOutAt)}.`);
}

const amount = (value: number) => (Number.isFinite(value) ? formatCredit(value) : msg('Unlimited'));

export function renderProfiles(view: ProfilesView) {
  if (view.profiles.length === 0) return html`<p class="empty">${msg('This account has no REACH profile.')}</p>`;
  return html`<section class="profiles box" part="profiles">
    <h3 id="profiles-title">${msg('Credit by REACH profile')}</h3>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="profiles-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Profile')}</th>
            <th scope="col" class="number">${msg('Credit')}</th>
            <th scope="col" class="number">${msg('Overage')}</th>
            <th scope="col" class="number">${msg('Used')}</th>
            <th scope="col" class="number">${msg('Remaining')}</th>
            <th scope="col">${msg('Period')}</th>
            <th scope="col">${msg('At this rate')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.profiles.map((profile) => renderProfileRow(profile, creditOutlook(profile, view.now)))}
        </tbody>
      </table>
    </div>
  </section>`;
}

function renderProfileRow(profile: ReachProfile, outlook: CreditOutlook) {
  const { state } = outlook;
  const credit = state.unlimited ? Infinity : (profile.credit?.credit ?? 0) + (profile.credit?.addOn ?? 0);
  return html`<tr part="profile" data-profile=${profile.id}>
    <th scope="row">
      <span dir="auto">${profile.name ?? msg(str`Profile ${profile.id}`)}</span>
      ${isActiveProfile(profile) ? nothing : html`<span class="status">${msg('(disabled)')}</span>`}
    </th>
    <td class="number" data-col="credit">${amount(credit)}</td>
    <td class="number" data-col="overage">${formatCredit(profile.credit?.overageCredit ?? 0)}</td>
    <td class="number" data-col="used">${formatCredit(state.used)}</td>
    <td class="number" data-col="remaining">${amount(Math.max(0, state.remaining))}</td>
    <td data-col="period">${periodText(state)}</td>
    <td data-col="outlook">${outlookText(outlook)}</td>
  </tr>`;
}
