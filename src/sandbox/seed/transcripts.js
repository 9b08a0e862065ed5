// @ts-check
/**
 * Spoken text of the seeded entries. A transcript of any length is built from a topic's sections:
 * each section gets an equal share of the running time and its sentences repeat until the share is
 * filled, timed at a natural speaking pace. Seeded entries name their topic (`_spokenTopic`) instead of
 * carrying the cues, which keeps the state small; `transcriptOf` builds them on demand.
 *
 * The text is what a speech recogniser would hear, so a few domain terms are misheard on purpose
 * ("mitochondira", "endosimbiosis", "Margolis", "thylakoyd", "rubisko"): a profile dictionary that lists
 * them fixes them in machine captions (reach/dictionary.js), which shows what a dictionary is for.
 */

/** @typedef {{ start: number, end: number, text: string }} Cue times in seconds */

const WORDS_PER_SECOND = 2.6;
const MIN_CUE_SECONDS = 1.5;
const PAUSE_SECONDS = 0.4;

/** @type {Record<string, string[][]>} topic → sections → sentences */
export const TOPICS = {
  cellBiology: [
    [
      'Good morning everyone, and welcome to the first lecture of Introduction to Cell Biology.',
      'Today we ask a simple question: what does it take for something to be alive?',
      'Every living thing we know of is built from cells, the smallest units that carry out life on their own.',
      'Robert Hooke named them in 1665 after the small rooms of a monastery.',
    ],
    [
      'Let us start with the membrane, the boundary that separates the inside of a cell from the world.',
      'It is a double layer of phospholipids with proteins floating in it like boats on a lake.',
      'Small molecules such as oxygen pass straight through, while ions need dedicated channels.',
      'This selective barrier is what lets a cell keep its chemistry different from its surroundings.',
    ],
    [
      'Inside eukaryotic cells we find the nucleus, which stores the genetic information as DNA.',
      'The DNA is wrapped around histone proteins and packed into chromatin.',
      'Messenger RNA carries copies of genes out through the nuclear pores to the ribosomes.',
      'Ribosomes read that message three letters at a time and assemble proteins.',
    ],
    [
      'Now to the power plants of the cell, the mitochondira.',
      'They turn the energy stored in glucose into ATP, the currency every process in the cell spends.',
      'Mitochondria have their own DNA, a clue that they were once free-living bacteria.',
      'This idea, endosimbiosis, was championed by Lynn Margolis in the 1960s.',
    ],
    [
      'Plant cells add two more features: a rigid cell wall and chloroplasts.',
      'Chloroplasts capture light and fix carbon dioxide into sugar through photosynthesis.',
      'Like mitochondria, they carry their own small circular genome.',
      'Next week we will look at how cells divide, so please read chapter four before class.',
    ],
  ],
  photosynthesis: [
    [
      'Thanks for joining this seminar on photosynthesis and the light reactions.',
      'Light is absorbed by chlorophyll in the thylakoyd membranes.',
      'The energy splits water and releases the oxygen we breathe.',
    ],
    [
      'Electrons flow through photosystem two, the cytochrome complex and photosystem one.',
      'That flow pumps protons and drives ATP synthase like a turbine.',
      'The Calvin cycle then uses ATP and NADPH to build sugars from carbon dioxide.',
    ],
    [
      'rubisko, the enzyme that fixes carbon, is probably the most abundant protein on Earth.',
      'It is also surprisingly slow, which is why plants make so much of it.',
      'Questions about C4 and CAM plants are welcome in the discussion forum.',
    ],
  ],
  climateKeynote: [
    [
      "Good evening, and thank you for coming to this year's opening keynote.",
      'Tonight I want to talk about what a warming planet means for the way we do science.',
      'The last decade was the warmest since records began.',
    ],
    [
      'Oceans have absorbed more than ninety percent of the extra heat.',
      'Coral reefs are bleaching more often and recovering less between events.',
      'Fisheries that feed millions of people are moving toward the poles.',
    ],
    [
      'Our field data now comes from satellites, drifting floats and citizen scientists.',
      'Open data lets a student anywhere test a model built on the other side of the world.',
      'That openness is our best tool against both ignorance and despair.',
    ],
    [
      'So here is my challenge to every researcher in this room.',
      'Share your data, teach your methods and explain your results in plain language.',
      'Thank you, and enjoy the rest of the conference.',
    ],
  ],
  welcome: [
    [
      'Hi, and welcome to the Sandbox University media portal.',
      'Here you will find recorded lectures, seminars and events from every department.',
    ],
    [
      'Captions and translations are available for most videos; look for the CC button in the player.',
      'If you need a different language, ask your course coordinator to order one.',
    ],
  ],
  teaser: [['New this term: the cell biology lab is open on Saturdays.', 'See you there!']],
  studyPodcast: [
    [
      'Welcome back to the Study Smarter podcast, I am your host.',
      'This week we talk about spaced repetition and why cramming does not work.',
    ],
    [
      'Memory fades along a forgetting curve, first described by Hermann Ebbinghaus.',
      'Reviewing just before you would forget strengthens the memory the most.',
    ],
    ['Flash card apps schedule those reviews for you.', 'Try it for two weeks and tell us how it went.'],
  ],
  geneticsLab: [
    [
      'In this walkthrough we extract DNA from strawberries.',
      'Strawberries are octoploid, so they hold eight copies of each chromosome and give a lot of DNA.',
    ],
    [
      'Mash the fruit with the extraction buffer of soap and salt.',
      'Filter the mixture and pour ice cold ethanol slowly down the side of the tube.',
    ],
    [
      'The white threads that appear at the boundary are DNA.',
      'Spool them on a glass rod and record your observations in the lab notebook.',
    ],
  ],
  interview: [
    ['So what made you choose biology?', 'Honestly, a documentary about deep sea vents in my last year of school.'],
    [
      'And what surprised you most in your first semester?',
      'How much of biology is really chemistry, and how much chemistry is really physics.',
    ],
  ],
  spanishLecture: [
    ['Bienvenidos a la clase de biología celular.', 'Hoy vamos a estudiar la estructura de la célula eucariota.'],
    [
      'El núcleo contiene el material genético en forma de ADN.',
      'Las mitocondrias producen la energía que la célula necesita.',
    ],
  ],
  productDemo: [
    ['This short demo shows the new dashboard of Other Org.', 'All reports are now one click away from the home page.'],
  ],
};

