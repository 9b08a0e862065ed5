import type { ApiCall, CallOptions } from '../api/client.js';
import { ClientErrorCode, KalturaApiError, toApiError } from '../api/errors.js';
import { cloneWithoutMedia, deleteEntry, setClipContent, updateEntryMetadata } from '../reach/clips.js';
import { getEntry, listEntries } from '../reach/entries.js';
import { EntryStatus } from '../reach/enums.js';
import type { MediaEntry } from '../reach/schemas.js';
import type { ReachSession } from './session.js';
import { CLOCK_SKEW_SECONDS } from './order.js';

/** What the save flow needs of a session: `ReachSession` is one. */
export interface ApiCaller {
  call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T>;
}

/** A clip as the user reviewed it, ready to become an entry of its own. */
export interface ClipDraft {
  sourceEntryId: string;
  /** Milliseconds in the source. */
  offsetMs: number;
  durationMs: number;
  /** Burn this caption asset into the picture. */
  captionAssetId?: string | undefined;
  name: string;
  description: string;
  /** Comma-separated, as Kaltura stores them. */
  tags: string;
  /** What the caller saved (the lab: the suggestion's key), so that any element showing it finds its save. */
  key?: string | undefined;
}

/**
 * The steps of a save (kaltura-rules §6.3; REACH guide "AI Clips Workflow", Phase 3): copy the source without media, give the copy
 * the clip's content, write the reviewed metadata, wait for the server to make the clip READY.
 */
export type ClipSaveStep = 'clone' | 'trim' | 'describe' | 'process';

export type ClipSavePhase =
  | { readonly kind: 'working'; readonly step: ClipSaveStep }
  /**
   * Stopped before finishing `step`; `resume()` goes on from there (reusing the copy), `discard()` removes the
   * copy. `removing`: it was the removal of the copy that failed.
   */
  | {
      readonly kind: 'failed';
      readonly step: ClipSaveStep;
      readonly error: KalturaApiError;
      readonly removing?: boolean;
    }
  | { readonly kind: 'done'; readonly entry: MediaEntry }
  /** The copy was removed (or never made). */
  | { readonly kind: 'discarded' };

/** Codes of the failures the flow itself reports (the others are the server's). */
export const ClipSaveErrorCode = {
  /** A clone's answer was lost and no copy exists: nothing was made. */
  CLONE_NOT_MADE: 'CLONE_NOT_MADE',
  /**
   * A clone's answer was lost (or could not be read) and it is not known yet whether the copy exists: the
   * listing failed, or the answer arrived unreadable and its copy is not listed yet. `resume()` looks again;
   * it never clones before the server shows that no copy was made.
   */
  CLONE_UNKNOWN: 'CLONE_OUTCOME_UNKNOWN',
  /** An answer was lost and the server shows the step was not carried out. */
  NOT_APPLIED: 'NOT_APPLIED',
  /** The server could not make the clip (entry status ERROR_CONVERTING / ERROR_IMPORTING). */
  CONVERSION_FAILED: 'CLIP_CONVERSION_FAILED',
} as const;

const CONVERSION_FAILED: ReadonlySet<string> = new Set([EntryStatus.ERROR_CONVERTING, EntryStatus.ERROR_IMPORTING]);

/** Thrown into a job's state when the server says the clip could not be made. */
function localError(code: string, message: string): KalturaApiError {
  return new KalturaApiError({ code, message, kind: 'api' });
}

let nextJobId = 1;

/**
 * One clip being saved. Never makes a second copy of the source: once `cloneId` is known every retry reuses
 * it, and after a lost answer the flow finds out what happened on the server before going on.
 */
export class ClipSaveJob {
  readonly id = `clip-save-${nextJobId++}`;
  readonly draft: ClipDraft;
  /** The copy of the source that becomes the clip, once it exists. */
  cloneId: string | undefined;
  /**
   * A clone whose outcome is not known yet: sent at `sentAt` (unix seconds, browser clock), its answer lost,
   * or `answered` but unreadable (so it did make a copy). While set, the job never clones: it first looks for
   * the copy that clone made or may have made.
   */
  lostClone: { readonly sentAt: number; readonly answered: boolean } | undefined;
  /** The latest state of the copy the server reported. */
  entry: MediaEntry | undefined;
  phase: ClipSavePhase = { kind: 'working', step: 'clone' };
  /** Looks taken while the server processes the clip; drives the backoff. */
  polls = 0;

