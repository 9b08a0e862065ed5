// @ts-check
/**
 * Named ids of the seeded sandbox data. Pure data with no Node imports, so browser tests can import it.
 * Seeded timestamps are relative to the moment the state is created; ids never change.
 */
export const SEED = /** @type {const} */ ({
  partner: 1001,
  /** REACH enabled, with its own small data set, to prove isolation. */
  otherPartner: 2002,
  /** REACH not enabled: every reach_* call answers FEATURE_FORBIDDEN. */
  partnerWithoutReach: 3003,
  /** REACH enabled with catalog items, but its only REACH profile is DISABLED: orders answer REACH_PROFILE_NOT_FOUND. */
  partnerWithoutActiveProfile: 4004,
  /** REACH enabled with an ACTIVE profile, but no catalog item enabled: orders answer CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT. */
  partnerWithoutCatalogItems: 5005,
  secrets: {
    1001: { admin: 'sandbox-admin-1001', user: 'sandbox-user-1001' },
    2002: { admin: 'sandbox-admin-2002', user: 'sandbox-user-2002' },
    3003: { admin: 'sandbox-admin-3003', user: 'sandbox-user-3003' },
    4004: { admin: 'sandbox-admin-4004', user: 'sandbox-user-4004' },
    5005: { admin: 'sandbox-admin-5005', user: 'sandbox-user-5005' },
  },
  users: {
    professor: 'prof.green@sandbox.edu',
    lecturer: 'dr.patel@sandbox.edu',
    student: 'student.lee@sandbox.edu',
    mediaTeam: 'media.team@sandbox.edu',
    otherPartnerUser: 'owner@other-org.example',
    withoutActiveProfileUser: 'media@lakeside.example',
    withoutCatalogItemsUser: 'media@hillcrest.example',
  },

  /** Partner 1001's roles (the system ones are named in roles.js). Users with roles: mediaTeam is a Publisher
   * Administrator, lecturer a Content Manager; student and professor have none (their session type decides). */
  roles: {
    /** Reads REACH profiles and prices (KMC_ACCESS); may not approve, reject or export. */
    contentManager: 9001,
    /** Sandbox stand-in for the admin console: `setrole:9002` may set a profile's credit and usedCredit. */
    reachConsole: 9002,
  },

  entries: {
    /** 45 min video lecture with a full transcript; owner: professor. */
    lecture45: '0_lec45bio',
    /** 12 min video seminar, has an English caption asset (translation source); owner: lecturer. */
    seminar12: '0_sem12pho',
    /** 30 min keynote video, good for clips; owner: media team. */
    keynote30: '0_key30cli',
    /** 2 min 05 s video (125 000 ms): per-minute prices round up to 3 minutes; owner: professor. */
    welcome: '0_welcome1',
    /** 8 s video: too short for captions, translation and audio services; owner: media team. */
    teaser8: '0_teaser08',
    /** 20 min audio-only podcast; owner: lecturer. */
    podcast20: '0_podcst20',
    /** An image: most services refuse it (FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY). */
    diagram: '0_diagram1',
    /** Still converting (status "1" PRECONVERT) until 15 min after the seed: ordering answers ENTRY_NOT_READY. */
    processing: '0_upload01',
    /** 6 min video with seeded tasks in every status (see `tasks`); owner: professor. */
    withTasks: '0_genlab06',
    /** 3 min video owned by the student (for USER KS ownership checks). */
    studentInterview: '0_intv0312',
    /** 10 min Spanish-language lecture with a Spanish caption asset. */
    spanishLecture: '0_esp10cel',
    /** Partner 2002's entries. */
    otherPartnerIntro: '0_p2intro1',
    otherPartnerDemo: '0_p2demo01',
    /** Partner 4004's ready 4 min video. */
    withoutActiveProfileVideo: '0_p4video1',
    /** Partner 5005's ready 4 min video. */
    withoutCatalogItemsVideo: '0_p5video1',
  },

  captionAssets: {
    /** English SRT on seminar12 (machine, 85 %). */
    seminarEnglish: '0_capsem12',
    /** English VTT on withTasks (output of the seeded READY task). */
    labEnglish: '0_caplab06',
    /** Spanish SRT on spanishLecture. */
    spanishLectureSpanish: '0_capesp10',
    /** Partner 2002: English SRT on otherPartnerIntro. */
    otherPartnerIntroEnglish: '0_capp2in1',
  },

  categories: {
    courses: 701,
    biology: 702,
    cellBiology: 703,
    genetics: 704,
    chemistry: 705,
    events: 706,
    keynotes: 707,
    /** Partner 2002's only category. */
    otherPartnerMarketing: 801,
  },

  profiles: {
    /** ACTIVE, no moderation, comfortable time-range credit: the default profile of most catalog items. */
    default: 201,
    /** ACTIVE, machine and human moderation on, monthly recurring credit. */
    moderated: 202,
    /** ACTIVE, 100 credits of which 98.5 are used. */
    nearlyOutOfCredit: 203,
    /** ACTIVE, but its credit period ended last month: paid orders answer CREDIT_EXPIRED. */
    expired: 204,
    /** DISABLED: ordering with it answers REACH_PROFILE_NOT_FOUND. */
    disabled: 205,
    /** ACTIVE, unlimited credit. */
    unlimited: 206,
    /** Partner 2002's profile. */
    otherPartner: 301,
    /** Partner 4004's only profile: DISABLED (the default profile of its catalog items). */
    withoutActiveProfileDisabled: 401,
    /** Partner 5005's only profile: ACTIVE. */
    withoutCatalogItems: 501,
  },

  catalog: {
    machineCaptionsEnglish: 30101,
    machineCaptionsSpanish: 30102,
    machineCaptionsFrench: 30103,
    machineCaptionsGerman: 30104,
    machineCaptionsItalian: 30105,
    machineCaptionsPortuguese: 30106,
    machineCaptionsDutch: 30107,
    machineCaptionsJapanese: 30108,
    machineCaptionsKorean: 30109,
    machineCaptionsChinese: 30110,
    machineCaptionsArabic: 30111,
    machineCaptionsHebrew: 30112,
    machineCaptionsRussian: 30113,
    machineCaptionsHindi: 30114,
    /** Free (pricePerUnit 0) English machine captions, allowResubmission. */
    machineCaptionsEnglishResubmittable: 30115,
    /** Deterministically flaky vendor: the 1st, 3rd, 5th … task fails with an errDescription. */
    machineCaptionsEnglishFlaky: 30116,
    humanCaptionsEnglish1Day: 30121,
    humanCaptionsEnglish3Days: 30122,
    /** fixedPriceAddons 5 (speaker identification). */
    humanCaptionsEnglish5DaysSpeakerId: 30123,
    humanCaptionsSpanish: 30124,
    machineTranslationEnglishToSpanish: 30131,
    machineTranslationEnglishToFrench: 30132,
    machineTranslationEnglishToGerman: 30133,
    machineTranslationEnglishToJapanese: 30134,
    machineTranslationSpanishToEnglish: 30135,
    /** Translates straight from the audio: requireSource false. */
    machineTranslationEnglishToHebrewFromAudio: 30136,
    humanTranslationEnglishToSpanish: 30137,
    humanTranslationEnglishToFrench: 30138,
    machineAlignmentEnglish: 30141,
    machineAudioDescriptionEnglish: 30151,
    humanAudioDescriptionEnglish: 30152,
    machineExtendedAudioDescriptionEnglish: 30153,
    humanExtendedAudioDescriptionEnglish: 30154,
    machineChapteringEnglish: 30161,
    humanChapteringEnglish: 30162,
    machineDubbingEnglishToSpanish: 30171,
    machineDubbingEnglishToFrench: 30172,
    humanDubbingEnglishToSpanish: 30173,
    /**
     * The flaky clips item: machine clips (English) from a deterministically flaky vendor — the 1st, 3rd, 5th …
     * task fails with an errDescription and its credit is refunded. Its id sorts below `machineClipsEnglish`, so
     * lists in the default `-id` order still offer the reliable clips item first.
     */
    machineClipsEnglishFlaky: 30180,
    machineClipsEnglish: 30181,
    machineQuizEnglish: 30191,
    machineSummaryEnglish: 30201,
    machineVideoAnalysisOcr: 30211,
    machineModeration: 30221,
    machineMetadataEnrichmentEnglish: 30231,
    machineIntelligentTaggingEnglish: 30241,
    /** Pay-per-use, priced per token: price is set when the task becomes READY. */
    machineSentimentAnalysisPayPerUse: 30251,
    humanSignLanguageAsl: 30261,
    humanSignLanguageBsl: 30262,
    machineDocumentEnrichment: 30271,
    /** DEPRECATED but still enabled for partner 1001 (still orderable). */
    deprecatedMachineCaptionsEnglish: 30291,
    /** Exists, but enabled only for partner 2002: CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT for 1001. */
    notEnabledHumanCaptionsGerman: 30292,
    /** DELETED: hidden everywhere, CATALOG_ITEM_NOT_FOUND. */
    deletedMachineCaptionsEnglish: 30293,
  },

  /**
   * Seeded tasks on `entries.withTasks`, one per status (the ABORTED one is hidden from get/list), except
   * PENDING_ENTRY_READY, which waits on `entries.processing`. The PENDING and PROCESSING ones are human
   * tasks whose vendor works to the real turnaround time: advance the clock to see them finish.
   */
  /**
   * Boolean event notification templates. The system ones (partner 0) are DISABLED, as Kaltura installs
   * them; partner 1001 has an ACTIVE clone of `entryTagsEquals` that the unlimited profile's rule uses.
   */
  templates: {
    /** System "Entry Tags Equals": a tag of `trigger_tags` was added to an entry. */
    entryTagsEquals: 101,
    /** System "Entry Ready" (a sandbox addition): an entry became READY. */
    entryReady: 102,
    /** Partner 1001's ACTIVE clone of entryTagsEquals with trigger_tags "needs-captions". */
    needsCaptionsTag: 1000,
  },

  tasks: {
    pending: 9001,
    ready: 9002,
    processing: 9003,
    pendingModeration: 9004,
    rejected: 9005,
    error: 9006,
    aborted: 9007,
    pendingEntryReady: 9008,
    scheduled: 9009,
    /** Partner 2002's READY task on otherPartnerIntro. */
    otherPartnerReady: 9101,
  },

  /** Agents Manager objects (seed/agents.js). Each agent has a trigger and actions of its own. */
  agents: {
    /** ENTRY_READY, Disabled: English machine captions on every upload once activated. */
    uploadCaptions: 'agent-upload-captions',
    /** ENTRY_ADDED_TO_CATEGORY Biology incl. subcategories, Enabled: English machine captions. */
    biologyCaptions: 'agent-biology-captions',
    /** ENTRY_ADDED_TO_CATEGORY Genetics only, Enabled: English human captions (3 days). */
    geneticsHumanCaptions: 'agent-genetics-human-captions',
    /** RUN_ON_DEMAND, Enabled: English machine captions, then English → Spanish machine translation (profile `unlimited`). */
    onDemand: 'agent-on-demand-accessibility',
    /** ENTRY_ADDED_TO_CATEGORY Courses incl. subcategories, Disabled: captions from the flaky vendor. */
    coursesTrialVendor: 'agent-courses-trial-vendor',
    /** Partner 2002's RUN_ON_DEMAND agent (English machine captions). */
    otherPartnerOnDemand: 'agent-other-on-demand',
  },
  /** Seeded executions of partner 1001, one per status. */
  executions: {
    /** biologyCaptions on withTasks: its captions task is READY. */
    succeeded: 'execution-succeeded',
    /** geneticsHumanCaptions on withTasks: follows the PENDING human task (days of turnaround). */
    running: 'execution-running',
    /** coursesTrialVendor on withTasks: the flaky vendor's task ended in ERROR. */
    failed: 'execution-failed',
    /** onDemand on the diagram (an image): every step Skipped. */
    skipped: 'execution-skipped',
    /** onDemand on the converting entry: waits until it is READY, then orders. */
    pending: 'execution-pending',
  },
});
