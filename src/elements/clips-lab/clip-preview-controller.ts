import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { isAborted, toApiError } from '../../api/errors.js';
import { displayLocale } from '../../i18n/localization.js';
import { getCaptionUrl, getFlavorUrl } from '../../reach/entries.js';
import { FlavorAssetStatus } from '../../reach/enums.js';
import type { CaptionAsset, FlavorAsset } from '../../reach/schemas.js';
import { isolate } from '../shared/order-text.js';
import { captionTrackUrl } from './caption-track.js';
import { KalturaPlayerPreview } from './kaltura-player.js';
import { LabController, type LabHost } from './lab-data.js';
import { RangeGuard, type RangePlayer } from './range-playback.js';

/** The light-DOM slot the host page's Kaltura Player is put in. */
export const PLAYER_SLOT = 'player';

/** What the preview plays now: the open clip's range, in the native video or the host page's Kaltura Player. */
export interface PreviewTarget {
  start: number;
  end: number;
  /** Set when the host page's Kaltura Player plays instead of the native video. */
  kalturaPlayer?: { partnerId: number; uiConfId: number; ks: string; entryId: string };
}

/**
 * The clip preview: asks once for the media and caption URLs (one request) when the first preview opens,
 * keeps one player on whichever video the detail panel shows, held to the open clip's range, and lets all
 * of it go when the lab leaves the page or shows another entry (late answers are then dropped).
 */
export class ClipPreviewController extends LabController implements ReactiveController {
  mediaUrl: string | undefined;
  trackUrl: string | undefined;
  problem: string | undefined;
  #player: RangePlayer | undefined;
  #playerFor: EventTarget | undefined;
  /** The media request of the current preview; `reset` drops it, so late answers are ignored. */
  #request: object | undefined;

  constructor(
    lab: LabHost,
    /** What to play after each update; undefined when no clip is open. */
    private readonly target: () => PreviewTarget | undefined,
  ) {
    super(lab);
  }

  hostUpdated(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Where the playhead is, or undefined without a player. */
  get position(): number | undefined {
    return this.#player?.position;
  }

  play(): void {
    this.#player?.play();
  }

  /** Asks for the media URL of the playable flavor and the captions' track, unless already asked. */
  ensureMedia(flavors: readonly FlavorAsset[], caption: CaptionAsset | undefined, signal: AbortSignal): void {
    const session = this.lab.session();
    if (this.#request || !session) return;
    const request = (this.#request = {});
    const current = () => this.#request === request;
    const flavor = playableFlavor(flavors);
    if (!flavor) {
      this.#show({ problem: msg('This entry has no playable video yet.') });
      return;
    }
    session.call(getFlavorUrl(flavor.id), { signal }).then(
      (url) => {
        if (current()) this.#show({ mediaUrl: url });
      },
      (error: unknown) => {
        if (isAborted(error) || !current()) return;
        this.#request = undefined;
        this.#show({ problem: msg(str`The video cannot be played here: ${isolate(toApiError(error).message)}`) });
      },
    );
    if (!caption) return;
    session
      .call(getCaptionUrl(caption.id), { signal })
      .then((url) => captionTrackUrl(url, signal))
      .then(
        (trackUrl) => {
          // The preview was reset (another entry, or the lab left the page) while the captions loaded.
          if (current()) this.#show({ trackUrl });
          else URL.revokeObjectURL(trackUrl);
        },
        () => {
          // Captions are a bonus to the preview: the clip still plays without them.
          if (!signal.aborted && current()) this.lab.announce(msg('Captions could not be loaded for the preview.'));
        },
      );
  }

  /** Drops the player and the media and caption URLs, so the next preview asks for them again. */
  reset(): void {
    this.problem = undefined;
    this.#disposePlayer();
    if (this.trackUrl) URL.revokeObjectURL(this.trackUrl);
    this.trackUrl = undefined;
    this.mediaUrl = undefined;
    this.#request = undefined;
    this.changed();
  }

  #show(change: Partial<Pick<ClipPreviewController, 'mediaUrl' | 'trackUrl' | 'problem'>>): void {
    Object.assign(this, change);
    this.changed();
  }

  /** Connects the range guard to whichever player the detail panel shows. */
  #attach(): void {
    const target = this.target();
    if (!target) {
      this.#disposePlayer();
      return;
    }
    if (target.kalturaPlayer) {
      this.#player ??= new KalturaPlayerPreview(this.lab.element, PLAYER_SLOT, target.kalturaPlayer);
    } else {
      const video = this.lab.element.renderRoot.querySelector('video');
      if (video !== this.#playerFor) {
        this.#disposePlayer();
        if (video) this.#player = new RangeGuard(video);
        this.#playerFor = video ?? undefined;
      }
    }
    this.#player?.setRange(target.start, target.end);
  }

  #disposePlayer(): void {
    this.#player?.dispose();
    this.#player = undefined;
    this.#playerFor = undefined;
  }
}

/** The captions to show (and to burn in): the default asset, else one in the page's language, else the first. */
export function previewCaption(captions: readonly CaptionAsset[]): CaptionAsset | undefined {
  const language = displayLocale().split('-')[0];
  return captions.find((caption) => caption.isDefault) ?? captions.find((caption) => caption.languageCode === language) ?? captions[0];
}

/** The playable flavor: a READY web flavor, else the READY original. */
function playableFlavor(flavors: readonly FlavorAsset[]): FlavorAsset | undefined {
  const ready = flavors.filter((flavor) => flavor.status === undefined || flavor.status === FlavorAssetStatus.READY);
  return ready.find((flavor) => flavor.isWeb) ?? ready.find((flavor) => flavor.isOriginal) ?? ready[0];
}
