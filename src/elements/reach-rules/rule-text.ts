import { msg, str } from '@lit/localize';
import { VendorServiceFeature, VendorServiceType } from '../../reach/enums.js';
import { costPerTenMinutes, type RuleDraft, type RuleTrigger } from '../../reach/profile-rules.js';
import type { Category } from '../../reach/categories.js';
import type { EventNotificationTemplate, VendorCatalogItem } from '../../reach/schemas.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { formatCount, formatCredit } from '../shared/format.js';
import { featureLabel } from '../shared/labels.js';
import { catalogLanguage } from '../shared/order-text.js';

// A rule in words: "When an entry is added to Biology, order English machine captions and Spanish
// translation (2 services, about 3.75 credits per 10 minutes). Then stop."

/** What the sentences name: categories and templates by id, the catalog by item id. */
export interface RuleNames {
  readonly catalog: ReadonlyMap<number, VendorCatalogItem>;
  readonly categories: readonly Category[];
  readonly templates: readonly EventNotificationTemplate[];
}

const list = (parts: readonly string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(displayLocale(), { type }).format(parts);

/** A service as a rule orders it: "English machine captions", "Spanish translation", "Chapters". */
export function serviceLabel(item: VendorCatalogItem): string {
  const human = item.serviceType === VendorServiceType.HUMAN;
  const source = item.sourceLanguage ? catalogLanguage(item.sourceLanguage) : '';
  const target = item.targetLanguage ? catalogLanguage(item.targetLanguage) : '';
  switch (item.serviceFeature) {
    case VendorServiceFeature.CAPTIONS:
      return human ? msg(str`${source} professional captions`) : msg(str`${source} machine captions`);
    case VendorServiceFeature.TRANSLATION:
      return human ? msg(str`${target} professional translation`) : msg(str`${target} translation`);
    case VendorServiceFeature.DUBBING:
      return msg(str`${target} dubbing`);
    default:
      return featureLabel(item.serviceFeature);
  }
}

export function categoryLabel(categories: readonly Category[], id: number): string {
  const category = categories.find((candidate) => candidate.id === id);
  return category?.name ?? msg(str`category ${id}`);
}

export function templateLabel(templates: readonly EventNotificationTemplate[], id: number): string {
  const template = templates.find((candidate) => candidate.id === id);
  return template?.name ?? msg(str`template ${id}`);
}

function whenText(trigger: RuleTrigger, names: RuleNames): string {
  switch (trigger.kind) {
    case 'always':
      return msg('When any entry becomes ready');
    case 'category': {
      const categories = list(
        trigger.categoryIds.map((id) => categoryLabel(names.categories, id)),
        'disjunction',
      );
      return msg(str`When an entry is added to ${categories}`);
    }
    case 'template': {
      const templates = list(
        trigger.templateIds.map((id) => templateLabel(names.templates, id)),
        'disjunction',
      );
      return msg(str`When the event notification ${templates} fires`);
    }
    case 'other':
      return msg('When conditions this editor cannot show hold');
  }
}

/** "(2 services, about 3.75 credits per 10 minutes)" */
function costText(items: readonly VendorCatalogItem[]): string {
  const cost = costPerTenMinutes(items);
  const credits = plural(cost, {
    one: msg('about 1 credit per 10 minutes', { id: 'rule-credits.one' }),
    other: msg(str`about ${formatCredit(cost)} credits per 10 minutes`, { id: 'rule-credits.other' }),
  });
  const count = items.length;
  return plural(count, {
    one: msg(str`1 service, ${credits}`, { id: 'rule-cost.one' }),
    other: msg(str`${formatCount(count)} services, ${credits}`, { id: 'rule-cost.other' }),
  });
}

/** The whole rule as one sentence (or two, when it stops the rules after it). */
export function ruleText(draft: RuleDraft, names: RuleNames): string {
  const items = draft.catalogItemIds.map((id) => names.catalog.get(id));
  const known = items.filter((item): item is VendorCatalogItem => item !== undefined);
  const missing = items.length - known.length;
  const services = list(
    [
      ...known.map(serviceLabel),
      ...(missing > 0
        ? [
            plural(missing, {
              one: msg('1 service this account no longer has', { id: 'rule-missing.one' }),
              other: msg(str`${missing} services this account no longer has`, { id: 'rule-missing.other' }),
            }),
          ]
        : []),
    ],
    'conjunction',
  );
  const when = whenText(draft.trigger, names);
  const order =
    known.length + missing === 0
      ? msg(str`${when}, order nothing.`)
      : msg(str`${when}, order ${services} (${costText(known)}).`);
  return draft.stopProcessing ? `${order} ${msg('Then stop.')}` : order;
}
