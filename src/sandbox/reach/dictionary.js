// @ts-check
/**
 * How the sandbox's machine caption engine uses a REACH profile dictionary (the task's `dictionary`:
 * one term per line). Real engines bias recognition towards the terms; the sandbox's "recognition" is the
 * seeded transcript, which mishears a few domain terms on purpose (seed/transcripts.js), so the dictionary
 * corrects words instead:
 *
 * a transcript word is written as the dictionary spells a term when, ignoring case and the punctuation
 * around the word, it equals the term, or — for terms of at least MIN_FUZZY_LENGTH letters — it has the
 * term's length and differs by one letter or by two neighbouring letters swapped ("Margolis" → "Margulis",
 * "mitochondira" → "mitochondria"; a plural such as "chloroplasts" is left alone). Multi-word terms are
 * compared with as many consecutive words. The first matching term (dictionary order) wins. A term written
 * in lower case keeps the capital of a word that starts a sentence.
 */

/** Shorter terms must match exactly (ignoring case): "DNA" must not turn "and" into "DNA". */
export const MIN_FUZZY_LENGTH = 5;

/** @param {string | undefined} dictionary @returns {string[][]} terms as words, in dictionary order */
function termsOf(dictionary) {
  return String(dictionary ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0);
}

/**
 * True when `a` and `b` (of the same length) differ by one letter or by two neighbouring letters swapped.
 * @param {string} a @param {string} b
 */
function oneSlipApart(a, b) {
  if (a.length !== b.length) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  const restA = a.slice(start);
  const restB = b.slice(start);
  return (
    restA.slice(1) === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

/** @param {string} word @returns {[string, string, string]} leading punctuation, core, trailing punctuation */
function splitPunctuation(word) {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
  return match ? [match[1], match[2], match[3]] : ['', word, ''];
}

/** @param {string} heard @param {string} term */
function matches(heard, term) {
  const spoken = heard.toLowerCase();
  const wanted = term.toLowerCase();
  return spoken === wanted || (wanted.replace(/\s/g, '').length >= MIN_FUZZY_LENGTH && oneSlipApart(spoken, wanted));
}

/**
 * The text with every word (or run of words) that matches a dictionary term written as the term.
 * @param {string} text @param {string | undefined} dictionary
 */
export function applyDictionary(text, dictionary) {
  const terms = termsOf(dictionary);
  if (terms.length === 0) return text;
  const words = text.split(' ');
  const out = [];
  for (let index = 0; index < words.length; ) {
    const term = terms.find((termWords) => {
      if (index + termWords.length > words.length) return false;
      const run = words.slice(index, index + termWords.length);
      const [, firstCore] = splitPunctuation(run[0]);
      const [, lastCore] = splitPunctuation(run[run.length - 1]);
      const inner = run.length === 1 ? firstCore : [firstCore, ...run.slice(1, -1), lastCore].join(' ');
      return firstCore !== '' && matches(inner, termWords.join(' '));
    });
    if (!term) {
      out.push(words[index]);
      index += 1;
      continue;
    }
    const [leading, heard] = splitPunctuation(words[index]);
    const [, , trailing] = splitPunctuation(words[index + term.length - 1]);
    const spelled = term.join(' ');
    const startsCapitalised =
      heard !== '' && heard[0] !== heard[0].toLowerCase() && spelled[0] === spelled[0].toLowerCase();
    out.push(`${leading}${startsCapitalised ? spelled[0].toUpperCase() + spelled.slice(1) : spelled}${trailing}`);
    index += term.length;
  }
  return out.join(' ');
}
