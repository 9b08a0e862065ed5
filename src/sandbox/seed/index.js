// @ts-check
/**
 * The seeded sandbox state (README "State" and "Seed"): partners 1001 (main), 2002 (isolation), 3003 (no
 * REACH), 4004 (no active REACH profile) and 5005 (no catalog item enabled), media entries with transcripts,
 * assets, categories, the catalog, REACH profiles and tasks. Named ids live in `ids.js`. Timestamps are
 * relative to `now`, so a fresh seed always looks recent.
 */
import { Privacy } from '../access.js';
import { systemTemplates, TemplateStatus } from '../event-notification/templates.js';
import { captionCues } from '../reach/caption-text.js';
import { syncCreditPeriod } from '../reach/credit.js';
import { Permission } from '../roles.js';
import { OutputFormat, ReachProfileStatus, TaskStatus } from '../reach/enums.js';
import { changeStatus, createTaskRecord } from '../reach/lifecycle.js';
import { captionAsset } from '../reach/outputs.js';
import { pricingUnits, taskPrice } from '../reach/pricing.js';
import { FLAKY_VENDOR_ERROR } from '../reach/vendor.js';
import { ensureSourceFlavor } from '../services/assets.js';
import { seedAgents } from './agents.js';
import { seedCatalogItems, seedPartnerCatalogItems, seedVendors } from './catalog.js';
import { SEED } from './ids.js';
import { transcriptOf } from './transcripts.js';

const DAY = 86_400;
const MINUTE = 60;
/** The seeded converting entry finishes a quarter of an hour (sandbox clock) after the seed is made. */
const PROCESSING_ENTRY_READY_AFTER = 15 * MINUTE;
const { entries: E, users: U, categories: CAT, profiles: P, catalog: C, tasks: T } = SEED;

/**
 * @typedef {{ id: string, name: string, description: string, tags: string, userId: string, seconds: number,
 *   topic: keyof typeof import('./transcripts.js').TOPICS, mediaType?: number, status?: string, partnerId?: number, daysAgo: number,
 *   categories?: number[], sourceVersion?: number, coEditors?: string }} EntrySeed
 *   `coEditors`: the entry's entitledUsersEdit
 */

