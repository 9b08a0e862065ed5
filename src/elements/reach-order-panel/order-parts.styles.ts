import { css } from 'lit';

/**
 * What the order parts draw (the whole catalog and its search, the need steps after the need, a service's inputs,
 * the summary of what is chosen, the confirmation, the results): added to the panel's shadow root with them, after
 * reach-order-panel.styles.ts and need-steps.styles.ts.
 */
export const orderPartsStyles = css`
  .browse {
    display: grid;
    gap: var(--_space);
  }
  .filter-box > .filters {
    margin: 0;
    border: none;
  }
  .item.selected {
    border-color: var(--_accent);
    border-inline-start-width: 4px;
  }
  .price {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .unavailable .item {
    display: grid;
  }
  .unavailable summary {
    cursor: pointer;
    padding-block: calc(var(--_space) / 2);
  }
  .why {
    color: var(--_text);
  }
  .result.success {
    color: var(--_success);
  }
  .inputs {
    display: grid;
    gap: 0;
    padding-block-start: var(--_space);
    border-block-start: 1px dashed var(--_border);
  }
  .choices {
    margin: 0 0 var(--_space);
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  .choices legend {
    margin-block-end: calc(var(--_space) / 2);
    padding: 0;
  }
  .choices .check {
    margin-block-end: calc(var(--_space) / 2);
  }
  /* The fields to replace belong to the option above them. */
  .choices .choices {
    margin-block-end: 0;
    padding-inline-start: calc(1.1em + var(--_space));
  }
  .choices .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 1.5);
  }
  .field-error {
    margin: 0;
    font-size: 0.9em;
  }
  textarea {
    resize: vertical;
  }
  .chosen {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .chosen li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 var(--_space);
  }
  .chosen .detail {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .totals {
    margin-block-end: var(--_space);
  }
  /* Narrow: the sticky summary stays small; the services are listed in the confirmation. */
  .summary .chosen {
    display: none;
  }
  /* Keyboard focus scrolled into view is never hidden behind the sticky summary. */
  .catalog :is(input, select, textarea, button, summary) {
    scroll-margin-block-end: 12rem;
  }
  .item.blocked .item-name {
    color: var(--_muted);
  }
  .summary.active {
    /* Always in reach while scrolling through a long catalog. */
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    max-block-size: 60vh;
    overflow-y: auto;
    box-shadow: 0 -2px 8px rgb(0 0 0 / 0.12);
  }
  .summary .notice {
    margin-block-end: var(--_space);
  }
  .results ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.2em;
  }
  .results li.success strong {
    color: var(--_success);
  }
  .results li.error strong {
    color: var(--_danger);
  }
  .step .items {
    margin-block-end: var(--_space);
  }
  .badge {
    display: inline-block;
    margin-inline-start: calc(var(--_space) / 2);
    padding: 0 calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 600;
  }
  .step-hint {
    margin: 0;
  }
  .search input {
    inline-size: 100%;
  }
  .search .hint {
    margin: 0;
  }
  @container (inline-size >= 45rem) {
    .summary .chosen {
      display: grid;
    }
    .catalog :is(input, select, textarea, button, summary) {
      scroll-margin-block-end: 0;
    }
    .confirm {
      max-inline-size: 40rem;
    }
    .inputs {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: calc(var(--_space) * 1.5);
    }
    .inputs .span {
      grid-column: 1 / -1;
    }
  }
`;
