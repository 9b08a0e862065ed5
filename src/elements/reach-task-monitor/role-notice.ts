import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { SessionDetails } from '../../reach/session-info.js';

/**
 * The account view's word to a session that is not an administrator's (a USER KS, as in a KMS page): what it
 * can do here and what takes an administrator. Approve, reject and the CSV export need ADMIN_BASE, which a
 * USER session's default role lacks (kaltura-rules §3.6); such a session sees the tasks and cancels its own.
 */
export function renderRoleNotice(details: SessionDetails | undefined, profilesHidden: boolean) {
  if (!details || details.isAdmin) return nothing;
  return html`<p id="not-admin" class="notice" part="notice">
    ${msg(
      'This is a user session: you can follow these tasks and cancel the orders you placed. Approving, rejecting and exporting to CSV take an administrator session.',
      { desc: "Account view of the task monitor, opened with a user session (not an administrator's)." },
    )}
    ${
      profilesHidden
        ? msg("Profile names are not shown: this session may not read the account's REACH profiles.", {
            desc: 'Account view of the task monitor, when the session may not list REACH profiles.',
          })
        : nothing
    }
  </p>`;
}