/** @type {EntrySeed[]} */
const ENTRY_SEEDS = [
  {
    id: E.lecture45,
    name: 'Introduction to Cell Biology — Lecture 1',
    description: 'What makes something alive: membranes, the nucleus, mitochondria and chloroplasts.',
    tags: 'biology, cells, lecture',
    userId: U.professor,
    seconds: 45 * MINUTE,
    topic: 'cellBiology',
    daysAgo: 30,
    categories: [CAT.cellBiology],
    sourceVersion: 3,
  },
  {
    id: E.seminar12,
    name: 'Photosynthesis Seminar: The Light Reactions',
    description: 'A seminar on how plants turn light into chemical energy.',
    tags: 'biology, photosynthesis, seminar',
    userId: U.lecturer,
    seconds: 12 * MINUTE,
    topic: 'photosynthesis',
    daysAgo: 21,
    categories: [CAT.biology],
  },
  {
    id: E.keynote30,
    name: 'Opening Keynote: Science on a Warming Planet',
    description: 'The opening keynote of the annual research conference.',
    tags: 'keynote, climate, conference',
    userId: U.mediaTeam,
    coEditors: U.lecturer,
    seconds: 30 * MINUTE,
    topic: 'climateKeynote',
    daysAgo: 14,
    categories: [CAT.keynotes],
  },
  {
    id: E.welcome,
    name: 'Welcome to the Media Portal',
    description: 'A two-minute tour of the portal.',
    tags: 'welcome, portal',
    userId: U.professor,
    seconds: 125,
    topic: 'welcome',
    daysAgo: 60,
    categories: [CAT.courses],
  },
  {
    id: E.teaser8,
    name: 'Saturday Lab Teaser',
    description: 'Eight seconds of good news.',
    tags: 'teaser, lab',
    userId: U.mediaTeam,
    seconds: 8,
    topic: 'teaser',
    daysAgo: 5,
    categories: [CAT.events],
  },
  {
    id: E.podcast20,
    name: 'Study Smarter Podcast — Episode 12: Spaced Repetition',
    description: 'Why cramming does not work and what to do instead.',
    tags: 'podcast, study skills',
    userId: U.lecturer,
    seconds: 20 * MINUTE,
    topic: 'studyPodcast',
    mediaType: 5,
    daysAgo: 9,
  },
  {
    id: E.diagram,
    name: 'Eukaryotic Cell Diagram',
    description: 'Labelled diagram used in Lecture 1.',
    tags: 'diagram, cells',
    userId: U.professor,
    seconds: 0,
    topic: 'teaser',
    mediaType: 2,
    daysAgo: 31,
    categories: [CAT.cellBiology],
  },
  {
    id: E.processing,
    name: 'Lab Safety Briefing (uploading)',
    description: 'Still being converted.',
    tags: 'lab, safety',
    userId: U.mediaTeam,
    seconds: 4 * MINUTE,
    topic: 'geneticsLab',
    status: '1',
    daysAgo: 0,
    categories: [CAT.genetics],
  },
  {
    id: E.withTasks,
    name: 'Genetics Lab Walkthrough: Extracting DNA',
    description: 'Step by step: DNA from strawberries.',
    tags: 'genetics, lab, dna',
    userId: U.professor,
    seconds: 6 * MINUTE,
    topic: 'geneticsLab',
    daysAgo: 12,
    categories: [CAT.genetics],
    sourceVersion: 2,
  },
  {
    id: E.studentInterview,
    name: 'Student Voices: Why Biology?',
    description: 'A first-year student on choosing biology.',
    tags: 'interview, students',
    userId: U.student,
    seconds: 3 * MINUTE,
    topic: 'interview',
    daysAgo: 7,
    categories: [CAT.biology],
  },
  {
    id: E.spanishLecture,
    name: 'Biología Celular — Clase 1 (en español)',
    description: 'La estructura de la célula eucariota.',
    tags: 'biología, células',
    userId: U.lecturer,
    seconds: 10 * MINUTE,
    topic: 'spanishLecture',
    daysAgo: 18,
    categories: [CAT.cellBiology],
  },
  {
    id: E.otherPartnerIntro,
    name: 'Other Org: Company Introduction',
    description: 'Who we are.',
    tags: 'intro',
    userId: U.otherPartnerUser,
    seconds: 5 * MINUTE,
    topic: 'productDemo',
    partnerId: SEED.otherPartner,
    daysAgo: 40,
    categories: [CAT.otherPartnerMarketing],
  },
  {
    id: E.otherPartnerDemo,
    name: 'Other Org: Dashboard Demo',
    description: 'The new dashboard in 90 seconds.',
    tags: 'demo',
    userId: U.otherPartnerUser,
    seconds: 90,
    topic: 'productDemo',
    partnerId: SEED.otherPartner,
    daysAgo: 3,
  },
  {
    id: E.withoutActiveProfileVideo,
    name: 'Lakeside College: Campus Tour',
    description: 'A walk around the new campus.',
    tags: 'campus, tour',
    userId: U.withoutActiveProfileUser,
    seconds: 4 * MINUTE,
    topic: 'welcome',
    partnerId: SEED.partnerWithoutActiveProfile,
    daysAgo: 10,
  },
  {
    id: E.withoutCatalogItemsVideo,
    name: 'Hillcrest Academy: Open Day',
    description: 'Highlights of the spring open day.',
    tags: 'open day',
    userId: U.withoutCatalogItemsUser,
    seconds: 4 * MINUTE,
    topic: 'welcome',
    partnerId: SEED.partnerWithoutCatalogItems,
    daysAgo: 6,
  },
];

/** @type {Array<[number, string, number | null, number, number?]>} id, name, parent, partner, privacy (ALL) */
const CATEGORY_SEEDS = [
  [CAT.courses, 'Courses', null, SEED.partner],
  [CAT.biology, 'Biology', CAT.courses, SEED.partner],
  [CAT.cellBiology, 'Cell Biology', CAT.biology, SEED.partner],
  [CAT.genetics, 'Genetics', CAT.biology, SEED.partner],
  [CAT.chemistry, 'Chemistry', CAT.courses, SEED.partner],
  [CAT.events, 'Events', null, SEED.partner],
  [CAT.keynotes, 'Keynotes', CAT.events, SEED.partner, Privacy.MEMBERS_ONLY],
  [CAT.otherPartnerMarketing, 'Marketing', null, SEED.otherPartner],
];

