import { css } from 'lit';

/** The order panel for many entries: services, the pre-flight totals and lines, the progress. */
export const bulkStyles = css`
  .bulk,
  .pick-entries {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .bulk h3,
  .bulk h4,
  .pick-entries h3 {
    margin: 0;
  }
  .bulk > .link {
    justify-self: start;
  }
  .bulk-services {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .bulk-services .meta {
    margin: 0;
  }
  .bulk-totals > *,
  .bulk-progress > * {
    margin: 0;
  }
  .totals-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .totals-table th,
  .totals-table td {
    padding-block: calc(var(--_space) / 4);
    padding-inline: calc(var(--_space) / 2);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .totals-table thead th {
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .totals-table td {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .totals-table tfoot {
    border-block-start: 1px solid var(--_border);
    font-weight: 600;
  }
  #bulk-place,
  .bulk-progress .actions button {
    justify-self: start;
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .bulk-lines {
    block-size: var(--reach-bulk-list-height, 24rem);
    overflow: auto;
    scrollbar-gutter: stable;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .bulk-lines:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .bulk-line {
    box-sizing: border-box;
    block-size: 6.5rem;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
    overflow: hidden;
  }
  .bulk-line p {
    margin: 0;
    overflow: hidden;
  }
  .line-head {
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .line-state {
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    font-size: 0.9em;
  }
  .bulk-line.refused,
  .bulk-line.failed,
  .bulk-line.unknown {
    border-inline-start-color: var(--_danger);
  }
  .bulk-line.refused .line-state {
    color: var(--_muted);
  }
  .bulk-line.created {
    border-inline-start-color: var(--_success);
  }
  .pick-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .pick-count {
    font-weight: 600;
  }
`;
