import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { listEntries } from '../../reach/entries.js';
import { PREVIEW_DAYS, PREVIEW_MAX_ENTRIES } from '../../reach/rule-preview.js';
import type { EntryVendorTask, MediaEntry } from '../../reach/schemas.js';
import { listTasks } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';

/** What the 30-day preview reads: the account's real entries and tasks. */
export interface PreviewData {
  entries: MediaEntry[];
  tasks: EntryVendorTask[];
  /** More entries were created in the period than one look fetches: the preview covers the newest ones. */
  truncated: boolean;
  /** More tasks were ordered in the period than one look fetches: older ones are not checked as duplicates. */
  tasksTruncated: boolean;
}

/** The entries of the last `PREVIEW_DAYS` days (newest `PREVIEW_MAX_ENTRIES`) and the tasks ordered since (newest first, one page). */
export async function loadPreviewData(session: ReachSession, now: number, signal: AbortSignal): Promise<PreviewData> {
  const since = Math.floor(now - PREVIEW_DAYS * 86_400);
  const [entries, tasks] = await Promise.all([
    session.call(
      listEntries({ createdAtGreaterThanOrEqual: since, orderBy: '-createdAt' }, { pageSize: PREVIEW_MAX_ENTRIES }),
      { signal },
    ),
    // A task is never older than its entry: the tasks since then are all the entries' tasks.
    session.call(
      listTasks({ createdAtGreaterThanOrEqual: since, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }),
      { signal },
    ),
  ]);
  return {
    entries: entries.objects,
    tasks: tasks.objects,
    truncated: entries.totalCount > entries.objects.length,
    tasksTruncated: tasks.totalCount > tasks.objects.length,
  };
}
