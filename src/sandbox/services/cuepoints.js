// @ts-check
/** cuepoint_cuepoint.list: thumb cue points (chapters, slides) and quiz questions of an entry. */
import { findEntry } from '../access.js';
import { filterTests, listResponse, pageOf, sortByOrder } from '../lists.js';
import { defineClass, defineEnum, defineService, fields } from '../registry.js';
import { ThumbCuePointSubType } from '../../reach/wire-enums.js';

defineEnum('KalturaCuePointType', 'string', {
  AD: 'adCuePoint.Ad',
  ANNOTATION: 'annotation.Annotation',
  CODE: 'codeCuePoint.Code',
  EVENT: 'eventCuePoint.Event',
  QUIZ_ANSWER: 'quiz.QUIZ_ANSWER',
  QUIZ_QUESTION: 'quiz.QUIZ_QUESTION',
  THUMB: 'thumbCuePoint.Thumb',
});
defineEnum('KalturaCuePointStatus', 'int', { READY: 1, DELETED: 2, HANDLED: 3, PENDING: 4 });
defineEnum('KalturaThumbCuePointSubType', 'int', ThumbCuePointSubType);

defineClass('KalturaCuePoint', {
  abstract: true,
  props: fields({
    id: 'string ro',
    intId: 'int ro',
    cuePointType: 'enum:KalturaCuePointType ro',
    status: 'enum:KalturaCuePointStatus ro',
    entryId: 'string io',
    partnerId: 'int ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    triggeredAt: 'time',
    tags: 'string',
    startTime: 'int',
    userId: 'string',
    partnerData: 'string',
    partnerSortValue: 'int',
    forceStop: 'enum:KalturaNullableBoolean',
    thumbOffset: 'int',
    systemName: 'string',
    isMomentary: 'bool ro',
  }),
});
defineClass('KalturaThumbCuePoint', {
  parent: 'KalturaCuePoint',
  props: fields({
    assetId: 'string',
    title: 'string',
    description: 'string',
    subType: 'enum:KalturaThumbCuePointSubType',
    endTime: 'int',
  }),
});
defineClass('KalturaOptionalAnswer', {
  props: fields({ key: 'string', text: 'string', weight: 'float', isCorrect: 'enum:KalturaNullableBoolean' }),
});
defineClass('KalturaQuestionCuePoint', {
  parent: 'KalturaCuePoint',
  props: fields({
    optionalAnswers: 'array:KalturaOptionalAnswer',
    hint: 'string',
    question: 'string',
    explanation: 'string',
    questionType: 'int',
    presentationOrder: 'int',
    excludeFromScore: 'enum:KalturaNullableBoolean',
  }),
});
defineClass('KalturaCuePointListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaCuePoint' }),
});
defineClass('KalturaCuePointBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: fields({
    idEqual: 'string',
    idIn: 'string',
    cuePointTypeEqual: 'enum:KalturaCuePointType',
    cuePointTypeIn: 'string',
    statusEqual: 'enum:KalturaCuePointStatus',
    statusIn: 'string',
    entryIdEqual: 'string',
    entryIdIn: 'string',
    startTimeGreaterThanOrEqual: 'int',
    startTimeLessThanOrEqual: 'int',
  }),
});
defineClass('KalturaCuePointFilter', { parent: 'KalturaCuePointBaseFilter' });
defineClass('KalturaThumbCuePointFilter', {
  parent: 'KalturaCuePointFilter',
  props: fields({ subTypeEqual: 'int', subTypeIn: 'string' }),
});
defineClass('KalturaQuestionCuePointFilter', { parent: 'KalturaCuePointFilter' });

defineService('cuepoint_cuepoint', {
  actions: {
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaCuePointFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        const given = filter ?? {};
        const { equals, inList } = filterTests(given);
        const matches = Object.values(ctx.state.cuePoints).filter(
          (cuePoint) =>
            Number(cuePoint.partnerId) === ctx.partnerId &&
            findEntry(ctx, cuePoint.entryId) &&
            equals('idEqual', cuePoint.id) &&
            inList('idIn', cuePoint.id) &&
            equals('entryIdEqual', cuePoint.entryId) &&
            inList('entryIdIn', cuePoint.entryId) &&
            equals('cuePointTypeEqual', cuePoint.cuePointType) &&
            inList('cuePointTypeIn', cuePoint.cuePointType) &&
            equals('statusEqual', cuePoint.status ?? 1) &&
            inList('statusIn', cuePoint.status ?? 1) &&
            equals('subTypeEqual', cuePoint.subType) &&
            inList('subTypeIn', cuePoint.subType) &&
            (given.startTimeGreaterThanOrEqual === undefined ||
              Number(cuePoint.startTime) >= given.startTimeGreaterThanOrEqual) &&
            (given.startTimeLessThanOrEqual === undefined ||
              Number(cuePoint.startTime) <= given.startTimeLessThanOrEqual),
        );
        const ordered = sortByOrder(matches, given.orderBy || '+startTime', {
          startTime: (cuePoint) => Number(cuePoint.startTime ?? 0),
          createdAt: (cuePoint) => Number(cuePoint.createdAt ?? 0),
          partnerSortValue: (cuePoint) => Number(cuePoint.partnerSortValue ?? 0),
        });
        return listResponse('KalturaCuePointListResponse', pageOf(ordered, pager), matches.length);
      },
    },
  },
});
