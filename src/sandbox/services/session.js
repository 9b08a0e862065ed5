// @ts-check
/** session.start / get / end: real KS v2 signed with the partner's admin secret. */
import { ApiError } from '../errors.js';
import { createKs, crackKs, ksFingerprint, SessionType } from '../ks.js';
import { defineClass, defineEnum, defineService, fields } from '../registry.js';

const DEFAULT_EXPIRY_SECONDS = 86400;

defineEnum('KalturaSessionType', 'int', SessionType);
defineClass('KalturaSessionInfo', {
  props: fields({
    ks: 'string ro',
    sessionType: 'enum:KalturaSessionType ro',
    partnerId: 'int ro',
    userId: 'string ro',
    expiry: 'int ro',
    privileges: 'string ro',
  }),
});

defineService('session', {
  actions: {
    start: {
      ks: 'none',
      params: [
        { name: 'secret', type: 'string' },
        { name: 'userId', type: 'string', default: '' },
        { name: 'type', type: 'enum:KalturaSessionType', default: SessionType.USER },
        { name: 'partnerId', type: 'int', default: null },
        { name: 'expiry', type: 'int', default: DEFAULT_EXPIRY_SECONDS },
        { name: 'privileges', type: 'string', default: '' },
      ],
      /** ADMIN needs the admin secret; USER accepts the user secret or the admin secret. */
      run(ctx, { secret, userId, type, partnerId, expiry, privileges }) {
        const partner = partnerId === null ? undefined : ctx.state.partners[String(partnerId)];
        if (!partner) throw new ApiError('START_SESSION_ERROR', { PID: partnerId ?? '' });
        const accepted = type === SessionType.ADMIN ? [partner.adminSecret] : [partner.adminSecret, partner.secret];
        if (!accepted.includes(secret)) throw new ApiError('START_SESSION_ERROR', { PID: partnerId });
        // Capped by the partner's ksMaxExpiryInSeconds (a day when unset, Partner::validateSecret).
        const lifetime = Math.min(
          expiry > 0 ? expiry : DEFAULT_EXPIRY_SECONDS,
          partner.ksMaxExpiryInSeconds || DEFAULT_EXPIRY_SECONDS,
        );
        return createKs({
          partnerId: partner.id,
          adminSecret: partner.adminSecret,
          userId,
          type,
          expiry: Math.floor(ctx.clock.now()) + lifetime,
          privileges,
        });
      },
    },
    get: {
      params: [{ name: 'session', type: 'string', optional: true }],
      run(ctx, { session }) {
        const info = session
          ? crackKs(session, (partnerId) => ctx.state.partners[String(partnerId)]?.adminSecret)
          : ctx.ks;
        if (!info || info.partnerId !== ctx.partnerId) {
          throw new ApiError('INVALID_KS', { KSID: session, ERR_CODE: '-1', ERR_DESC: 'INVALID_STR' });
        }
        return {
          objectType: 'KalturaSessionInfo',
          ks: session || ctx.ks?.text,
          sessionType: info.type,
          partnerId: info.partnerId,
          userId: info.userId,
          expiry: info.expiry,
          privileges: info.privilegesText,
        };
      },
    },
    end: {
      writes: true,
      run(ctx) {
        const ks = /** @type {import('../dispatch.js').KsContext} */ (ctx.ks);
        const now = ctx.clock.now();
        // An expired KS is refused anyway, so its logout record can go.
        for (const [fingerprint, expiry] of Object.entries(ctx.state.revokedSessions)) {
          if (expiry < now) delete ctx.state.revokedSessions[fingerprint];
        }
        ctx.state.revokedSessions[ksFingerprint(ks.text)] = ks.expiry;
        return null;
      },
    },
  },
});
