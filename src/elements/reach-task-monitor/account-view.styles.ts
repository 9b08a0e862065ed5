import { css } from 'lit';

/** The account view's filter form, status chips, selection bar and list (adopted when its part has loaded). */
export const accountViewStyles = css`
  .filters {
    display: grid;
    grid-template-columns: 1fr;
    align-items: start;
    gap: 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    margin-block-end: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .chip {
    border-radius: 999px;
    /* Pressed or not shows at once: a fading chip passes through colours that cannot be read. */
    transition: none;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip .count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .bulk {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .bulk p {
    margin: 0;
  }
  .bulk-outcome .failures {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .row .choose {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  .filters-toggle {
    margin-block-end: var(--_space);
  }
  .filters .problem,
  .filters .form-actions {
    grid-column: 1 / -1;
  }
  .scroller {
    block-size: var(--reach-monitor-list-height, 36rem);
    overflow: auto;
    /* A scrollbar that appears after the first rows would narrow them, re-wrap them and resize them again. */
    scrollbar-gutter: stable;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .master-detail {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .detail-pane {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .placeholder {
    display: none;
  }
  .detail-bar {
    display: flex;
    justify-content: flex-end;
  }
  /* Every row is exactly ROW_HEIGHT_REM (6.25rem) tall, so it grows with the user's font size: the list renders only the rows in view. */
  .row {
    display: grid;
    align-content: start;
    gap: 2px;
    inline-size: 100%;
    block-size: 6.25rem;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    overflow: hidden;
  }
  .row-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .row-head .title {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .row[aria-current='true'] {
    background: var(--_raised);
  }
  .row-line {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .open {
    min-block-size: 1.9em;
    padding-block: 0;
  }
  .row.status-2 {
    border-inline-start-color: var(--_success);
  }
  .row.status-5,
  .row.status-6 {
    border-inline-start-color: var(--_danger);
  }
  .row.status-4 {
    border-inline-start-color: var(--_warning);
  }
  .row.status-1,
  .row.status-3,
  .row.status-8,
  .row.status-9 {
    border-inline-start-color: var(--_accent);
  }
  .summary {
    margin-block: var(--_space);
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space);
  }
  @container (min-width: 640px) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    }
    .filters .search {
      grid-column: span 2;
    }
  }
  @container (min-width: 900px) {
    .master-detail {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .placeholder {
      display: block;
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .detail-pane {
      grid-column: 2;
      grid-row: 1;
      position: sticky;
      inset-block-start: 0;
    }
    .list-pane {
      grid-column: 1;
      grid-row: 1;
    }
  }
`;
