/**
 * Reads what can be read from a KS in the browser (kaltura-platform-notes.md "KS"):
 * v1 is plain text behind a signature — partner, expiry, type, user and privileges;
 * v2 is encrypted — only the partner id is readable; the rest needs `session.get`.
 */
export interface KsInfo {
  version: 1 | 2;
  partnerId: number;
  /** Unix seconds; v1 only. */
  expiry?: number;
  /** 0 USER, 2 ADMIN; v1 only. */
  sessionType?: number;
  userId?: string;
  privileges?: string;
}

function decodeBase64(text: string): string | undefined {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    return undefined;
  }
}

function positiveInt(text: string | undefined): number | undefined {
  if (!text || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Returns what the KS says about itself, or undefined when it is not a KS at all. */
export function parseKs(ks: string): KsInfo | undefined {
  const decoded = decodeBase64(ks.trim());
  if (!decoded) return undefined;
  if (decoded.startsWith('v2|')) {
    const partnerId = positiveInt(decoded.split('|', 3)[1]);
    return partnerId === undefined ? undefined : { version: 2, partnerId };
  }
  // v1: sha1-hex "|" pid;pid;expiry;type;rand;userId;privileges;masterPid;additionalData
  const separator = decoded.indexOf('|');
  if (separator < 0) return undefined;
  const fields = decoded.slice(separator + 1).split(';');
  const partnerId = positiveInt(fields[0]);
  const expiry = positiveInt(fields[2]);
  if (partnerId === undefined || expiry === undefined) return undefined;
  const info: KsInfo = { version: 1, partnerId, expiry, sessionType: Number(fields[3] ?? 0) };
  if (fields[5]) info.userId = fields[5];
  if (fields[6]) info.privileges = fields[6];
  return info;
}

/** Privileges `name:value,name:v1/v2` → name → values. */
export function parsePrivileges(privileges: string | undefined): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const part of (privileges ?? '').split(',')) {
    const [name, value] = part.split(/:(.*)/s, 2);
    const key = name?.trim();
    if (!key) continue;
    const values = value === undefined ? [] : value.split('/').filter(Boolean);
    result.set(key, [...(result.get(key) ?? []), ...values]);
  }
  return result;
}