/** Partner 1001's own role: reads REACH profiles and prices (KMC access), may not approve or export. */
const CONTENT_MANAGER_ROLE = {
  id: SEED.roles.contentManager,
  partnerId: SEED.partner,
  systemName: 'Content Manager',
  permissionNames: [Permission.BASE_USER_SESSION, Permission.KMC_ACCESS],
};
/**
 * Sandbox extension standing in for Kaltura's admin console, which sets REACH credit: a KS with
 * `setrole:<its id>` may update a profile's credit and usedCredit (demos top up credit with it).
 */
const REACH_CONSOLE_ROLE = {
  id: SEED.roles.reachConsole,
  partnerId: SEED.partner,
  systemName: 'REACH Console (sandbox)',
  permissionNames: ['*', Permission.REACH_ADMIN],
};

/**
 * @param {number} now unix seconds
 * @returns {Record<string, any>}
 */
export function createSeedState(now) {
  const time = Math.floor(now);
  /** @type {Record<string, any>} */
  const state = {
    version: 1,
    clockOffset: 0,
    nextId: {
      task: 10_000,
      category: 1000,
      export: 1,
      eventNotificationTemplate: 1001,
    },
    partners: Object.fromEntries(
      [
        [SEED.partner, 'Sandbox University', true],
        [SEED.otherPartner, 'Other Org', true],
        [SEED.partnerWithoutReach, 'No REACH Inc.', false],
        [SEED.partnerWithoutActiveProfile, 'Lakeside College', true],
        [SEED.partnerWithoutCatalogItems, 'Hillcrest Academy', true],
      ].map(([id, name, reachEnabled]) => {
        const secrets = SEED.secrets[/** @type {1001} */ (id)];
        // Entitlement as a MediaSpace account has it: the feature on, not enforced by default; sessions that
        // carry `enableentitlement` are held to it (access.js).
        const entitlement = { featureEntitlement: true, defaultEntitlementEnforcement: false };
        return [id, { id, name, adminSecret: secrets.admin, secret: secrets.user, reachEnabled, ...entitlement }];
      }),
    ),
    // Users with roles (kuser role ids): a session of theirs, USER or ADMIN, has their roles' permissions.
    // Everyone else gets the session type's default role (roles.js).
    users: Object.fromEntries(
      [
        [U.mediaTeam, ['Publisher Administrator']],
        [U.lecturer, [CONTENT_MANAGER_ROLE.systemName]],
      ].map(([userId, roleNames]) => [`${SEED.partner}:${userId}`, { partnerId: SEED.partner, id: userId, roleNames }]),
    ),
    userRoles: { [CONTENT_MANAGER_ROLE.id]: CONTENT_MANAGER_ROLE, [SEED.roles.reachConsole]: REACH_CONSOLE_ROLE },
    entries: {},
    flavorAssets: {},
    captionAssets: {},
    cuePoints: {},
    categories: {},
    categoryEntries: [],
    catalogItems: seedCatalogItems(time),
    partnerCatalogItems: seedPartnerCatalogItems(time),
    reachProfiles: seedProfiles(time),
    tasks: new Map(),
    exports: {},
    eventNotificationTemplates: seedTemplates(time),
    vendors: seedVendors(),
  };
  for (const seed of ENTRY_SEEDS) addEntry(state, seed, time);
  addCategories(state, time);
  addCaptionAssets(state);
  addTasks(state, time);
  seedAgents(state, time);
  return state;
}

