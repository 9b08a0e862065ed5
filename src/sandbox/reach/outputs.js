// @ts-check
/**
 * What a finished task leaves behind, attached the way Kaltura attaches it (REACH guide, "Output Types
 * by Service"): caption assets, flavor assets, cue points, child entries, entry metadata and
 * `taskJobData.outputJson`. Everything is derived from the entry's transcript, so it is deterministic.
 */
import { transcriptOf, transcriptRange } from '../seed/transcripts.js';
import { ensureSourceFlavor, storeFlavor } from '../services/assets.js';
import { newObjectId } from '../store.js';
import { captionCues, toSrt, toVtt } from './caption-text.js';
import { applyDictionary } from './dictionary.js';
import { OutputFormat, ServiceFeature as F, ServiceType } from './enums.js';

/** @typedef {import('./caption-text.js').Cue} Cue */
/** @typedef {Record<string, any>} Stored */

const ISO_CODES = /** @type {Record<string, string>} */ ({
  English: 'en',
  Spanish: 'es',
  French: 'fr',
  German: 'de',
  Italian: 'it',
  Portuguese: 'pt',
  Dutch: 'nl',
  Japanese: 'ja',
  Korean: 'ko',
  'Simplified Chinese': 'zh',
  Arabic: 'ar',
  Hebrew: 'he',
  Russian: 'ru',
  Hindi: 'hi',
});
const CAPTION_TYPE = { SRT: '1', WEBVTT: '3' };
const CUE_POINT_READY = 1;
const CHAPTER_SUB_TYPE = 2;
const MULTIPLE_CHOICE_QUESTION = 1;
const HUMAN_ACCURACY = 99;
const STOP_WORDS = new Set(
  'the a an and or of to in on for with is are was were be this that it we you i our your as at by from so what how why who which its their they them there here about into just now next let us each every very most more much than then also not'.split(
    ' ',
  ),
);

/** Integer 0–(modulo-1) from a string, for stable per-task variation. @param {string} text @param {number} modulo */
function stableNumber(text, modulo) {
  let hash = 0;
  for (const character of text) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % modulo;
}

/**
 * A caption asset with real SRT or WebVTT content. Shared by the seed and the vendor simulator.
 * @param {{ id: string, entry: Stored, language: string, label: string, format: number, accuracy: number,
 *   cues: Cue[], now: number, displayOnPlayer?: boolean, isDefault?: boolean, usage?: number }} options
 */
export function captionAsset({
  id,
  entry,
  language,
  label,
  format,
  accuracy,
  cues,
  now,
  displayOnPlayer = true,
  isDefault = false,
  usage,
}) {
  const isVtt = format === OutputFormat.VTT;
  const content = isVtt ? toVtt(cues) : toSrt(cues);
  const time = Math.floor(now);
  return {
    objectType: 'KalturaCaptionAsset',
    id,
    entryId: entry.id,
    partnerId: entry.partnerId,
    version: 1,
    size: Math.ceil(Buffer.byteLength(content) / 1024),
    fileExt: isVtt ? 'vtt' : 'srt',
    createdAt: time,
    updatedAt: time,
    status: 2,
    language,
    ...(ISO_CODES[language] ? { languageCode: ISO_CODES[language] } : {}),
    label,
    format: isVtt ? CAPTION_TYPE.WEBVTT : CAPTION_TYPE.SRT,
    isDefault,
    accuracy,
    displayOnPlayer,
    ...(usage === undefined ? {} : { usage }),
    content,
  };
}

/**
 * Attaches the outputs of a task that just became READY and fills its result fields
 * (accuracy, outputObjectId, taskJobData.outputJson, unitsUsed for pay-per-use).
 * @param {Stored} state @param {Stored} task @param {number} now
 */
