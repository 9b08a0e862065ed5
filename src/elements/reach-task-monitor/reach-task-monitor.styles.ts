import { css } from 'lit';

export const monitorStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .top h2 {
    margin: 0;
  }
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
  /* Nothing listed is not a warning: a calm panel, with the way to order when a panel is on the page. */
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
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
  .form-actions,
  .actions,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .tasks {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
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
  .task {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .task > * {
    margin: 0;
  }
  .task.status-2 {
    border-inline-start-color: var(--_success);
  }
  .task.status-5,
  .task.status-6 {
    border-inline-start-color: var(--_danger);
  }
  .task.status-4 {
    border-inline-start-color: var(--_warning);
  }
  .task.status-1,
  .task.status-3,
  .task.status-8,
  .task.status-9 {
    border-inline-start-color: var(--_accent);
  }
  .task-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .title {
    flex: 1 1 10em;
    margin: 0;
    font-size: 1em;
  }
  .badge {
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }

  .status-2 .badge {
    color: var(--_success);
  }
  .status-5 .badge,
  .status-6 .badge {
    color: var(--_danger);
  }
  .status-4 .badge {
    color: var(--_warning);
  }
  .toggle {
    margin-inline-start: auto;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta > span:not(:last-child)::after {
    content: '·';
    margin-inline-start: var(--_space);
  }
  .entry {
    font-weight: 600;
  }
  .progress {
    display: grid;
    gap: 2px;
  }
  progress {
    inline-size: 100%;
    block-size: 0.6em;
    accent-color: var(--_accent);
  }
  .details {
    display: grid;
    gap: var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
  }
  .confirm p,
  .confirm .field {
    margin: 0;
  }
  textarea {
    resize: vertical;
  }
  .output-panel {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .chapters,
  .clips,
  .prose {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .prose {
    white-space: pre-wrap;
  }
  .clock {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
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
  @container (min-width: 1400px) {
    .task {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 2);
    }
    .task > * {
      grid-column: 1 / -1;
    }
    .task > .meta {
      grid-column: 1;
    }
    .task > .progress {
      grid-column: 2;
    }
  }
`;
