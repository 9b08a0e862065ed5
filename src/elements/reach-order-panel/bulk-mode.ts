// The order panel's bulk order, loaded the first time a panel has no entry of its own: a page that orders
// for one entry does not download it, nor the media picker and the row window it uses.
import { mediaPickerStyles } from '../shared/media-picker/media-picker.js';
import { bulkStyles } from './bulk.styles.js';

export { BulkOrderController } from './bulk-order-controller.js';
export { renderBulk, renderPickEntries } from './bulk-order.js';

/** Added to the panel's shadow root when the bulk order is loaded. */
export const bulkModeStyles = [mediaPickerStyles, bulkStyles];
