import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import { ReachClipSavedEvent } from '../../events.js';
import { plural } from '../../i18n/plural.js';
import type { MediaEntry } from '../../reach/schemas.js';
import {
  ClipSaveErrorCode,
  clipSaverOf,
  type ClipDraft,
  type ClipSaveJob,
  type ClipSaver,
} from '../../state/clip-save.js';
import { formatCount } from '../shared/format.js';
import { isolate } from '../shared/order-text.js';
import type { LabHost } from './lab-data.js';
import { saveStoppedText, type JobActions } from './save-jobs.js';

/**
 * The clip saves of the lab. The session's saver is shared, so saves go on (and stay shown) when the lab
 * is moved in the page or another lab shows them; this follows it while the lab is in the page, catches up
 * on what changed meanwhile, and speaks (and fires `reach-clip-saved` for) the saves this lab started or
 * acted on. Also removes the empty copies earlier saves left behind.
 */
export class ClipSavesController implements ReactiveController, JobActions {
  /** Copies being removed, and why a removal failed, by entry id. */
  leftoversBusy: ReadonlySet<string> = new Set();
  leftoverErrors: ReadonlyMap<string, string> = new Map();
  #saver: ClipSaver | undefined;
  /** Phases last reported of the saves this lab started (it announces those, and fires their events). */
  readonly #phases = new Map<string, string>();
  readonly #onChange = () => this.#jobsChanged();

  constructor(
    private readonly lab: LabHost,
    /** Hears that an empty copy is gone from the server. */
    private readonly removed: (entryId: string) => void,
  ) {
    // Made when the saves part comes, often in a lab already in the page: added once its fields are set, since
    // adding it to a connected lab calls hostConnected at once. (Not a LabController, which adds itself first.)
    lab.element.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  /** After the host's willUpdate, where it joins its session. */
  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    // The saves themselves go on: their calls may already have reached the server.
    this.#saver?.removeEventListener('change', this.#onChange);
    this.#saver = undefined;
  }

  /** Saves of clips of the current entry (the lab may have shown another entry before). */
  get jobs(): ClipSaveJob[] {
    const entryId = this.lab.entryId();
    return (this.#saver?.jobs ?? []).filter((job) => job.draft.sourceEntryId === entryId);
  }

  /** The newest save of a clip, shown in its preview panel while that is open. */
  latestJobFor(key: string | undefined): ClipSaveJob | undefined {
    return key === undefined ? undefined : this.jobs.findLast((job) => job.draft.key === key);
  }

  /** Where the host page shows a saved clip, if it said. */
  linkTo(entryId: string): string | undefined {
    return this.lab.entryHref(entryId);
  }

  isSaving(key: string): boolean {
    return this.jobs.some((job) => job.busy && job.draft.key === key);
  }

  /** Starts the saves together (each step of every clip rides in one multirequest) and says so. */
  save(drafts: readonly ClipDraft[]): void {
    if (!this.#saver || drafts.length === 0) return;
    for (const job of this.#saver.save(drafts)) this.#phases.set(job.id, phaseKey(job));
    // One clip is named, several are counted.
    this.lab.announce(
      plural(drafts.length, {
        one: msg(str`Saving “${isolate(drafts[0]!.name)}”…`, {
          id: 'clips.saving-clips.one',
          desc: 'Announced when a clip starts being saved; the placeholder is its title.',
        }),
        other: msg(str`Saving ${formatCount(drafts.length)} clips…`, {
          id: 'clips.saving-clips.other',
          desc: 'Announced when several clips start being saved at once.',
        }),
      }),
    );
  }

  /** Goes on with a stopped save (perhaps started by another lab of the session), reported from here from now on. */
  resume(job: ClipSaveJob): void {
    void this.#adopt(job)?.resume(job);
  }

  /** Gives up a stopped save and removes its copy; reported from here from now on. */
  discard(job: ClipSaveJob): void {
    void this.#adopt(job)?.discard(job);
  }

  /** Removes an empty copy an earlier save left. */
  async removeLeftover(entry: MediaEntry): Promise<void> {
    // A save of the session (running, or stopped and resumable) may own it: then it is that save's copy.
    if (!this.#saver || this.leftoversBusy.has(entry.id) || this.#saver.jobs.some((job) => job.cloneId === entry.id))
      return;
    this.leftoversBusy = new Set(this.leftoversBusy).add(entry.id);
    this.#setLeftoverError(entry.id, undefined);
    try {
      await this.#saver.deleteCopy(entry.id);
      this.removed(entry.id);
      this.lab.announce(msg('Removed the unfinished copy.'));
    } catch (error) {
      const apiError = toApiError(error);
      this.#setLeftoverError(entry.id, apiError.message);
      this.lab.reportError(apiError);
    } finally {
      const busy = new Set(this.leftoversBusy);
      busy.delete(entry.id);
      this.leftoversBusy = busy;
      this.lab.element.requestUpdate();
    }
  }

  #setLeftoverError(entryId: string, message: string | undefined): void {
    const errors = new Map(this.leftoverErrors);
    if (message === undefined) errors.delete(entryId);
    else errors.set(entryId, message);
    this.leftoverErrors = errors;
    this.lab.element.requestUpdate();
  }

  #follow(): void {
    const session = this.lab.session();
    const saver = session ? clipSaverOf(session) : undefined;
    if (saver === this.#saver) return;
    this.#saver?.removeEventListener('change', this.#onChange);
    this.#saver = saver;
    saver?.addEventListener('change', this.#onChange);
    this.#jobsChanged();
  }

  #adopt(job: ClipSaveJob): ClipSaver | undefined {
    if (!this.#phases.has(job.id)) this.#phases.set(job.id, phaseKey(job));
    return this.#saver;
  }

  #jobsChanged(): void {
    this.lab.element.requestUpdate();
    for (const job of this.#saver?.jobs ?? []) {
      // Saves started by another lab of the session are shown here, and reported there.
      if (!this.#phases.has(job.id)) continue;
      const phase = phaseKey(job);
      if (this.#phases.get(job.id) === phase) continue;
      this.#phases.set(job.id, phase);
      const name = isolate(job.draft.name);
      if (job.phase.kind === 'done') {
        this.lab.element.dispatchEvent(new ReachClipSavedEvent(job.phase.entry, job.draft.sourceEntryId));
        this.lab.announce(msg(str`Saved “${name}” as a new entry.`));
      } else if (job.phase.kind === 'failed') {
        if (job.phase.error.code !== ClipSaveErrorCode.CONVERSION_FAILED) this.lab.reportError(job.phase.error);
        this.lab.announce(saveStoppedText(job, name));
      } else if (job.phase.kind === 'discarded') {
        this.lab.announce(msg(str`Removed the unfinished copy for “${name}”.`));
      }
    }
  }
}

/** A save's phase as compared between changes. */
function phaseKey(job: ClipSaveJob): string {
  return job.phase.kind === 'working' ? `working:${job.phase.step}` : job.phase.kind;
}
