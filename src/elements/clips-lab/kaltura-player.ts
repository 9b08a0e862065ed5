/**
 * The host page's Kaltura Player (v7, `window.KalturaPlayer`), used instead of the native `<video>` when
 * the page has it and the element has a `player-uiconf-id`: whether it is there (asked at first paint) and
 * what the preview uses of it (kaltura-player-preview.ts, loaded with the preview).
 */
export interface KalturaPlayerInstance {
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

export function kalturaPlayerGlobal(): KalturaPlayerGlobal | undefined {
  const candidate = (globalThis as { KalturaPlayer?: Partial<KalturaPlayerGlobal> }).KalturaPlayer;
  return typeof candidate?.setup === 'function' ? (candidate as KalturaPlayerGlobal) : undefined;
}

export function hasKalturaPlayer(): boolean {
  return kalturaPlayerGlobal() !== undefined;
}
