import { css } from 'lit';

/** Layout of <reach-usage>: one column; wide tables scroll inside their own box on a narrow screen. */
export const usageStyles = css`
  .panel {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
  }
  .title,
  h3 {
    margin: 0;
  }
  .empty,
  .summary,
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .server-text {
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
  .scroll {
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  /* Seven columns do not fit a sidebar: the table keeps readable columns and scrolls in its box. */
  .profiles table {
    min-inline-size: 60rem;
  }
  .profiles [data-col='period'] {
    min-inline-size: 12rem;
  }
  .profiles [data-col='outlook'] {
    min-inline-size: 16rem;
  }
  th,
  td {
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  thead th.number {
    text-align: end;
  }
  .number {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .spent {
    display: flex;
    gap: var(--_space);
    align-items: center;
    min-inline-size: 6rem;
  }
  .spent .number {
    min-inline-size: 5ch;
  }
  .bar {
    flex: 1;
    block-size: 0.9rem;
    min-inline-size: 2rem;
  }
  /* The bar grows from the start edge in either direction of writing. */
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .bar .track {
    fill: var(--_surface);
  }
  .bar .fill {
    fill: var(--_accent);
  }
  .controls,
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .controls select {
    inline-size: auto;
  }
  .progress progress {
    flex: 1;
    min-inline-size: 6rem;
  }
  .download {
    margin: 0;
  }
  .download a {
    color: var(--_accent);
  }
`;
