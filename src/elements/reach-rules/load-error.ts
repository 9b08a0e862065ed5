import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';

/** Why the profile could not be loaded, and Try again where trying again can help. */
export function renderLoadError(error: KalturaApiError, profileId: number | undefined, retry: () => void) {
  // A USER session without a role may not read REACH profiles (kaltura-rules §3.6): nothing to try again.
  if (error.code === 'SERVICE_FORBIDDEN')
    return html`<p class="notice" part="notice" id="not-allowed">
      ${msg(
        "The automation rules are part of the account's REACH profile, which this session may not read. Open this page with an administrator session.",
        { desc: 'The rules element, opened with a user session that may not read REACH profiles.' },
      )}
    </p>`;
  return html`<div class="notice error" part="notice" role="alert">
    <p>${error.code === 'REACH_PROFILE_NOT_FOUND' ? msg(str`There is no REACH profile ${profileId} on this account.`) : msg('The profile could not be loaded.')}</p>
    <p class="server-text" dir="auto">${error.message}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}
