/**
 * The preview in the host page's Kaltura Player: setup on a light-DOM target slotted into the element,
 * loadMedia, and a range guard on the player's media events.
 */
import { kalturaPlayerGlobal, type KalturaPlayerInstance } from './kaltura-player.js';
import { RangeGuard, type RangePlayer } from './range-playback.js';

let nextTarget = 1;

export class KalturaPlayerPreview implements RangePlayer {
  readonly #target: HTMLElement;
  readonly #player: KalturaPlayerInstance;
  readonly #guard: RangeGuard;

  /** `host` is the element; the player's target is appended to it in `slot`. */
  constructor(
    host: HTMLElement,
    slot: string,
    options: { partnerId: number; uiConfId: number; ks: string; entryId: string },
  ) {
    const setup = kalturaPlayerGlobal();
    if (!setup) throw new Error('window.KalturaPlayer is not on the page');
    this.#target = document.createElement('div');
    this.#target.id = `clips-lab-player-${nextTarget++}`;
    this.#target.slot = slot;
    host.append(this.#target);
    this.#player = setup.setup({
      targetId: this.#target.id,
      provider: { partnerId: options.partnerId, uiConfId: options.uiConfId, ks: options.ks },
      playback: { autoplay: false },
    });
    this.#guard = new RangeGuard(this.#player);
    void this.#player.loadMedia({ entryId: options.entryId });
  }

  get position(): number {
    return this.#guard.position;
  }

  get loop(): boolean {
    return this.#guard.loop;
  }

  set loop(on: boolean) {
    this.#guard.loop = on;
  }

  setRange(start: number, end: number): void {
    this.#guard.setRange(start, end);
  }

  play(): void {
    this.#guard.play();
  }

  dispose(): void {
    this.#guard.dispose();
    this.#player.destroy();
    this.#target.remove();
  }
}