/** @type {Map<string, Cue[]>} */
const built = new Map();

/**
 * An entry's transcript: its own cues (e.g. a generated clip's) or those of its seeded topic.
 * @param {{ transcript?: Cue[], _spokenTopic?: string, msDuration?: number }} entry
 * @returns {Cue[]}
 */
export function transcriptOf(entry) {
  if (Array.isArray(entry.transcript)) return entry.transcript;
  const sections = entry._spokenTopic ? TOPICS[entry._spokenTopic] : undefined;
  if (!sections) return [];
  const key = `${entry._spokenTopic}/${entry.msDuration}`;
  if (!built.has(key)) built.set(key, buildTranscript(sections, (entry.msDuration ?? 0) / 1000));
  return /** @type {Cue[]} */ (built.get(key));
}

/**
 * The cues inside a clip's range, re-timed from the clip's start (for clip entries cut from `entry`).
 * @param {{ transcript?: Cue[], _spokenTopic?: string, msDuration?: number }} entry
 * @param {number} offsetMs @param {number} durationMs
 * @returns {Cue[]}
 */
export function transcriptRange(entry, offsetMs, durationMs) {
  const from = offsetMs / 1000;
  const to = from + durationMs / 1000;
  return transcriptOf(entry)
    .filter((cue) => cue.start >= from && cue.end <= to)
    .map((cue) => ({ start: cue.start - from, end: cue.end - from, text: cue.text }));
}

/**
 * @param {string[][]} sections
 * @param {number} durationSeconds
 * @returns {Cue[]}
 */
export function buildTranscript(sections, durationSeconds) {
  /** @type {Cue[]} */
  const cues = [];
  const share = durationSeconds / sections.length;
  sections.forEach((sentences, index) => {
    const sectionEnd = (index + 1) * share;
    let time = index * share;
    for (let turn = 0; ; turn++) {
      const text = sentences[turn % sentences.length];
      const length = Math.max(MIN_CUE_SECONDS, text.split(/\s+/).length / WORDS_PER_SECOND);
      if (time + length > sectionEnd) break;
      cues.push({ start: round(time), end: round(time + length), text });
      time += length + PAUSE_SECONDS;
    }
  });
  return cues;
}

/** @param {number} seconds */
function round(seconds) {
  return Math.round(seconds * 1000) / 1000;
}
