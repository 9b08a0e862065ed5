// @ts-check
/** The REACH half of the sandbox: registers its enums, classes, errors and services on import. */
import { onClockTick } from '../registry.js';
import './enums.js';
import './classes.js';
import './errors.js';
import './catalog-service.js';
import './profile-service.js';
import './task-service.js';
import './export-csv-service.js';
import './rules.js';
import { syncCreditPeriod } from './credit.js';
import { advanceVendorWork } from './vendor.js';

// Credit periods and vendors move on the sandbox clock, evaluated before every API call. Only the calling
// partner's profiles are brought up to date (each in constant time): the others are when their partner calls,
// before anything can read them, so one partner's profiles never slow another's calls.
onClockTick((ctx) => {
  const now = ctx.clock.now();
  for (const profile of Object.values(ctx.state.reachProfiles))
    if (profile.partnerId === ctx.partnerId) syncCreditPeriod(profile, now);
  advanceVendorWork(ctx.state, now);
});
