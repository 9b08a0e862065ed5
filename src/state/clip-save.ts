import type { ApiCall, CallOptions } from '../api/client.js';
import { KalturaApiError } from '../api/errors.js';
import { cloneWithoutMedia, deleteEntry, setClipContent, updateEntryMetadata } from '../reach/clips.js';
import { getEntry, listEntries } from '../reach/entries.js';
import { EntryStatus } from '../reach/enums.js';
import type { MediaEntry } from '../reach/schemas.js';

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
}

/**
 * The steps of a save (spec §6, "AI Clips Workflow", Phase 3): copy the source without media, give the copy
 * the clip's content, write the reviewed metadata, wait for the server to make the clip READY.
 */
export type ClipSaveStep = 'clone' | 'trim' | 'describe' | 'process';

export type ClipSavePhase =
  | { readonly kind: 'working'; readonly step: ClipSaveStep }
  /**
   * Stopped before finishing `step`; `resume()` goes on from there (reusing the copy), `discard()` removes the
   * copy. `removing`: it was the removal of the copy that failed.
   */
  | { readonly kind: 'failed'; readonly step: ClipSaveStep; readonly error: KalturaApiError; readonly removing?: boolean }
  | { readonly kind: 'done'; readonly entry: MediaEntry }
  /** The copy was removed (or never made). */
  | { readonly kind: 'discarded' };

/** Codes of the failures the flow itself reports (the others are the server's). */
export const ClipSaveErrorCode = {
  /** A clone's answer was lost and no copy exists: nothing was made. */
  CLONE_NOT_MADE: 'CLONE_NOT_MADE',
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
  /** Aborts every call of the saver (the element left the page). */
  signal?: AbortSignal | undefined;
}

/**
 * Saves clips as standalone entries, several at a time: the calls of jobs started together ride in one
 * multirequest per step. Fires `change` (a plain Event) whenever a job's phase or entry changes.
 */
export class ClipSaver extends EventTarget {
  readonly jobs: ClipSaveJob[] = [];
  readonly #caller: ApiCaller;
  readonly #options: ClipSaverOptions;
  readonly #running = new Set<ClipSaveJob>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(caller: ApiCaller, options: ClipSaverOptions) {
    super();
    this.#caller = caller;
    this.#options = options;
    options.signal?.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
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
    if (!job.cloneId) {
      this.#set(job, { kind: 'discarded' });
      return;
    }
    this.#running.add(job);
    this.#set(job, { kind: 'working', step });
    try {
      await this.deleteCopy(job.cloneId);
      this.#set(job, { kind: 'discarded' });
    } catch (error) {
      this.#set(job, { kind: 'failed', step, error: asApiError(error), removing: true });
    } finally {
      this.#running.delete(job);
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
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
          const apiError = asApiError(error);
          if (apiError.kind === 'aborted') return;
          this.#set(job, { kind: 'failed', step, error: apiError });
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
        try {
          const copy = await this.#call(cloneWithoutMedia(draft.sourceEntryId));
          job.cloneId = copy.id;
          job.entry = copy;
        } catch (error) {
          if (!(error instanceof KalturaApiError) || error.kind !== 'uncertain') throw error;
          await this.#adoptLostCopy(job, error);
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
          if (!(error instanceof KalturaApiError) || error.kind === 'aborted' || error.kind === 'validation') throw error;
          // The copy takes content only while it has none: if it has some now, the cut happened (the answer
          // was lost, or the request reached the server twice and the second was refused).
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
          const applied = copy.name === draft.name && (copy.description ?? '') === draft.description && sameTags(copy.tags, draft.tags);
          if (!applied) throw notApplied(error);
        }
        this.#settleProcessing(job);
        return;
      }
    }
  }

  /**
   * The answer to a clone was lost. Empty copies of the same source are interchangeable, so any empty copy
   * no job owns is taken as ours; none means the clone did not happen and may be tried again.
   */
  async #adoptLostCopy(job: ClipSaveJob, lost: KalturaApiError): Promise<void> {
    const empties = await this.#call(
      listEntries({ rootEntryIdIn: [job.draft.sourceEntryId], statusIn: [EntryStatus.NO_CONTENT], orderBy: '+createdAt' }, { pageSize: 500 }),
    );
    // Decided and recorded in one go, so jobs reconciling together never take the same copy.
    const owned = new Set(this.jobs.map((other) => other.cloneId));
    const copy = empties.objects.find((entry) => !owned.has(entry.id));
    if (!copy) {
      throw new KalturaApiError({
        code: ClipSaveErrorCode.CLONE_NOT_MADE,
        message: 'The copy of the source was not made, so nothing was left behind.',
        kind: 'api',
        service: lost.service,
        action: lost.action,
      });
    }
    job.cloneId = copy.id;
    job.entry = copy;
  }

  /** After the metadata: READY already (nothing to convert) or wait for it. */
  #settleProcessing(job: ClipSaveJob): void {
    const status = job.entry?.status;
    if (status === EntryStatus.READY) this.#set(job, { kind: 'done', entry: job.entry! });
    else if (status !== undefined && CONVERSION_FAILED.has(status)) this.#set(job, { kind: 'failed', step: 'process', error: conversionError() });
    else this.#set(job, { kind: 'working', step: 'process' });
  }

  #processing(): ClipSaveJob[] {
    return this.jobs.filter((job) => job.phase.kind === 'working' && job.phase.step === 'process');
  }

  #scheduleWatch(): void {
    if (this.#timer !== undefined || this.#options.signal?.aborted) return;
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
          const apiError = asApiError(error);
          // Reads already retried inside the client; keep watching unless the clip is gone.
          if (apiError.code === 'ENTRY_ID_NOT_FOUND') this.#set(job, { kind: 'failed', step: 'process', error: apiError });
        }
      }),
    );
    this.#scheduleWatch();
  }

  #call<T>(call: ApiCall<T>): Promise<T> {
    return this.#caller.call(call, { signal: this.#options.signal });
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

function asApiError(error: unknown): KalturaApiError {
  if (error instanceof KalturaApiError) return error;
  return localError('UNEXPECTED', error instanceof Error ? error.message : String(error));
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