export function attachOutputs(state, task, now) {
  const entry = state.entries[task.entryId];
  const item = state.catalogItems[task.catalogItemId];
  const profile = state.reachProfiles[task.reachProfileId] ?? {};
  if (!entry || !item) return;
  const context = { state, task, entry, item, profile, now, transcript: transcriptOf(entry) };
  task.accuracy = item.serviceType === ServiceType.HUMAN ? HUMAN_ACCURACY : 80 + stableNumber(String(task.id), 13);
  const attach = ATTACHERS[item.serviceFeature] ?? metadataOnly;
  task.outputObjectId = attach(context);
}

/**
 * @typedef {{ state: Stored, task: Stored, entry: Stored, item: Stored, profile: Stored, now: number, transcript: Cue[] }} OutputContext
 * @type {Record<number, (context: OutputContext) => string>} serviceFeature → attach, returning outputObjectId
 */
const ATTACHERS = {
  // Machine captions write the terms of the task's dictionary (the profile's, for the source language) as it spells them.
  [F.CAPTIONS]: (context) =>
    addCaption(context, context.item.sourceLanguage, (text) =>
      context.item.serviceType === ServiceType.MACHINE ? applyDictionary(text, context.task.dictionary) : text,
    ),
  [F.ALIGNMENT]: (context) => addCaption(context, context.item.sourceLanguage, (text) => text),
  // Machine translation output is visibly marked so nobody mistakes it for a real translation.
  [F.TRANSLATION]: (context) =>
    addCaption(
      context,
      context.item.targetLanguage,
      (text) => `[${ISO_CODES[context.item.targetLanguage] ?? context.item.targetLanguage}] ${text}`,
    ),
  [F.EXTENDED_AUDIO_DESCRIPTION]: (context) =>
    addCaption(context, context.item.sourceLanguage, (text) => `[Description] The speaker continues: ${text}`, {
      usage: 1,
      displayOnPlayer: false,
      format: OutputFormat.VTT,
    }),
  [F.AUDIO_DESCRIPTION]: (context) =>
    addAudioFlavor(context, context.item.sourceLanguage, 'Audio description', 'audio_description'),
  [F.DUBBING]: (context) =>
    addAudioFlavor(context, context.item.targetLanguage, `${context.item.targetLanguage} dubbing`, 'dubbing'),
  [F.CHAPTERING]: addChapters,
  [F.QUIZ]: addQuizQuestions,
  [F.CLIPS]: addClips,
  [F.SUMMARY]: addSummary,
  [F.METADATA_ENRICHMENT]: addMetadataEnrichment,
  [F.INTELLIGENT_TAGGING]: (context) => {
    mergeTags(context.entry, keywords(context.transcript.map((cue) => cue.text).join(' '), 5));
    return context.entry.id;
  },
  // On-screen text (OCR) of a lecture is mostly its slide titles: the openings of its parts.
  [F.VIDEO_ANALYSIS]: (context) => {
    const slideTitles = parts(context.transcript, 4).map((part) => headline(part[0].text));
    mergeTags(context.entry, keywords(slideTitles.join(' '), 4));
    return context.entry.id;
  },
  [F.DOCUMENT_ENRICHMENT]: (context) => {
    mergeTags(context.entry, keywords(`${context.entry.name} ${context.entry.description ?? ''}`, 4));
    return context.entry.id;
  },
  [F.MODERATION]: (context) => {
    const scores = { violence: 0.01, hate: 0, sexual: 0, selfHarm: 0, profanity: 0.02 };
    jobData(context, 'KalturaModerationVendorTaskData').moderationOutputJson = JSON.stringify({
      flagged: false,
      scores,
    });
    return context.entry.id;
  },
  [F.SENTIMENT_ANALYSIS]: (context) => {
    // Pay-per-use: the vendor reports the tokens it used; the price follows from them.
    const words = context.transcript.reduce((count, cue) => count + cue.text.split(/\s+/).length, 0);
    context.task.unitsUsed = Math.ceil(words * 1.3);
    return context.entry.id;
  },
  [F.SIGN_LANGUAGE]: (context) => {
    const child = addChildEntry(context, {
      name: `${context.entry.name} (${context.item.targetLanguage})`,
      description: `${context.item.targetLanguage} interpretation of "${context.entry.name}".`,
      tags: 'sign language',
      offsetMs: 0,
      durationMs: context.entry.msDuration ?? 0,
    });
    child.parentEntryId = context.entry.id;
    return child.id;
  },
};

