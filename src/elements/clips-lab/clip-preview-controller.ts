import type { ReactiveController } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { msg, str } from '@lit/localize';
import { isAborted, toApiError } from '../../api/errors.js';
import { getFlavorUrl, serveCaption } from '../../reach/entries.js';
import { FlavorAssetStatus } from '../../reach/enums.js';
import type { CaptionAsset, FlavorAsset } from '../../reach/schemas.js';
import { isolate } from '../shared/order-text.js';
import { captionTrackUrl } from './caption-track.js';
import { KalturaPlayerPreview } from './kaltura-player-preview.js';
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
 * The clip preview: asks once for the media URL and the captions' text when the first preview opens,
 * keeps one player on whichever video the detail panel shows, held to the open clip's range, and lets all
 * of it go when the lab leaves the page or shows another entry (late answers are then dropped).
 */
export class ClipPreviewController extends LabController implements ReactiveController {
  /** What the preview plays, set when the first preview opens; the loads below follow it. */
  #wanted: { flavors: readonly FlavorAsset[]; caption: CaptionAsset | undefined } | undefined;
  /** The playable flavor's URL; undefined when the entry has none. */
  readonly #media = new Task(this.lab.element, {
    args: () => [this.#wanted] as const,
    task: async ([wanted]) => {
      const session = this.lab.session();
      if (!wanted || !session) return initialState;
      const flavor = playableFlavor(wanted.flavors);
      return flavor ? session.call(getFlavorUrl(flavor.id), { signal: this.lab.signal() }) : undefined;
    },
  });
  /** The captions as a track (an object URL, revoked when the preview lets go of it). */
  readonly #track = new Task(this.lab.element, {
    args: () => [this.#wanted] as const,
    task: async ([wanted], { signal }) => {
      const session = this.lab.session();
      if (!wanted?.caption || !session) return initialState;
      // Asked with the lab's signal: a caption asked for is fetched even when the preview lets go of it meanwhile.
      const captionText = await session.call(serveCaption(wanted.caption.id), { signal: this.lab.signal() });
      const trackUrl = captionTrackUrl(captionText);
      // The preview was reset (another entry, or the lab left the page) while the captions loaded.
      if (signal.aborted || wanted !== this.#wanted) {
        URL.revokeObjectURL(trackUrl);
        throw new DOMException('The preview was reset.', 'AbortError');
      }
      return trackUrl;
    },
    // Captions are a bonus to the preview: the clip still plays without them.
    onError: (error) => {
      if (!isAborted(error) && !this.lab.signal().aborted)
        this.lab.announce(msg('Captions could not be loaded for the preview.'));
    },
  });
  /** The open clip plays again and again, while the user trims it. */
  loop = false;
  #player: RangePlayer | undefined;
  #playerFor: EventTarget | undefined;

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

  get mediaUrl(): string | undefined {
    return this.#media.status === TaskStatus.COMPLETE ? this.#media.value : undefined;
  }

  get trackUrl(): string | undefined {
    return this.#track.status === TaskStatus.COMPLETE ? this.#track.value : undefined;
  }

  /** Why the preview cannot play, if it cannot. */
  get problem(): string | undefined {
    const media = this.#media;
    if (media.status === TaskStatus.COMPLETE && media.value === undefined)
      return msg('This entry has no playable video yet.');
    if (media.status !== TaskStatus.ERROR || isAborted(media.error)) return undefined;
    return msg(str`The video cannot be played here: ${isolate(toApiError(media.error).message)}`);
  }

  /** Where the playhead is, or undefined without a player. */
  get position(): number | undefined {
    return this.#player?.position;
  }

  play(): void {
    this.#player?.play();
  }

  setLoop(on: boolean): void {
    this.loop = on;
    this.changed();
  }

  /** Asks for the media URL of the playable flavor and the captions' text, unless already asked. */
  ensureMedia(flavors: readonly FlavorAsset[], caption: CaptionAsset | undefined): void {
    if (!this.#wanted) this.#wanted = { flavors, caption };
    // A media URL that could not be had is asked for again when a preview opens.
    else if (this.#media.status === TaskStatus.ERROR) void this.#media.run();
    this.changed();
  }

  /** Lets go of the player, the media and the caption track, so the next preview asks for them again. */
  reset(): void {
    this.#disposePlayer();
    const trackUrl = this.trackUrl;
    if (trackUrl) URL.revokeObjectURL(trackUrl);
    this.#wanted = undefined;
    this.#media.abort();
    this.#track.abort();
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
    if (this.#player) this.#player.loop = this.loop;
    this.#player?.setRange(target.start, target.end);
  }

  #disposePlayer(): void {
    this.#player?.dispose();
    this.#player = undefined;
    this.#playerFor = undefined;
  }
}

/** The playable flavor: a READY web flavor, else the READY original. */
function playableFlavor(flavors: readonly FlavorAsset[]): FlavorAsset | undefined {
  const ready = flavors.filter((flavor) => flavor.status === undefined || flavor.status === FlavorAssetStatus.READY);
  return ready.find((flavor) => flavor.isWeb) ?? ready.find((flavor) => flavor.isOriginal) ?? ready[0];
}
