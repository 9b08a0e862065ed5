import type { LitElement, ReactiveController } from 'lit';
import type { ClipSuggestion } from '../../reach/clip-suggestions.js';
import type { ReachSession } from '../../state/session.js';
import { LazyModule } from '../shared/lazy-module.js';
import type { ClipReview } from './clip-review.js';
import { LabController, previewCaption, type LabData, type LabHost } from './lab-data.js';
import type { LoadedSaves } from './saves.js';

/** Sessions in which a lab of the page started a save: each lab of such a session takes the saves part to show them. */
const sessionsSaving = new WeakSet<ReachSession>();
/** The labs in the page: those of a session are told when a save starts in it. */
const labsInPage = new Set<LabSavesController>();

export interface LabSavesHost {
  review: ClipReview;
  /** The loaded data of the entry shown, if any. */
  data(): LabData | undefined;
  sourceSeconds(): number;
  /** An empty copy is gone from the server. */
  removed(entryId: string): void;
  /** The saves part came (with the edit rules); `saves` is set. */
  arrived(saves: LoadedSaves): void;
  /** A clip to save needs fixing in its detail: its media is asked for. */
  ensureMedia(data: LabData): void;
}

/**
 * The lab's side of the session's saves: the saves part (saves-part.ts), loaded on intent, when a save is asked
 * for, when the entry has copies an earlier save left, or when a save starts in the session; and saving with it.
 */
export class LabSavesController extends LabController implements ReactiveController {
  /** The session's saves, once their part has come. */
  saves: LoadedSaves | undefined;
  readonly part: LazyModule<LoadedSaves['part']>;

  constructor(
    lab: LabHost & { element: LitElement },
    private readonly host: LabSavesHost,
  ) {
    super(lab);
    this.part = new LazyModule(lab.element, {
      load: () => import('./saves-part.js'),
      loaded: (part) => {
        const controller = new part.ClipSavesController(lab, (entryId) => host.removed(entryId));
        this.saves = { controller, part };
        host.arrived(this.saves);
      },
      failed: (error) => lab.reportError(error),
    });
  }

  hostConnected(): void {
    labsInPage.add(this);
  }

  hostDisconnected(): void {
    labsInPage.delete(this);
  }

  /** The saves are needed to draw the entry: it has copies a save may own, or a save started in the session. */
  needed(mayEdit: boolean, unfinished: number): boolean {
    const session = this.lab.session();
    return (mayEdit && unfinished > 0) || (session !== undefined && sessionsSaving.has(session));
  }

  /**
   * Runs `act` on the saves at once, or when their part has come: asked for `entryId`, it is dropped if the lab
   * has shown another entry by then.
   */
  withSaves(entryId: string, act: (saves: LoadedSaves) => void): void {
    const shown = this.lab.entriesShown();
    this.part.use(() => {
      if (this.saves && this.lab.entriesShown() === shown && this.host.data()?.entryId === entryId) act(this.saves);
    });
  }

  /** Saves the clips (those not being saved already), or shows what to fix first. */
  save(data: LabData, clips: readonly ClipSuggestion[], bulk = false): void {
    this.withSaves(data.entryId, (saves) => this.#saveWith(saves, data, clips, bulk));
  }

  #saveWith({ controller, part }: LoadedSaves, data: LabData, clips: readonly ClipSuggestion[], bulk: boolean): void {
    const { review } = this.host;
    const toSave = clips.filter((clip) => !controller.isSaving(clip.key));
    const caption = previewCaption(data.captions);
    const source = { entryId: data.entryId, seconds: this.host.sourceSeconds(), caption };
    const drafts = part.draftsToSave(review, toSave, source, bulk);
    this.changed();
    if (Array.isArray(drafts)) {
      controller.save(drafts);
      if (drafts.length > 0) this.#started();
      return;
    }
    if (bulk && review.bulkProblem) this.lab.announce(review.bulkProblem);
    this.host.ensureMedia(data);
    this.lab.focusAfterUpdate(drafts.focus);
  }

  /** A save started in the lab's session: the labs of that session in the page show it. */
  #started(): void {
    const session = this.lab.session();
    if (!session) return;
    sessionsSaving.add(session);
    for (const other of labsInPage) if (other.lab.session() === session) other.lab.element.requestUpdate();
  }
}
