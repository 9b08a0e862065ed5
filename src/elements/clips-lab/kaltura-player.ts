/**
 * The host page's Kaltura Player (v7, `window.KalturaPlayer`), used instead of the native `<video>` when
 * the page has it and the element has a `player-uiconf-id`. Only what the preview needs: setup on a
 * light-DOM target slotted into the element, loadMedia, and a range guard on the player's media events.
 */
import { RangeGuard, type RangePlayer } from './range-playback.js';

interface KalturaPlayerInstance {
  currentTime: number;
  readonly paused: boolean;
  playbackRate?: number;
  loadMedia(media: { entryId: string }): Promise<unknown> | unknown;
  play(): unknown;
  pause(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  destroy(): void;
}

interface KalturaPlayerGlobal {
  setup(config: {
    targetId: string;
    provider: { partnerId: number; uiConfId: number; ks?: string };
    playback?: { autoplay?: boolean };
  }): KalturaPlayerInstance;
}

function kalturaPlayerGlobal(): KalturaPlayerGlobal | undefined {
  const candidate = (globalThis as { KalturaPlayer?: Partial<KalturaPlayerGlobal> }).KalturaPlayer;
  return typeof candidate?.setup === 'function' ? (candidate as KalturaPlayerGlobal) : undefined;
}

export function hasKalturaPlayer(): boolean {
  return kalturaPlayerGlobal() !== undefined;
}

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
