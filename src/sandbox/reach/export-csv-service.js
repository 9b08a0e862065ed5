// @ts-check
/**
 * exportCsv.serveCsv (api_v3 ExportCsvService), where the link of an exported task CSV leads
 * (kaltura-rules §5.10): the file of the session's partner, to a session allowed to download it.
 */
import { ApiError } from '../errors.js';
import { defineService, RawResponse } from '../registry.js';
import { externalError, mayDownload } from '../download-urls.js';

const CSV_FILE_NAME = /^\w+\.csv$/;

defineService('exportcsv', {
  actions: {
    serveCsv: {
      ks: 'required',
      params: [{ name: 'id', type: 'string' }],
      run(ctx, { id }) {
        if (!CSV_FILE_NAME.test(id)) throw new ApiError('INVALID_ID', { ID: id });
        if (!mayDownload(ctx.ks, id)) return externalError(3);
        // Files are kept per partner: another partner's name finds nothing.
        const exported = ctx.state.exports[id.slice(0, -'.csv'.length)];
        if (!exported || exported.partnerId !== ctx.partnerId) return externalError(5);
        return new RawResponse(exported.csv, 'text/csv; charset=utf-8');
      },
    },
  },
});