/** @param {Record<string, any>} state @param {EntrySeed} seed @param {number} now */
function addEntry(state, seed, now) {
  const { id, seconds, mediaType = 1, status = '2', partnerId = SEED.partner } = seed;
  const isConverting = status !== '2';
  const createdAt = now - seed.daysAgo * DAY - 3600;
  const categoryIds = seed.categories ?? [];
  state.entries[id] = {
    objectType: 'KalturaMediaEntry',
    id,
    partnerId,
    name: seed.name,
    description: seed.description,
    tags: seed.tags,
    userId: seed.userId,
    creatorId: seed.userId,
    ...(seed.coEditors ? { entitledUsersEdit: seed.coEditors } : {}),
    status,
    moderationStatus: 6,
    type: '1',
    mediaType,
    msDuration: seconds * 1000,
    duration: seconds,
    rootEntryId: id,
    displayInSearch: 1,
    sourceType: '1',
    categoriesIds: categoryIds.join(','),
    categories: categoryIds.map((categoryId) => fullName(categoryId)).join(','),
    createdAt,
    updatedAt: createdAt,
    ...(mediaType === 1 ? { width: 1280, height: 720 } : {}),
    ...(seconds > 0 ? { _spokenTopic: seed.topic } : {}),
    // The platform turns an entry READY at `_readyAt` (sandbox clock).
    ...(isConverting ? { _readyAt: now + PROCESSING_ENTRY_READY_AFTER } : {}),
  };
  for (const categoryId of categoryIds)
    state.categoryEntries.push({ categoryId, entryId: id, partnerId, createdAt, status: 2 });
  if (status === '2' && mediaType !== 2)
    ensureSourceFlavor(state, state.entries[id], createdAt, { id: `${id}_src`, version: seed.sourceVersion ?? 1 });
}

/** @param {number} categoryId */
function fullName(categoryId) {
  const names = [];
  for (
    let current = CATEGORY_SEEDS.find(([id]) => id === categoryId);
    current;
    current = CATEGORY_SEEDS.find(([id]) => id === current?.[2])
  ) {
    names.unshift(current[1]);
  }
  return names.join('>');
}

/** @param {Record<string, any>} state @param {number} now */
function addCategories(state, now) {
  for (const [id, name, parentId, partnerId, privacy = Privacy.ALL] of CATEGORY_SEEDS) {
    const ancestors = [];
    for (
      let current = parentId;
      current !== null;
      current = CATEGORY_SEEDS.find(([other]) => other === current)?.[2] ?? null
    )
      ancestors.unshift(current);
    state.categories[id] = {
      objectType: 'KalturaCategory',
      id,
      partnerId,
      name,
      parentId: parentId ?? 0,
      depth: ancestors.length,
      fullName: fullName(id),
      fullIds: [...ancestors, id].join('>'),
      status: 2,
      privacy,
      createdAt: now - 365 * DAY,
      updatedAt: now - 365 * DAY,
    };
  }
}

/** @param {Record<string, any>} state */
function addCaptionAssets(state) {
  /** @type {Array<[string, string, string, number, number]>} id, entry, language, format, accuracy */
  const captions = [
    [SEED.captionAssets.seminarEnglish, E.seminar12, 'English', OutputFormat.SRT, 85],
    [SEED.captionAssets.spanishLectureSpanish, E.spanishLecture, 'Spanish', OutputFormat.SRT, 99],
    [SEED.captionAssets.otherPartnerIntroEnglish, E.otherPartnerIntro, 'English', OutputFormat.SRT, 88],
  ];
  for (const [id, entryId, language, format, accuracy] of captions) {
    const entry = state.entries[entryId];
    state.captionAssets[id] = captionAsset({
      id,
      entry,
      language,
      label: language,
      format,
      accuracy,
      cues: captionCues(transcriptOf(entry)),
      now: entry.createdAt + DAY,
      isDefault: true,
    });
  }
}

/**
 * @typedef {{ id: number, entryId: string, catalogItemId: number, profileId?: number, userId: string,
 *   minutesAgo: number, path: number[], extra?: Record<string, unknown>, input?: Record<string, unknown> }} TaskSeed
 *   `path`: the statuses the task went through, in order
 */

