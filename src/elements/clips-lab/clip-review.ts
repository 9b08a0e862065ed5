import type { ReactiveControllerHost } from 'lit';
import type { ClipChildren, ClipSuggestion } from '../../reach/clip-suggestions.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import type * as ClipEditRules from './clip-edit.js';
import type { ClipEdit, ClipEditErrors } from './clip-edit.js';

/** The clips one task made, or the source's clips no loaded task describes (`task` undefined). */
export interface ClipSet {
  key: string;
  task: EntryVendorTask | undefined;
  clips: ClipSuggestion[];
}

/** The key of the set of clips no loaded task describes. */
const OTHER_SET = 'other';

/** The clips by the task that made them, newest task first (the order of the view); clips of no loaded task last. */
export function clipSets(view: ClipChildren, tasks: readonly EntryVendorTask[]): ClipSet[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const sets = new Map<string, ClipSet>();
  for (const clip of view.suggestions) {
    const key = clip.taskId ?? OTHER_SET;
    const set = sets.get(key) ?? { key, task: clip.taskId ? byId.get(clip.taskId) : undefined, clips: [] };
    set.clips.push(clip);
    sets.set(key, set);
  }
  return [...sets.values()];
}

/**
 * What the user does in the list of clips: the set shown, the clip open for preview, the clips ticked and
 * the edits typed (kept as typed, checked when saving). Plain state of the lab's one entry, no lifetime:
 * the lab resets it for another entry; every change asks the lab to draw again.
 */
export class ClipReview {
  edits: ReadonlyMap<string, ClipEdit> = new Map();
  errors: ReadonlyMap<string, ClipEditErrors> = new Map();
  selected: ReadonlySet<string> = new Set();
  /** The clip open for preview and editing. */
  activeKey: string | undefined;
  /** Why "Save selected" saved nothing. */
  bulkProblem: string | undefined;
  /**
   * How edits are made and checked (clip-edit.ts), given by the part that first needs them (the clip detail or
   * the saves): nothing is edited, checked or saved before it comes, so the list draws without it.
   */
  rules: typeof ClipEditRules | undefined;
  /** The set the user chose; undefined shows the newest. */
  #chosenSet: string | undefined;
  /** The set last shown: the store already holds a new task's clips when its change arrives. */
  #onScreen: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sourceSeconds: () => number,
  ) {}

  reset(): void {
    this.edits = new Map();
    this.errors = new Map();
    this.selected = new Set();
    this.activeKey = undefined;
    this.bulkProblem = undefined;
    this.#chosenSet = undefined;
    this.host.requestUpdate();
  }

  /** The set the list shows: the one the user chose, else the newest. */
  shownSet(sets: readonly ClipSet[]): ClipSet | undefined {
    const shown = sets.find((set) => set.key === this.#chosenSet) ?? sets[0];
    this.#onScreen = shown?.key;
    return shown;
  }

  choose(setKey: string): void {
    this.#chosenSet = setKey;
    // Ticks and the open preview belong to the set they were made in.
    this.selected = new Set();
    this.activeKey = undefined;
    this.bulkProblem = undefined;
    this.host.requestUpdate();
  }

  /**
   * A new set arrived. It is shown first, unless the user is working in the list (a clip open, clips
   * ticked, `focused` in it): that set stays, and the new one is in the set list.
   */
  newSetArrived(focused: boolean): void {
    const working = this.activeKey !== undefined || this.selected.size > 0 || focused;
    this.#chosenSet = working ? this.#onScreen : undefined;
    this.host.requestUpdate();
  }

  open(key: string | undefined): void {
    this.activeKey = key;
    this.host.requestUpdate();
  }

  toggle(key: string, on: boolean): void {
    const selected = new Set(this.selected);
    if (on) selected.add(key);
    else selected.delete(key);
    this.selected = selected;
    this.bulkProblem = undefined;
    this.host.requestUpdate();
  }

  /** The clip's title as typed, else as the AI wrote it. */
  titleOf(clip: ClipSuggestion): string {
    return this.edits.get(clip.key)?.name || clip.title;
  }

  /** The clip's edit; asked for only by the parts that bring the rules (the detail, the saves). */
  editFor(clip: ClipSuggestion): ClipEdit {
    return this.edits.get(clip.key) ?? originalEdit(clip, this.#broughtRules);
  }

  /** The rules, for the detail and the saves: the lab sets them when either part comes, before it draws. */
  get #broughtRules(): typeof ClipEditRules {
    if (!this.rules) throw new Error('The clip edit rules come with the clip detail or the saves part.');
    return this.rules;
  }

  /** The user changed something of the clip (typing it back as it was is no change). */
  isEdited(clip: ClipSuggestion): boolean {
    const edit = this.edits.get(clip.key);
    if (!edit || !this.rules) return false;
    const original = originalEdit(clip, this.rules);
    return (Object.keys(original) as (keyof ClipEdit)[]).some((field) => edit[field] !== original[field]);
  }

  /**
   * Applies a change to a clip's edit as it is now (several fields may change before the next render); the
   * detail, which brings the rules, makes it.
   */
  patch(clip: ClipSuggestion, patch: Partial<ClipEdit>): void {
    const key = clip.key;
    const edit = { ...this.editFor(clip), ...patch };
    this.edits = new Map(this.edits).set(key, edit);
    const previous = this.errors.get(key);
    if (previous) {
      // Errors are re-checked as the user fixes them, never added while typing.
      const { errors } = this.#broughtRules.checkClipEdit(edit, this.sourceSeconds());
      const kept: ClipEditErrors = {};
      for (const field of ['name', 'start', 'end'] as const)
        if (previous[field] && errors[field]) kept[field] = errors[field];
      this.errors = new Map(this.errors).set(key, kept);
    }
    this.host.requestUpdate();
  }

  undo(clip: ClipSuggestion): void {
    const edits = new Map(this.edits);
    edits.delete(clip.key);
    this.edits = edits;
    const errors = new Map(this.errors);
    errors.delete(clip.key);
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** The range to play for a clip: the edited one when it is valid, else the AI's. */
  rangeOf(clip: ClipSuggestion): { start: number; end: number } | undefined {
    const edited = this.edits.get(clip.key);
    if (edited && this.rules) {
      const { range } = this.rules.checkClipEdit(edited, this.sourceSeconds());
      if (range) return range;
    }
    if (clip.startSeconds === undefined) return undefined;
    return { start: clip.startSeconds, end: clip.startSeconds + clip.durationSeconds };
  }
}

function originalEdit(clip: ClipSuggestion, rules: typeof ClipEditRules): ClipEdit {
  return rules.editFromClip({ ...clip, startSeconds: clip.startSeconds ?? 0 });
}
