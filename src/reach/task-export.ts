import type { ApiCall } from '../api/client.js';
import * as z from 'zod/mini';
import { apiCall } from './call.js';

/**
 * Sandbox extension, not Kaltura: the download URL of the newest CSV this session's user exported with
 * `exportTasksToCsv` (real Kaltura e-mails the file instead, and answers this call with
 * SERVICE_DOES_NOT_EXISTS). Null when there is none.
 */
export function getLatestCsvExportUrl(): ApiCall<string | null> {
  return apiCall('sandbox_csvexport', 'getLatestUrl', {}, z.nullable(z.string()));
}
