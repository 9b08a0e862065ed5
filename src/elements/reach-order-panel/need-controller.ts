import type { NeedStepsView } from './need-steps.js';
import type { PanelView } from './panel-view.js';

/** What the user has said so far in the need-first steps. */
export interface NeedChoice {
  readonly need: number | undefined;
  /** The language spoken in the entry as the user chose it; undefined: the preset (`presetSpoken`). */
  readonly spoken: string | undefined;
  /** For a need that makes another language (translation, dubbing): the languages wanted. */
  readonly targets: readonly string[];
}

const NO_NEED: NeedChoice = { need: undefined, spoken: undefined, targets: [] };

/** What the need-first steps need of the panel. */
export interface NeedHost {
  requestUpdate(): void;
  focus(id: string): void;
  /** The user is about to choose: the order parts start to load. */
  prepare(): void;
}

/**
 * The order panel's need-first steps: what was said in them (need, spoken language, languages wanted) and
 * whether the whole catalog is browsed instead. What is chosen is the panel's selection, shared with the catalog.
 */
export class NeedController {
  choice: NeedChoice = NO_NEED;
  browsing = false;

  constructor(private readonly host: NeedHost) {}

  /** Another entry: its needs are asked afresh. */
  reset(): void {
    this.#set(NO_NEED);
  }

  browse(browsing: boolean): void {
    this.browsing = browsing;
    this.host.requestUpdate();
    this.host.focus(browsing ? 'search' : 'browse');
  }

  view(panel: PanelView): NeedStepsView {
    return {
      panel,
      choice: this.choice,
      chooseNeed: (need) => this.#set({ ...this.choice, need }),
      change: (choice) => this.#set(choice),
      browse: () => this.browse(true),
      prepare: () => this.host.prepare(),
    };
  }

  #set(choice: NeedChoice): void {
    this.choice = choice;
    this.host.requestUpdate();
  }
}