/** @param {OutputContext} context */
function metadataOnly(context) {
  return context.entry.id;
}

/**
 * @param {OutputContext} context @param {string} language @param {(text: string) => string} transform
 * @param {{ usage?: number, displayOnPlayer?: boolean, format?: number }} [overrides]
 */
function addCaption({ state, task, entry, item, profile, now, transcript }, language, transform, overrides = {}) {
  const isHuman = item.serviceType === ServiceType.HUMAN;
  const labelAddition =
    (isHuman ? profile.labelAdditionForHumanServiceType : profile.labelAdditionForMachineServiceType) ?? '';
  // DFXP is not produced by the sandbox; such items deliver SRT.
  const requested = overrides.format ?? item.outputFormat ?? profile.defaultOutputFormat;
  const asset = captionAsset({
    id: newObjectId(state),
    entry,
    language,
    label: `${language}${labelAddition ? ` ${labelAddition}` : ''}`,
    format: Number(requested) === OutputFormat.VTT ? OutputFormat.VTT : OutputFormat.SRT,
    accuracy: task.accuracy,
    cues: captionCues(transcript, { maxLineLength: profile.maxCharactersPerCaptionLine, transform }),
    now,
    displayOnPlayer:
      overrides.displayOnPlayer ??
      Boolean(isHuman ? profile.autoDisplayHumanCaptionsOnPlayer : profile.autoDisplayMachineCaptionsOnPlayer),
    usage: overrides.usage,
  });
  state.captionAssets[asset.id] = asset;
  return asset.id;
}

/** @param {OutputContext} context @param {string} language @param {string} label @param {string} tag */
function addAudioFlavor({ state, entry, item, now }, language, label, tag) {
  const time = Math.floor(now);
  const flavor = {
    objectType: 'KalturaFlavorAsset',
    id: newObjectId(state),
    entryId: entry.id,
    partnerId: entry.partnerId,
    version: 1,
    status: 2,
    flavorParamsId: item.flavorParamsId ?? 0,
    isOriginal: false,
    isWeb: true,
    fileExt: 'mp4',
    containerFormat: 'mp4',
    tags: `audio_only,${tag}`,
    language,
    label,
    bitrate: 128,
    createdAt: time,
    updatedAt: time,
  };
  storeFlavor(state, flavor);
  return flavor.id;
}

/** Splits the transcript into `count` consecutive, non-empty parts. @param {Cue[]} transcript @param {number} count */
function parts(transcript, count) {
  const size = Math.ceil(transcript.length / count);
  return Array.from({ length: count }, (_, index) => transcript.slice(index * size, (index + 1) * size)).filter(
    (part) => part.length > 0,
  );
}

/** @param {OutputContext} context */
function addChapters({ state, entry, now, transcript }) {
  const lengthSeconds = (entry.msDuration ?? 0) / 1000;
  const count = Math.min(12, Math.max(1, Math.round(lengthSeconds / 300)));
  const ids = parts(transcript, count).map((part, index) =>
    addCuePoint(state, entry, now, {
      objectType: 'KalturaThumbCuePoint',
      cuePointType: 'thumbCuePoint.Thumb',
      subType: CHAPTER_SUB_TYPE,
      startTime: Math.round(part[0].start * 1000),
      title: `Chapter ${index + 1}: ${headline(part[0].text)}`,
      description: part
        .slice(0, 2)
        .map((cue) => cue.text)
        .join(' '),
    }),
  );
  return ids[0] ?? entry.id;
}

