// The monitor's account view (no entry-id): its word to a user session, its status chips and filter form, its list
// of every task (paged, windowed) with its selection and bulk moderation, loaded the first time a monitor shows it.
// A page that monitors one entry does not download it.
export { renderAccountBody } from './account-body.js';
export { AccountListController } from './account-list-controller.js';
export { accountViewStyles } from './account-view.styles.js';
export { BulkModerationController } from './bulk-moderation-controller.js';
export { renderFilterForm } from './filters.js';
export { renderRoleNotice } from './role-notice.js';
export { renderStatusChips } from './status-chips.js';
