import { messageLocale } from './localization.js';

/**
 * One message per plural category, each its own `msg()` with a stable id, so translators get every form.
 * `other` always, with the count in it. `one` and `two` are for exactly 1 and exactly 2 and may leave the
 * number out ("Place order", "הזמנה אחת", "שני ימי עסקים"): give them wherever the count can be 1 or 2
 * (`two` where a translation needs a form of its own, as Hebrew does). `zero`, `few` and `many` carry the
 * count, for languages that need them. A missing form falls back to `other`.
 */
export type PluralForms = { readonly other: string } & {
  readonly [category in 'zero' | 'one' | 'two' | 'few' | 'many']?: string;
};

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** The form for `count` by the plural rules of the language the messages are in, not by English rules. */
export function plural(count: number, forms: PluralForms): string {
  const locale = messageLocale();
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  const category = rules.select(count);
  // "one" and "two" may leave the number out, so they are for 1 and 2 only (Russian calls 21 "one" too).
  if ((category === 'one' && count !== 1) || (category === 'two' && count !== 2)) return forms.other;
  return forms[category] ?? forms.other;
}