/** @param {Record<string, any>} state @param {number} now */
function addTasks(state, now) {
  const {
    PENDING,
    PROCESSING,
    READY,
    PENDING_MODERATION: MODERATION,
    REJECTED,
    ERROR,
    ABORTED,
    PENDING_ENTRY_READY,
    SCHEDULED,
  } = TaskStatus;
  /** @type {TaskSeed[]} */
  const seeds = [
    {
      id: T.ready,
      entryId: E.withTasks,
      catalogItemId: C.machineCaptionsEnglish,
      userId: U.professor,
      minutesAgo: 11 * 24 * 60,
      path: [PENDING, PROCESSING, READY],
    },
    {
      id: T.pending,
      entryId: E.withTasks,
      catalogItemId: C.humanCaptionsEnglish3Days,
      userId: U.professor,
      minutesAgo: 60,
      path: [PENDING],
      input: { notes: 'Speakers: Prof. Green and two lab assistants.' },
    },
    {
      id: T.processing,
      entryId: E.withTasks,
      catalogItemId: C.humanTranslationEnglishToSpanish,
      userId: U.professor,
      minutesAgo: 26 * 60,
      path: [PENDING, PROCESSING],
      input: {
        taskJobData: { objectType: 'KalturaTranslationVendorTaskData', captionAssetId: SEED.captionAssets.labEnglish },
      },
    },
    {
      id: T.pendingModeration,
      entryId: E.withTasks,
      catalogItemId: C.humanCaptionsEnglish1Day,
      profileId: P.moderated,
      userId: U.student,
      minutesAgo: 3 * 60,
      path: [MODERATION],
      input: { notes: 'For my revision notes, please.' },
    },
    {
      id: T.rejected,
      entryId: E.withTasks,
      catalogItemId: C.humanAudioDescriptionEnglish,
      profileId: P.moderated,
      userId: U.student,
      minutesAgo: 5 * 24 * 60,
      path: [MODERATION, REJECTED],
      extra: {
        moderatingUser: U.professor,
        errDescription: 'Audio description budget is reserved for public courses this term.',
      },
    },
    {
      id: T.error,
      entryId: E.withTasks,
      catalogItemId: C.machineCaptionsEnglishFlaky,
      userId: U.professor,
      minutesAgo: 4 * 24 * 60,
      path: [PENDING, PROCESSING, ERROR],
      extra: { errDescription: FLAKY_VENDOR_ERROR },
    },
    {
      id: T.aborted,
      entryId: E.withTasks,
      catalogItemId: C.machineDubbingEnglishToSpanish,
      userId: U.professor,
      minutesAgo: 2 * 24 * 60,
      path: [PENDING, ABORTED],
      extra: { errDescription: 'Ordered by mistake' },
    },
    {
      id: T.pendingEntryReady,
      entryId: E.processing,
      catalogItemId: C.machineChapteringEnglish,
      userId: U.mediaTeam,
      minutesAgo: 5,
      path: [PENDING_ENTRY_READY],
      extra: { creationMode: 2 },
    },
    {
      id: T.scheduled,
      entryId: E.withTasks,
      catalogItemId: C.machineIntelligentTaggingEnglish,
      userId: U.professor,
      minutesAgo: 30,
      path: [SCHEDULED],
    },
    {
      id: T.otherPartnerReady,
      entryId: E.otherPartnerIntro,
      catalogItemId: C.machineCaptionsEnglish,
      profileId: P.otherPartner,
      userId: U.otherPartnerUser,
      minutesAgo: 39 * 24 * 60,
      path: [PENDING, PROCESSING, READY],
    },
  ];
  for (const seed of seeds) addTask(state, seed, now);
  const readyTask = state.tasks.get(String(T.ready));
  const lab = state.entries[E.withTasks];
  state.captionAssets[SEED.captionAssets.labEnglish] = captionAsset({
    id: SEED.captionAssets.labEnglish,
    entry: lab,
    language: 'English',
    label: 'English',
    format: OutputFormat.VTT,
    accuracy: 86,
    cues: captionCues(transcriptOf(lab)),
    now: readyTask.finishTime,
    isDefault: true,
  });
  Object.assign(readyTask, { accuracy: 86, outputObjectId: SEED.captionAssets.labEnglish });
  Object.assign(state.tasks.get(String(T.otherPartnerReady)), {
    accuracy: 88,
    outputObjectId: SEED.captionAssets.otherPartnerIntroEnglish,
  });
}