/** @param {OutputContext} context */
function addQuizQuestions(context) {
  const { state, entry, now, transcript } = context;
  const data = jobData(context, 'KalturaQuizVendorTaskData');
  const sections = parts(transcript, Math.max(1, Math.min(data.numberOfQuestions || 5, transcript.length)));
  const questions = sections.map((part, index) => {
    const correct = part[0];
    // Wrong answers are real sentences from elsewhere in the video, so the question tests attention.
    const elsewhere = sections.filter((_, other) => other !== index).map((other) => other[0].text);
    const answers = [correct.text, ...elsewhere.slice(0, 2)];
    const rotation = index % answers.length;
    const ordered = [...answers.slice(rotation), ...answers.slice(0, rotation)];
    return {
      question: `Which statement opens the part of the video at ${clockTime(correct.start)}?`,
      answers: ordered.map((text) => ({ text, isCorrect: text === correct.text })),
      startTime: Math.round(correct.start * 1000),
    };
  });
  const ids = questions.map((question, index) =>
    addCuePoint(state, entry, now, {
      objectType: 'KalturaQuestionCuePoint',
      cuePointType: 'quiz.QUIZ_QUESTION',
      startTime: question.startTime,
      question: question.question,
      questionType: MULTIPLE_CHOICE_QUESTION,
      presentationOrder: index + 1,
      optionalAnswers: question.answers.map((answer, key) => ({
        objectType: 'KalturaOptionalAnswer',
        key: String(key + 1),
        text: answer.text,
        weight: 1,
        isCorrect: answer.isCorrect,
      })),
    }),
  );
  data.outputJson = JSON.stringify(questions);
  return ids[0] ?? entry.id;
}

/**
 * Clips (REACH guide, "AI Clips Workflow"): child entries under the source plus `outputJson` with
 * start and duration in seconds. Count and length follow clipsDuration and the entry's length.
 * @param {OutputContext} context
 */
function addClips(context) {
  const { entry, transcript } = context;
  const data = jobData(context, 'KalturaClipsVendorTaskData');
  const lengthSeconds = Math.floor((entry.msDuration ?? 0) / 1000);
  const clipSeconds = Math.max(1, Math.min(data.clipsDuration || 60, lengthSeconds));
  const count = Math.max(1, Math.min(8, Math.floor(lengthSeconds / (clipSeconds * 3))));
  const clips = Array.from({ length: count }, (_, index) => {
    const centre = ((index + 0.5) * lengthSeconds) / count;
    const wanted = Math.max(0, Math.min(lengthSeconds - clipSeconds, Math.round(centre - clipSeconds / 2)));
    // Start on a sentence so the clip does not open mid-word.
    const opening =
      transcript.find((cue) => cue.start >= wanted && cue.start < wanted + clipSeconds) ??
      transcript.find((cue) => cue.end > wanted);
    const start = opening ? Math.min(Math.floor(opening.start), lengthSeconds - clipSeconds) : wanted;
    const spoken = transcript
      .filter((cue) => cue.start >= start && cue.start < start + clipSeconds)
      .map((cue) => cue.text);
    return {
      title: headline(spoken[0] ?? entry.name),
      description: spoken.slice(0, 2).join(' ') || `A highlight from "${entry.name}".`,
      tags: keywords(spoken.join(' ') || entry.name, 3).join(', '),
      start,
      duration: clipSeconds,
    };
  });
  const children = clips.map((clip) =>
    addChildEntry(context, { ...clip, offsetMs: clip.start * 1000, durationMs: clip.duration * 1000 }),
  );
  data.outputJson = JSON.stringify(clips);
  return children[0]?.id ?? entry.id;
}

/** @param {OutputContext} context */
function addSummary(context) {
  const data = jobData(context, 'KalturaSummaryVendorTaskData');
  const sentences = { concise: 3, detailed: 5, extensive: 8 }[/** @type {'concise'} */ (data.typeOfSummary)] ?? 3;
  const points = parts(context.transcript, sentences).map((part) => part[0].text);
  const opening = data.writingStyle === 'casual' ? 'In short:' : 'This recording covers the following.';
  const summary = [opening, ...points].join(' ');
  context.entry.description = summary;
  context.entry.updatedAt = Math.floor(context.now);
  data.outputJson = JSON.stringify({ summary });
  return context.entry.id;
}

