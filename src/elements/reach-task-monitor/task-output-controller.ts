import type { ReactiveControllerHost } from 'lit';
import { getCaptionUrl, getFlavorUrl, listCaptionAssets, listCuePoints, listEntries } from '../../reach/entries.js';
import { CLIP_ENTRY_STATUSES } from '../../reach/clip-suggestions.js';
import { ThumbCuePointSubType } from '../../reach/enums.js';
import type { CuePoint, EntryVendorTask, MediaEntry } from '../../reach/schemas.js';
import type { TaskOutput } from '../../reach/task-outputs.js';
import type { ReachSession } from '../../state/session.js';
import { KeyedTasks } from './keyed-tasks.js';
import type { MonitorContext } from './monitor-context.js';
import { MAX_PAGE_SIZE } from './task-query.js';

/** What the output panel of a task shows once loaded. */
export type OutputView =
  | { kind: 'file'; url: string; format: string | undefined }
  | { kind: 'chapters'; chapters: CuePoint[] }
  | { kind: 'clips'; clips: MediaEntry[] }
  | { kind: 'inline' };

/**
 * The result panels of the tasks: which are open, and what each shows, loaded (a `@lit/task` per task)
 * when it opens. A signed download link is not kept: closing its panel forgets it, opening asks again.
 */
export class TaskOutputController {
  readonly #shown = new Set<string>();
  readonly views: KeyedTasks<OutputView>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: MonitorContext,
  ) {
    this.views = new KeyedTasks(host, () => context.signal());
  }

  shows(id: string): boolean {
    return this.#shown.has(id);
  }

  toggle(task: EntryVendorTask, output: TaskOutput): void {
    const id = task.id;
    if (this.#shown.delete(id)) {
      if (this.views.get(id)?.value?.kind === 'file') this.views.drop(id);
      this.host.requestUpdate();
      return;
    }
    this.#shown.add(id);
    this.host.requestUpdate();
    const session = this.context.session();
    if (session) this.views.run(id, (signal) => loadOutput(session, task, output, signal), true);
  }
}

async function loadOutput(
  session: ReachSession,
  task: EntryVendorTask,
  output: TaskOutput,
  signal: AbortSignal,
): Promise<OutputView> {
  switch (output.kind) {
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