/** @param {Record<string, any>} state @param {TaskSeed} seed @param {number} now */
function addTask(state, seed, now) {
  const entry = state.entries[seed.entryId];
  const item = state.catalogItems[seed.catalogItemId];
  const profile = state.reachProfiles[seed.profileId ?? SEED.profiles.default];
  const unitsUsed = pricingUnits(item, {}, entry);
  const createdAt = now - seed.minutesAgo * MINUTE;
  const task = createTaskRecord({
    id: seed.id,
    entry,
    item,
    profile,
    userId: seed.userId,
    now: createdAt,
    version: state.flavorAssets[`${entry.id}_src`]?.version ?? 0,
    price: taskPrice(item, unitsUsed),
    unitsUsed,
    input: seed.input,
  });
  state.tasks.set(task.id, task);
  // Walk the task through its history at plausible moments, so timestamps and credit add up.
  const step = (seed.minutesAgo * MINUTE) / (seed.path.length + 1);
  seed.path.forEach((status, index) => changeStatus(state, task, status, createdAt + index * step));
  Object.assign(task, seed.extra);
  if (task.status === TaskStatus.PENDING || task.status === TaskStatus.PROCESSING) {
    // Human vendors on seeded tasks work to the real turnaround time (advance the clock to see them finish).
    task._vendor = {
      processingAt: task.status === TaskStatus.PENDING ? now + 2 * 3600 : task.queueTime,
      readyAt: task.expectedFinishTime,
      fails: false,
    };
  }
  if (task.status !== TaskStatus.PENDING && task.status !== TaskStatus.PROCESSING) delete task._vendor;
}

/** The system templates and partner 1001's active clone of "Entry Tags Equals". @param {number} now */
function seedTemplates(now) {
  const templates = systemTemplates(now);
  const tagsEquals = templates[SEED.templates.entryTagsEquals];
  const clone = structuredClone(tagsEquals);
  Object.assign(clone, {
    id: SEED.templates.needsCaptionsTag,
    partnerId: SEED.partner,
    name: 'Tagged needs-captions',
    systemName: 'NEEDS_CAPTIONS_TAG',
    status: TemplateStatus.ACTIVE,
    createdAt: now - 90 * DAY,
    updatedAt: now - 90 * DAY,
  });
  clone.userParameters[0].value.value = 'needs-captions';
  return { ...templates, [clone.id]: clone };
}

