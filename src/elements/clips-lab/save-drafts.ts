// Clips as reviewed, checked and made into drafts to save: part of the saves part (saves-part.ts).
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { splitTags, type ClipSuggestion } from '../../reach/clip-suggestions.js';
import type { CaptionAsset } from '../../reach/schemas.js';
import type { ClipDraft } from '../../state/clip-save.js';
import { formatCount } from '../shared/format.js';
import { isolate } from '../shared/order-text.js';
import * as clipEditRules from './clip-edit.js';
import type { ClipEdit, ClipEditErrors } from './clip-edit.js';
import type { ClipReview } from './clip-review.js';

/**
 * The drafts to save, or (when some clip needs fixing) none, with the errors shown in the review, the first
 * clip that needs fixing open and, after "Save selected" (`bulk`), a message naming it. Returns the id of the
 * field to focus then. The lab draws again after it.
 */
export function draftsToSave(
  review: ClipReview,
  clips: readonly ClipSuggestion[],
  source: { entryId: string; seconds: number; caption: CaptionAsset | undefined },
  bulk: boolean,
): ClipDraft[] | { focus: string } {
  const drafts: ClipDraft[] = [];
  const invalid: { clip: ClipSuggestion; errors: ClipEditErrors }[] = [];
  for (const clip of clips) {
    const edit = review.editFor(clip);
    const { errors, range } = clipEditRules.checkClipEdit(edit, source.seconds);
    review.errors = new Map(review.errors).set(clip.key, errors);
    if (!range) invalid.push({ clip, errors });
    else drafts.push(draftOf(clip, edit, range, source.entryId, edit.burnCaptions ? source.caption : undefined));
  }
  const [first] = invalid;
  if (!first) {
    review.bulkProblem = undefined;
    if (bulk && drafts.length > 0) review.selected = new Set();
    return drafts;
  }
  if (bulk) review.bulkProblem = needsFixingText(invalid.length, review.titleOf(first.clip));
  review.activeKey = first.clip.key;
  const field = (['name', 'start', 'end'] as const).find((name) => first.errors[name]) ?? 'name';
  return { focus: `edit-${field}` };
}

function draftOf(
  clip: ClipSuggestion,
  edit: ClipEdit,
  range: { start: number; end: number },
  sourceEntryId: string,
  caption: CaptionAsset | undefined,
): ClipDraft {
  return {
    sourceEntryId,
    offsetMs: Math.round(range.start * 1000),
    durationMs: Math.round((range.end - range.start) * 1000),
    captionAssetId: caption?.id,
    name: edit.name.trim(),
    description: edit.description.trim(),
    tags: splitTags(edit.tags).join(', '),
    key: clip.key,
  };
}

/** One clip is named, several are counted; the first is opened. */
function needsFixingText(count: number, firstName: string): string {
  return plural(count, {
    one: msg(str`“${isolate(firstName)}” needs fixing before it can be saved.`, {
      id: 'clips.need-fixing.one',
      desc: 'Alert after "Save selected" when one ticked clip has errors; the placeholder is its title.',
    }),
    other: msg(str`${formatCount(count)} clips need fixing before they can be saved. The first one is open.`, {
      id: 'clips.need-fixing.other',
      desc: 'Alert after "Save selected" when several ticked clips have errors; the first of them is opened.',
    }),
  });
}
