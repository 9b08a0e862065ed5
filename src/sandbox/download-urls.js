// @ts-check
/**
 * Download URLs as Kaltura signs them (kaltura-rules §5.10): the URL carries, in its path, a KS of the
 * file's partner made for that one file — a USER session without a user whose privileges name the file —
 * valid for a day. The file is served to a session of the partner that owns it holding such a privilege, and
 * to nobody else. A media clip's flavor URL is the exception: Kaltura hands out an unsigned serveFlavor URL.
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
 * The KS asset::getDownloadUrlWithExpiry puts in an asset's download URL.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {{ id: string, entryId: string }} asset
 */
function assetKs(ctx, { id, entryId }) {
  const privileges = `download:${entryId},disableentitlementforentry:${entryId},sview:${entryId},downloadasset:${id}`;
  return downloadKs(ctx, privileges, true);
}

/**
 * captionAsset.getUrl: CaptionAsset's serve path with the KS asset::getDownloadUrlWithExpiry makes.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {{ id: string, entryId: string }} caption
 */
export function captionDownloadUrl(ctx, caption) {
  const serve = `${ctx.baseUrl}/api_v3/index.php/service/caption_captionAsset/action/serve`;
  return `${serve}/captionAssetId/${caption.id}/ks/${assetKs(ctx, caption)}`;
}

/**
 * A flavor's download URL (asset::getDownloadUrl): the partner's `download` path with the asset's KS.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {{ id: string, entryId: string, partnerId: number }} flavor
 */
export function flavorDownloadUrl(ctx, flavor) {
  const { id, entryId, partnerId } = flavor;
  const ks = assetKs(ctx, flavor);
  return `${ctx.baseUrl}/p/${partnerId}/sp/${partnerId}00/download/entry_id/${entryId}/flavor/${id}/ks/${ks}`;
}

/**
 * A media clip's flavor URL (flavorAsset::getServeFlavorUrl through the partner's HTTP delivery profile):
 * serveFlavor with the file's name, and no KS — Kaltura protects it with the delivery profile's URL token and
 * the entry's access control, not with a session.
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {Record<string, any>} flavor
 * @param {Record<string, any>} entry
 */
export function serveFlavorUrl(ctx, flavor, entry) {
  const extension = flavor.fileExt ?? 'webm';
  const version = flavor.version ? `/v/${flavor.version}` : '';
  // kString::keepOnlyValidUrlChars keeps the name readable; the sandbox keeps letters, digits and . _ - only.
  const fileName = `${String(entry.name ?? '').replace(/[^\w.-]+/g, '') || entry.id}.${extension}`;
  return (
    `${ctx.baseUrl}/p/${flavor.partnerId}/sp/${flavor.partnerId}00/serveFlavor/entryId/${entry.id}${version}` +
    `/flavorId/${flavor.id}/fileName/${fileName}/name/a.${extension}`
  );
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

/** KExternalErrors codes the file routes answer with, and their descriptions. */
const EXTERNAL_ERRORS = {
  1: 'requested entry not found',
  3: 'entry restricted due to access-control',
  5: 'required file was not found',
  6: 'requested flavor was not found',
  7: 'ks is not valid',
};

/**
 * What a file download answers when Kaltura's KExternalErrors::dieError stops it: HTTP 200, no body, the
 * error in `X-Kaltura` headers.
 * @param {keyof typeof EXTERNAL_ERRORS} code 1 ENTRY_NOT_FOUND, 3 ACCESS_CONTROL_RESTRICTED, 5 FILE_NOT_FOUND,
 *   6 FLAVOR_NOT_FOUND, 7 INVALID_KS
 */
export function externalError(code) {
  const description = EXTERNAL_ERRORS[code];
  return new RawResponse('', 'text/plain; charset=utf-8', {
    'X-Kaltura': `error-${code}`,
    'X-Kaltura-App': `exiting on error ${code} - ${description}`,
  });
}
