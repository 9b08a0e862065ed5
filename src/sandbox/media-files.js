// @ts-check
/**
 * Which sample file plays for an entry. Every video entry shares `sample-video.webm` and every
 * audio entry `sample-audio.webm`; a clip plays its source's file (players seek to the clip's
 * range, kept in `entry._clip`).
 */

const AUDIO = 5;

/**
 * @param {Record<string, any>} state
 * @param {Record<string, any>} entry
 */
export function mediaFileOf(state, entry) {
  const source = entry._clip ? (state.entries[entry._clip.sourceEntryId] ?? entry) : entry;
  return Number(source.mediaType) === AUDIO ? 'sample-audio.webm' : 'sample-video.webm';
}