  constructor(draft: ClipDraft) {
    this.draft = draft;
  }

  get busy(): boolean {
    return this.phase.kind === 'working';
  }

  /** Failed at a step that can be tried again (a failed conversion cannot). */
  get resumable(): boolean {
    return this.phase.kind === 'failed' && this.phase.step !== 'process';
  }
}

export interface ClipSaverOptions {
  /** How long to wait before the n-th look (0-based) at clips that are still processing. */
  pollDelayMs(attempt: number): number;
}

/**
 * Saves clips as standalone entries, several at a time: the calls of jobs started together ride in one
 * multirequest per step. Fires `change` (a plain Event) whenever a job's phase or entry changes.
 *
 * Takes no AbortSignal on purpose: a clone, cut or update that has left cannot be called back, and a job
 * must not be forgotten while its calls may still act on the server. Elements share the session's saver
 * (`clipSaverOf`), so a save goes on, and stays visible, when its element is moved in the page.
 */
export class ClipSaver extends EventTarget {
  readonly jobs: ClipSaveJob[] = [];
  readonly #caller: ApiCaller;
  readonly #options: ClipSaverOptions;
  readonly #running = new Set<ClipSaveJob>();
  /** Clones sent and not answered yet: a reconciliation waits for them, so it never takes their copies. */
  readonly #cloning = new Set<Promise<unknown>>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(caller: ApiCaller, options: ClipSaverOptions) {
    super();
    this.#caller = caller;
    this.#options = options;
  }

  /** Starts saving every draft (together, so each step rides in one request) and returns their jobs at once. */
  save(drafts: readonly ClipDraft[]): ClipSaveJob[] {
    const jobs = drafts.map((draft) => new ClipSaveJob(draft));
    this.jobs.push(...jobs);
    for (const job of jobs) void this.#run(job);
    this.#changed();
    return jobs;
  }

  /** Goes on with a failed job from the step where it stopped. Does nothing while it is busy. */
  resume(job: ClipSaveJob): Promise<void> {
    if (job.phase.kind !== 'failed' || !job.resumable) return Promise.resolve();
    const { step } = job.phase;
    this.#set(job, { kind: 'working', step });
    return this.#run(job);
  }

  /** Removes the copy a failed save left behind (if any); the job ends as `discarded`. */
  async discard(job: ClipSaveJob): Promise<void> {
    if (job.phase.kind !== 'failed' || this.#running.has(job)) return;
    const { step } = job.phase;
    if (!job.cloneId && !job.lostClone) {
      this.#set(job, { kind: 'discarded' });
      return;
    }
    this.#running.add(job);
    this.#set(job, { kind: 'working', step });
    try {
      // A clone of unknown outcome may have made a copy: find it first, so that it is removed too.
      if (!job.cloneId)
        await this.#adoptLostCopy(job).catch((error: unknown) => {
          if (!(error instanceof KalturaApiError) || error.code !== ClipSaveErrorCode.CLONE_NOT_MADE) throw error;
        });
      if (job.cloneId) await this.deleteCopy(job.cloneId);
      this.#set(job, { kind: 'discarded' });
    } catch (error) {
      this.#set(job, { kind: 'failed', step, error: toApiError(error), removing: true });
    } finally {
      this.#running.delete(job);
    }
  }

  /** Stops watching clips that are processing (steps already sent still finish). */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Deletes an empty copy of the source (one a job made, or one an earlier, interrupted save left behind).
   * After a lost answer, a copy that is gone counts as deleted.
   */
  async deleteCopy(entryId: string): Promise<void> {
    try {
      await this.#call(deleteEntry(entryId));
    } catch (error) {
      if (!(error instanceof KalturaApiError) || error.kind !== 'uncertain') throw error;
      try {
        await this.#call(getEntry(entryId));
      } catch (check) {
        if (check instanceof KalturaApiError && check.code === 'ENTRY_ID_NOT_FOUND') return;
        throw check;
      }
      throw error;
    }
  }

  async #run(job: ClipSaveJob): Promise<void> {
    if (this.#running.has(job)) return;
    this.#running.add(job);
    try {
      while (job.phase.kind === 'working') {
        const { step } = job.phase;
        if (step === 'process') {
          // Followed by the shared timer, so all processing clips are asked about in one request.
          this.#scheduleWatch();
          return;
        }
        try {
          await this.#perform(job, step);
        } catch (error) {
          this.#set(job, { kind: 'failed', step, error: toApiError(error) });
        }
      }
    } finally {
      this.#running.delete(job);
    }
  }

  async #perform(job: ClipSaveJob, step: Exclude<ClipSaveStep, 'process'>): Promise<void> {
    const { draft } = job;
    switch (step) {
      case 'clone': {
        if (!job.lostClone) {
          const sentAt = Math.floor(Date.now() / 1000);
          const clone = this.#call(cloneWithoutMedia(draft.sourceEntryId));
          this.#cloning.add(clone);
          try {
            const copy = await clone;
            job.cloneId = copy.id;
            job.entry = copy;
          } catch (error) {
            // `uncertain`: the answer was lost. `validation` (a client that does not call that uncertain yet):
            // the answer came and could not be read, so the clone happened. Either way: look, never clone again.
            if (!(error instanceof KalturaApiError) || (error.kind !== 'uncertain' && error.kind !== 'validation'))
              throw error;
            job.lostClone = {
              sentAt,
              answered: error.kind === 'validation' || error.code === ClientErrorCode.VALIDATION,
            };
            await this.#adoptLostCopy(job);
          } finally {
            this.#cloning.delete(clone);
          }
        } else {
          await this.#adoptLostCopy(job);
        }
        this.#set(job, { kind: 'working', step: 'trim' });
        return;
      }
      case 'trim': {
        const cloneId = job.cloneId!;
        const range = { offsetMs: draft.offsetMs, durationMs: draft.durationMs, captionAssetId: draft.captionAssetId };
        try {
          job.entry = await this.#call(setClipContent(cloneId, draft.sourceEntryId, range));
        } catch (error) {
          if (!(error instanceof KalturaApiError) || error.kind === 'aborted') throw error;
          // The copy takes content only while it has none: if it has some now, the cut happened (the answer
          // was lost or unreadable, or the request reached the server twice and the second was refused).
          const copy = await this.#call(getEntry(cloneId));
          job.entry = copy;
          if (copy.status === EntryStatus.NO_CONTENT) throw error.kind === 'uncertain' ? notApplied(error) : error;
        }
        this.#set(job, { kind: 'working', step: 'describe' });
        return;
      }
      case 'describe': {
        const cloneId = job.cloneId!;
        const metadata = { name: draft.name, description: draft.description, tags: draft.tags };
        try {
          job.entry = await this.#call(updateEntryMetadata(cloneId, metadata));
        } catch (error) {
          if (!(error instanceof KalturaApiError) || error.kind !== 'uncertain') throw error;
          const copy = await this.#call(getEntry(cloneId));
          job.entry = copy;
          const applied =
            copy.name === draft.name &&
            (copy.description ?? '') === draft.description &&
            sameTags(copy.tags, draft.tags);
          if (!applied) throw notApplied(error);
        }
        this.#settleProcessing(job);
        return;
      }
    }
  }

  /**
   * The answer to the clone `job.lostClone` was lost or unreadable: lists the source's empty copies made
   * since it was sent and takes the newest that no job owns (empty copies of one source are interchangeable).
   * None listed after a lost answer means the clone did not happen, and only then may it be sent again.
   */
  async #adoptLostCopy(job: ClipSaveJob): Promise<void> {
    const lost = job.lostClone!;
    const where = { service: 'baseentry', action: 'clone' };
    // A clone still on its way would otherwise look like a copy nobody owns.
    const others = [...this.#cloning];
    if (others.length > 0) await Promise.allSettled(others);
    let empties: MediaEntry[];
    try {
      const filter = {
        rootEntryIdIn: [job.draft.sourceEntryId],
        statusIn: [EntryStatus.NO_CONTENT],
        // Too wide a window only lets an older empty copy be reused, which is harmless.
        createdAtGreaterThanOrEqual: lost.sentAt - CLOCK_SKEW_SECONDS,
        orderBy: '-createdAt',
      };
      empties = (await this.#call(listEntries(filter, { pageSize: 500 }))).objects;
    } catch (error) {
      const cause = toApiError(error);
      throw new KalturaApiError({
        code: ClipSaveErrorCode.CLONE_UNKNOWN,
        message: `It is not known yet whether the copy of the source was made: ${cause.message}`,
        kind: 'uncertain',
        ...where,
      });
    }
    // Decided and recorded in one go, so jobs reconciling together never take the same copy.
    const owned = new Set(this.jobs.map((other) => other.cloneId));
    const copy = empties.find((entry) => entry.id !== job.draft.sourceEntryId && !owned.has(entry.id));
    if (!copy) {
      if (lost.answered) {
        // The server did answer, so the copy exists; the listing may not show it yet (search indexing lags).
        throw new KalturaApiError({
          code: ClipSaveErrorCode.CLONE_UNKNOWN,
          message:
            'The server made a copy of the source but its answer could not be read, and the copy is not listed yet.',
          kind: 'uncertain',
          ...where,
        });
      }
      job.lostClone = undefined;
      throw new KalturaApiError({
        code: ClipSaveErrorCode.CLONE_NOT_MADE,
        message: 'The copy of the source was not made, so nothing was left behind.',
        kind: 'api',
        ...where,
      });
    }
    job.lostClone = undefined;
    job.cloneId = copy.id;
    job.entry = copy;
  }

  /** After the metadata: READY already (nothing to convert) or wait for it. */
  #settleProcessing(job: ClipSaveJob): void {
    const status = job.entry?.status;
    if (status === EntryStatus.READY) this.#set(job, { kind: 'done', entry: job.entry! });
    else if (status !== undefined && CONVERSION_FAILED.has(status))
      this.#set(job, { kind: 'failed', step: 'process', error: conversionError() });
    else this.#set(job, { kind: 'working', step: 'process' });
  }

  #processing(): ClipSaveJob[] {
    return this.jobs.filter((job) => job.phase.kind === 'working' && job.phase.step === 'process');
  }

  #scheduleWatch(): void {
    if (this.#timer !== undefined || this.#disposed) return;
    const jobs = this.#processing();
    if (jobs.length === 0) return;
    const attempt = Math.min(...jobs.map((job) => job.polls));
    this.#timer = setTimeout(() => void this.#watch(), this.#options.pollDelayMs(attempt));
  }

  /** One look at every clip still processing: the calls share one request. */
  async #watch(): Promise<void> {
    this.#timer = undefined;
    const jobs = this.#processing();
    await Promise.all(
      jobs.map(async (job) => {
        job.polls += 1;
        try {
          job.entry = await this.#call(getEntry(job.cloneId!));
          this.#settleProcessing(job);
        } catch (error) {
          const apiError = toApiError(error);
          // Reads already retried inside the client; keep watching unless the clip is gone.
          if (apiError.code === 'ENTRY_ID_NOT_FOUND')
            this.#set(job, { kind: 'failed', step: 'process', error: apiError });
        }
      }),
    );
    this.#scheduleWatch();
  }

  /** Never with an AbortSignal: see the class. */
  #call<T>(call: ApiCall<T>): Promise<T> {
    return this.#caller.call(call);
  }

  #set(job: ClipSaveJob, phase: ClipSavePhase): void {
    job.phase = phase;
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

