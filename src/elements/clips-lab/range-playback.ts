/** What the preview needs of a player: play one range of the source and stop at its end. Times in seconds. */
export interface RangePlayer {
  setRange(start: number, end: number): void;
  /** Plays from the start of the range (or on from where it is, when inside it). */
  play(): void;
  /** Where the playhead is, in the source. */
  readonly position: number;
  /** Plays the range again from its start on reaching its end, instead of stopping there. */
  loop: boolean;
  dispose(): void;
}

/** Close enough to the end to count as there: a frame or two. */
const END_TOLERANCE = 0.05;

/** The minimal media surface both players offer. */
interface MediaLike {
  currentTime: number;
  readonly paused: boolean;
  playbackRate?: number;
  play(): unknown;
  pause(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Keeps a media element inside [start, end]: playing starts at `start` when outside the range and pauses
 * exactly at `end`, or when looping goes on from `start` (a timer aimed at the end, checked again on every
 * timeupdate). Seeking is left to the user; playing past the end is not.
 */
export class RangeGuard implements RangePlayer {
  loop = false;
  #media: MediaLike;
  #start = 0;
  #end = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #events = ['play', 'playing', 'timeupdate', 'seeked', 'ratechange', 'loadedmetadata', 'pause'];

  constructor(media: MediaLike) {
    this.#media = media;
    for (const type of this.#events) media.addEventListener(type, this.#onEvent);
  }

  get position(): number {
    return this.#media.currentTime;
  }

  /** A new range moves the playhead into it; the same range again leaves the user's position alone. */
  setRange(start: number, end: number): void {
    if (start === this.#start && end === this.#end) return;
    this.#start = start;
    this.#end = end;
    const at = this.#media.currentTime;
    if (at < start || at > end) this.#seek(start);
    this.#aim();
  }

  play(): void {
    const at = this.#media.currentTime;
    if (at < this.#start || at >= this.#end - END_TOLERANCE) this.#seek(this.#start);
    const playing = this.#media.play();
    // A refused play (autoplay policy) leaves the controls to the user.
    if (playing instanceof Promise) playing.catch(() => undefined);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const type of this.#events) this.#media.removeEventListener(type, this.#onEvent);
  }

  #seek(seconds: number): void {
    try {
      this.#media.currentTime = seconds;
    } catch {
      // Not seekable before metadata: loadedmetadata seeks again.
    }
  }

  readonly #onEvent = (): void => {
    const media = this.#media;
    if (media.paused) {
      clearTimeout(this.#timer);
      // A fresh source opens at the clip, not at the start of the file.
      if (media.currentTime === 0 && this.#start > 0) this.#seek(this.#start);
      return;
    }
    if (media.currentTime < this.#start - 0.5 || media.currentTime >= this.#end - END_TOLERANCE) {
      // Started (or went on) outside the clip: a play outside the range restarts the clip, reaching the end stops (or loops) it.
      if (media.currentTime >= this.#end - END_TOLERANCE) this.#reachedEnd();
      else this.#seek(this.#start);
      return;
    }
    this.#aim();
  };

  /** Aims a timer at the end of the range, so the stop does not wait for the next timeupdate. */
  #aim(): void {
    clearTimeout(this.#timer);
    const media = this.#media;
    if (media.paused) return;
    const rate = media.playbackRate || 1;
    const remainingMs = ((this.#end - media.currentTime) / rate) * 1000;
    this.#timer = setTimeout(
      () => {
        if (media.paused) return;
        if (media.currentTime >= this.#end - END_TOLERANCE) this.#reachedEnd();
        else this.#aim();
      },
      Math.max(0, remainingMs),
    );
  }

  #reachedEnd(): void {
    clearTimeout(this.#timer);
    if (this.loop) {
      this.#seek(this.#start);
      this.#aim();
      return;
    }
    this.#media.pause();
    if (this.#media.currentTime > this.#end) this.#seek(this.#end);
  }
}
