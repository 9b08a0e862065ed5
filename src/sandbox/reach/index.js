// @ts-check
/** The REACH half of the sandbox: registers its enums, classes, errors and services on import. */
import { onClockTick } from '../registry.js';
import './enums.js';
import './classes.js';
import './errors.js';
import './catalog-service.js';
import './profile-service.js';
import './task-service.js';
import './rules.js';
import { syncCreditPeriod } from './credit.js';
import { advanceVendorWork } from './vendor.js';

// Credit periods and vendors move on the sandbox clock, evaluated before every API call.
onClockTick((ctx) => {
  const now = ctx.clock.now();
  for (const profile of Object.values(ctx.state.reachProfiles)) syncCreditPeriod(profile, now);
  advanceVendorWork(ctx.state, now);
});
