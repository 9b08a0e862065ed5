// @ts-check
/**
 * Download URLs as Kaltura signs them (kaltura-rules §5.10): the URL carries, in its path, a KS of the
 * file's partner made for that one file — a USER session without a user whose privileges name the file —
 * valid for a day. The file is served to a session of the partner that owns it holding such a privilege, and
 * to nobody else.
 */
import { createKs, SessionType } from './ks.js';
import { RawResponse } from './registry.js';

/** asset::getDownloadUrl and the CSV e-mail both sign for a day. */
const DOWNLOAD_KS_SECONDS = 86_400;
/** kSessionBase::generateSession rounds the expiry of an asset download KS up to five minutes. */
const ASSET_KS_ROUNDING_SECONDS = 300;

/**
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {string} privileges
 * @param {boolean} [forAsset]
 */
function downloadKs(ctx, privileges, forAsset = false) {
  const partner = ctx.state.partners[String(ctx.partnerId)];
  const expiry = ctx.clock.now() + DOWNLOAD_KS_SECONDS;
  return createKs({
    partnerId: Number(ctx.partnerId),
    adminSecret: partner.adminSecret,
    userId: '',
    type: SessionType.USER,
    expiry: forAsset ? Math.ceil(expiry / ASSET_KS_ROUNDING_SECONDS) * ASSET_KS_ROUNDING_SECONDS : expiry,
    privileges,
  });
}

/**
 * captionAsset.getUrl: CaptionAsset's serve path with the KS asset::getDownloadUrlWithExpiry makes.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {{ id: string, entryId: string }} caption
 */
export function captionDownloadUrl(ctx, caption) {
  const { id, entryId } = caption;
  const privileges = `download:${entryId},disableentitlementforentry:${entryId},sview:${entryId},downloadasset:${id}`;
  const ks = downloadKs(ctx, privileges, true);
  return `${ctx.baseUrl}/api_v3/index.php/service/caption_captionAsset/action/serve/captionAssetId/${id}/ks/${ks}`;
}

/**
 * The link of an exported CSV (kFlowHelper::createCsvDownloadUrl): exportCsv.serveCsv with a KS whose
 * `download` privilege names the file.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {string} fileName `<id>.csv`
 */
export function csvDownloadUrl(ctx, fileName) {
  const ks = downloadKs(ctx, `download:${fileName}`);
  return `${ctx.baseUrl}/api_v3/index.php/service/exportCsv/action/serveCsv/ks/${ks}/id/${fileName}`;
}

/**
 * Whether the session may download the named file (ks::verifyPrivileges): its `download` privilege names
 * the file or `*`, or its privileges are `*`. An ADMIN session without one is refused too (the server's
 * comment says otherwise; its code does not look at the session type).
 * @param {import('./dispatch.js').KsContext | null} ks
 * @param {string} name
 */
export function mayDownload(ks, name) {
  if (!ks) return false;
  const named = ks.privileges.get('download') ?? [];
  return ks.privileges.has('*') || named.includes('*') || named.includes(name);
}

/**
 * What a file download answers when Kaltura's KExternalErrors::dieError stops it: HTTP 200, no body, the
 * error in `X-Kaltura` headers.
 * @param {3 | 5} code 3 ACCESS_CONTROL_RESTRICTED, 5 FILE_NOT_FOUND
 */
export function externalError(code) {
  const description = code === 3 ? 'entry restricted due to access-control' : 'required file was not found';
  return new RawResponse('', 'text/plain; charset=utf-8', {
    'X-Kaltura': `error-${code}`,
    'X-Kaltura-App': `exiting on error ${code} - ${description}`,
  });
}