function conversionError(): KalturaApiError {
  return localError(ClipSaveErrorCode.CONVERSION_FAILED, 'The server could not make the clip from this range.');
}

/** A lost answer whose call, as the server now shows, did not take effect: safe to send again. */
function notApplied(lost: KalturaApiError): KalturaApiError {
  return new KalturaApiError({
    code: ClipSaveErrorCode.NOT_APPLIED,
    message: 'The server did not answer and did not carry out this step.',
    kind: 'api',
    service: lost.service,
    action: lost.action,
  });
}

function sameTags(a: string | undefined, b: string): boolean {
  const normalise = (tags: string | undefined) =>
    (tags ?? '')
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean)
      .sort()
      .join(',');
  return normalise(a) === normalise(b);
}

const savers = new WeakMap<ReachSession, ClipSaver>();

/**
 * The session's saver, shared by every element of the session: its jobs outlive an element that leaves or
 * is moved in the page, so a save in progress is neither forgotten nor started a second time. Processing
 * clips are looked at on the session's poll timing.
 */
export function clipSaverOf(session: ReachSession): ClipSaver {
  let saver = savers.get(session);
  if (!saver) {
    saver = new ClipSaver(session, {
      pollDelayMs: (attempt) => {
        const { fastMs, growth, machineMaxMs } = session.poller.timing;
        return Math.min(fastMs * growth ** attempt, machineMaxMs);
      },
    });
    savers.set(session, saver);
  }
  return saver;
}
