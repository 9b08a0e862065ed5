import type { ApiCall } from '../api/client.js';
import { parsePrivileges } from '../api/ks.js';
import { SessionType } from './enums.js';
import { sessionInfoSchema } from './schemas.js';
import { apiCall } from './call.js';

/** The KS as the server reads it (works for v2 KS, whose fields the browser cannot read). */
export interface SessionDetails {
  partnerId: number;
  userId: string;
  /** Unix seconds. */
  expiry: number;
  isAdmin: boolean;
  privileges: Map<string, string[]>;
}

export function getSessionInfo(): ApiCall<SessionDetails> {
  const call = apiCall('session', 'get', {}, sessionInfoSchema);
  return {
    ...call,
    parse: (raw) => {
      const info = call.parse(raw);
      return {
        partnerId: info.partnerId,
        userId: info.userId ?? '',
        expiry: info.expiry,
        isAdmin: info.sessionType === SessionType.ADMIN,
        privileges: parsePrivileges(info.privileges),
      };
    },
  };
}

/**
 * Whether the KS may change this entry (order enrichment for it): an admin KS, the entry's owner, an
 * `edit` privilege naming it or `*`, or `disableentitlement`.
 */
export function mayEditEntry(details: SessionDetails, entry: { id: string; userId?: string | undefined }): boolean {
  if (details.isAdmin || details.privileges.has('disableentitlement')) return true;
  if (entry.userId && entry.userId === details.userId) return true;
  const edit = details.privileges.get('edit') ?? [];
  return edit.includes('*') || edit.includes(entry.id);
}