/** @param {number} now */
function seedProfiles(now) {
  const startOfYear = Date.UTC(new Date(now * 1000).getUTCFullYear(), 0, 1) / 1000;
  const base = {
    objectType: 'KalturaReachProfile',
    partnerId: SEED.partner,
    createdAt: now - 400 * DAY,
    updatedAt: now - 30 * DAY,
    status: ReachProfileStatus.ACTIVE,
    profileType: 2,
    defaultOutputFormat: OutputFormat.SRT,
    enableMachineModeration: false,
    enableHumanModeration: false,
    autoDisplayMachineCaptionsOnPlayer: true,
    autoDisplayHumanCaptionsOnPlayer: true,
    enableMetadataExtraction: true,
    enableSpeakerChangeIndication: false,
    enableAudioTags: false,
    enableProfanityRemoval: true,
    maxCharactersPerCaptionLine: 42,
    labelAdditionForMachineServiceType: '(auto)',
    labelAdditionForHumanServiceType: '',
    contentDeletionPolicy: 1,
    rules: [],
    usedCredit: 0,
    dictionaries: [],
    flavorParamsIds: '',
    vendorTaskProcessingRegion: 1,
  };
  const timeRange = (/** @type {number} */ credit, /** @type {number} */ from, /** @type {number} */ to) => ({
    objectType: 'KalturaTimeRangeVendorCredit',
    credit,
    fromDate: from,
    toDate: to,
    overageCredit: 0,
    addOn: 0,
  });
  const endOfYear = Date.UTC(new Date(now * 1000).getUTCFullYear(), 11, 31, 23, 59, 59) / 1000;
  const profiles = [
    {
      ...base,
      id: P.default,
      name: 'University — Default',
      credit: timeRange(5000, startOfYear, endOfYear),
      usedCredit: 250,
      dictionaries: [
        {
          objectType: 'KalturaDictionary',
          language: 'English',
          data: 'mitochondria\nchloroplast\nendosymbiosis\nMargulis\nRubisco\nthylakoid',
        },
        { objectType: 'KalturaDictionary', language: 'Spanish', data: 'mitocondria\ncloroplasto\neucariota' },
      ],
      rules: [
        {
          objectType: 'KalturaRule',
          description: 'Caption every keynote',
          conditions: [{ objectType: 'KalturaCategoryEntryCondition', not: false, categoryId: CAT.keynotes }],
          actions: [
            {
              objectType: 'KalturaAddEntryVendorTaskAction',
              catalogItemIds: String(C.machineCaptionsEnglish),
              entryObjectType: 1,
            },
          ],
          stopProcessing: false,
        },
        {
          objectType: 'KalturaRule',
          description: 'Biology: captions and chapters, nothing more',
          conditions: [{ objectType: 'KalturaCategoryEntryCondition', not: false, categoryId: CAT.biology }],
          actions: [
            {
              objectType: 'KalturaAddEntryVendorTaskAction',
              catalogItemIds: `${C.machineCaptionsEnglish},${C.machineChapteringEnglish}`,
              entryObjectType: 1,
            },
          ],
          stopProcessing: true,
        },
      ],
    },
    {
      ...base,
      id: P.moderated,
      name: 'Faculty of Medicine — Moderated',
      enableMachineModeration: true,
      enableHumanModeration: true,
      credit: {
        objectType: 'KalturaReoccurringVendorCredit',
        credit: 1000,
        fromDate: startOfYear,
        toDate: endOfYear,
        overageCredit: 100,
        addOn: 0,
        frequency: 'month',
      },
      usedCredit: 120,
    },
    {
      ...base,
      id: P.nearlyOutOfCredit,
      name: 'Continuing Education',
      credit: timeRange(100, startOfYear, endOfYear),
      usedCredit: 98.5,
    },
    {
      ...base,
      id: P.expired,
      name: 'Pilot Programme (ended)',
      profileType: 1,
      credit: timeRange(500, now - 400 * DAY, now - 35 * DAY),
      usedCredit: 410,
    },
    {
      ...base,
      id: P.disabled,
      name: 'Legacy Profile',
      status: ReachProfileStatus.DISABLED,
      credit: timeRange(1000, startOfYear, endOfYear),
    },
    {
      ...base,
      id: P.unlimited,
      name: 'Research Office — Unlimited',
      credit: { objectType: 'KalturaUnlimitedVendorCredit', credit: -9999, fromDate: startOfYear },
      rules: [
        {
          objectType: 'KalturaRule',
          description: 'Caption what is tagged needs-captions',
          conditions: [
            {
              objectType: 'KalturaBooleanEventNotificationCondition',
              not: false,
              booleanEventNotificationIds: String(SEED.templates.needsCaptionsTag),
            },
          ],
          actions: [
            {
              objectType: 'KalturaAddEntryVendorTaskAction',
              catalogItemIds: String(C.machineCaptionsEnglish),
              entryObjectType: 1,
            },
          ],
        },
      ],
    },
    {
      ...base,
      id: P.otherPartner,
      partnerId: SEED.otherPartner,
      name: 'Other Org — Default',
      credit: timeRange(1000, startOfYear, endOfYear),
      usedCredit: 40,
    },
    {
      ...base,
      id: P.withoutActiveProfileDisabled,
      partnerId: SEED.partnerWithoutActiveProfile,
      name: 'Lakeside — Paused',
      status: ReachProfileStatus.DISABLED,
      credit: timeRange(500, startOfYear, endOfYear),
    },
    {
      ...base,
      id: P.withoutCatalogItems,
      partnerId: SEED.partnerWithoutCatalogItems,
      name: 'Hillcrest — Default',
      credit: timeRange(500, startOfYear, endOfYear),
    },
  ];
  // Recurring credit starts in its current period (so the first API call finds nothing to sync).
  for (const profile of profiles) syncCreditPeriod(profile, now);
  return Object.fromEntries(profiles.map((profile) => [profile.id, profile]));
}
