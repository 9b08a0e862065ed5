// What a task's result panel shows, loaded when it opens: a signed link, the chapters, the clips (card-parts.ts).
import { getCaptionUrl, getFlavorUrl, listCaptionAssets, listCuePoints, listEntries } from '../../reach/entries.js';
import { CLIP_ENTRY_STATUSES } from '../../reach/clip-suggestions.js';
import { ThumbCuePointSubType } from '../../reach/enums.js';
import type { CuePoint, EntryVendorTask, MediaEntry } from '../../reach/schemas.js';
import { taskOutput } from '../../reach/task-outputs.js';
import type { ReachSession } from '../../state/session.js';
import { MAX_PAGE_SIZE } from './task-query.js';

/** What the output panel of a task shows once loaded. */
export type OutputView =
  | { kind: 'file'; url: string; format: string | undefined }
  | { kind: 'chapters'; chapters: CuePoint[] }
  | { kind: 'clips'; clips: MediaEntry[] }
  | { kind: 'inline' };

/** What a ready task's result panel shows, asked of the server when it opens. */
export async function loadOutput(
  session: ReachSession,
  task: EntryVendorTask,
  signal: AbortSignal,
): Promise<OutputView> {
  const output = taskOutput(task);
  switch (output?.kind) {
    case 'captions': {
      const [url, assets] = await Promise.all([
        session.call(getCaptionUrl(output.captionAssetId), { signal }),
        task.entryId ? session.call(listCaptionAssets(task.entryId), { signal }) : Promise.resolve(undefined),
      ]);
      const asset = assets?.objects.find((candidate) => candidate.id === output.captionAssetId);
      return { kind: 'file', url, format: captionFormat(asset?.format, url) };
    }
    case 'audio':
      return {
        kind: 'file',
        url: await session.call(getFlavorUrl(output.flavorAssetId), { signal }),
        format: undefined,
      };
    case 'chapters': {
      const { objects } = await session.call(listCuePoints(output.entryId), { signal });
      const chapters = objects.filter((cue) => cue.subType === ThumbCuePointSubType.CHAPTER);
      return { kind: 'chapters', chapters: chapters.sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0)) };
    }
    case 'clips': {
      const filter = { rootEntryIdIn: [output.entryId], statusIn: CLIP_ENTRY_STATUSES, orderBy: '+createdAt' };
      const { objects } = await session.call(listEntries(filter, { pageSize: MAX_PAGE_SIZE }), { signal });
      return { kind: 'clips', clips: objects.filter((entry) => entry.id !== output.entryId) };
    }
    default:
      return { kind: 'inline' };
  }
}

/** SRT / VTT / DFXP from the caption asset's format, or the file name. */
function captionFormat(format: string | undefined, url: string): string | undefined {
  const byFormat: Record<string, string> = { '1': 'SRT', '2': 'DFXP', '3': 'VTT' };
  if (format && byFormat[format]) return byFormat[format];
  const extension = /\.(srt|vtt|dfxp|xml)(?:$|\?)/i.exec(url)?.[1];
  return extension?.toUpperCase();
}
