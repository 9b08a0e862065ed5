// The monitor's account view (no entry-id): its filter form, the list of every task with its selection and bulk
// moderation, loaded the first time a monitor shows it. A page that monitors one entry does not download it.
export { renderAccountList } from './account-list.js';
export { renderBulkModeration } from './bulk-moderation.js';
export { renderFilters } from './filters.js';