/** @param {OutputContext} context */
function addMetadataEnrichment(context) {
  const { entry, transcript, now } = context;
  const data = jobData(context, 'KalturaMetadataEnrichmentVendorTaskData');
  const text = transcript.map((cue) => cue.text).join(' ');
  const result = {
    title: headline(transcript[0]?.text ?? entry.name),
    description: transcript
      .slice(0, 3)
      .map((cue) => cue.text)
      .join(' '),
    tags: keywords(text, 6).join(', '),
  };
  data.outputJson = JSON.stringify(result);
  if (data.shouldApply) {
    const overridden = new Set(
      (data.overrideFields ?? []).map((/** @type {{ value: string }} */ field) => field.value),
    );
    const fieldFor = { title: 'name', description: 'description', tags: 'tags' };
    for (const [key, field] of Object.entries(fieldFor)) {
      const mayOverride =
        data.applyMode === 'OVERRIDE_ALL' ||
        (data.applyMode === 'FILL_EMPTY_AND_OVERRIDE_LIST' && overridden.has(field));
      if (!entry[field] || mayOverride) entry[field] = result[/** @type {'title'} */ (key)];
    }
    entry.updatedAt = Math.floor(now);
  }
  return entry.id;
}

/**
 * @param {OutputContext} context
 * @param {{ name?: string, title?: string, description: string, tags: string, offsetMs: number, durationMs: number }} clip
 */
function addChildEntry({ state, entry, now }, clip) {
  const time = Math.floor(now);
  const child = {
    objectType: 'KalturaMediaEntry',
    id: newObjectId(state),
    partnerId: entry.partnerId,
    name: clip.name ?? clip.title,
    description: clip.description,
    tags: clip.tags,
    userId: entry.userId,
    creatorId: entry.userId,
    status: '2',
    moderationStatus: entry.moderationStatus,
    type: '1',
    mediaType: 1,
    msDuration: clip.durationMs,
    duration: Math.round(clip.durationMs / 1000),
    rootEntryId: entry.id,
    displayInSearch: 1,
    createdAt: time,
    updatedAt: time,
    transcript: transcriptRange(entry, clip.offsetMs, clip.durationMs),
    _clip: { sourceEntryId: entry.id, offsetMs: clip.offsetMs, durationMs: clip.durationMs },
  };
  state.entries[child.id] = child;
  ensureSourceFlavor(state, child, time);
  return child;
}

/** @param {Stored} state @param {Stored} entry @param {number} now @param {Stored} fields */
function addCuePoint(state, entry, now, fields) {
  const time = Math.floor(now);
  const id = newObjectId(state);
  state.cuePoints[id] = {
    id,
    entryId: entry.id,
    partnerId: entry.partnerId,
    status: CUE_POINT_READY,
    userId: entry.userId,
    createdAt: time,
    updatedAt: time,
    ...fields,
  };
  return id;
}

/** The task's job data of the given class, created when the order carried none. @param {OutputContext} context @param {string} className */
function jobData({ task }, className) {
  task.taskJobData ??= { objectType: className };
  return task.taskJobData;
}

/** @param {Stored} entry @param {string[]} tags */
function mergeTags(entry, tags) {
  const existing = String(entry.tags ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  entry.tags = [...new Set([...existing, ...tags])].join(', ');
}

/** A short title from a sentence: its first words, capitalised. @param {string} sentence */
function headline(sentence) {
  const words = sentence
    .replace(/[.,!?;:]+/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 7);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The most frequent meaningful words, longest first on ties. @param {string} text @param {number} count */
function keywords(text, count) {
  /** @type {Map<string, number>} */
  const frequency = new Map();
  for (const word of text.toLowerCase().match(/[\p{L}][\p{L}'-]{3,}/gu) ?? []) {
    if (!STOP_WORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return [...frequency.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || b.length - a.length || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([word]) => word);
}

/** `m:ss` or `h:mm:ss`. @param {number} seconds */
function clockTime(seconds) {
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
