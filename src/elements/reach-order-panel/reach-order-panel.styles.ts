import { css } from 'lit';

/** Layout of <reach-order-panel>: one column in a 360 px sidebar, catalog and order side by side when wide. */
export const orderPanelStyles = css`
  .panel {
    display: grid;
    /* At most as wide as the panel: the need list's auto-fill columns would widen it at 360 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
  }
  .title {
    margin: 0;
  }
  .loading {
    color: var(--_muted);
  }
  .server-text {
    display: block;
    overflow-wrap: anywhere;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice > p:last-child,
  .notice > button {
    margin-block-end: 0;
  }
  .notice > p + button {
    margin-block-start: var(--_space);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .entry,
  .profile,
  .results,
  .confirm,
  .summary {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .entry-name {
    overflow-wrap: anywhere;
  }
  /* One line (name, duration) that opens: a narrow panel, or few services to choose from. */
  .entry.collapsed {
    padding-block: calc(var(--_space) / 2);
  }
  .entry.collapsed > summary {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    cursor: pointer;
  }
  .entry.collapsed > summary::before {
    content: '▸' / '';
    color: var(--_muted);
  }
  .entry.collapsed > summary:dir(rtl)::before {
    content: '◂' / '';
  }
  .entry.collapsed[open] > summary::before {
    content: '▾' / '';
  }
  .entry.collapsed .entry-name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .entry.collapsed .entry-duration {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .entry.collapsed[open] > .facts {
    margin-block-start: calc(var(--_space) / 2);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  dl > div {
    min-inline-size: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .credit {
    margin-block-end: var(--_space);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  .filters,
  .step {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .filters legend,
  .step-title {
    padding-inline: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .filter-grid,
  .need-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0 var(--_space);
  }
  button.link {
    min-block-size: auto;
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .items {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .group,
  .filter-box {
    margin-block-end: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group > summary,
  .filter-box > summary {
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  .group-name {
    margin-inline-end: var(--_space);
    font-weight: 600;
  }
  .group > .items {
    margin: 0;
    padding: 0 calc(var(--_space) / 2) calc(var(--_space) / 2);
  }
  .item {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item p {
    margin: 0;
  }
  .item-head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: var(--_space);
    align-items: start;
  }
  .item-head input {
    margin-block-start: 0.2em;
  }
  .item-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta,
  .existing,
  .why {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .result.error,
  .field-error {
    color: var(--_danger);
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
  }
  .check input {
    flex: none;
  }
  .check label {
    display: inline;
  }
  .summary h3 {
    margin-block-end: calc(var(--_space) / 2);
  }
  .summary > button,
  .actions button {
    inline-size: 100%;
  }
  .actions {
    display: grid;
    gap: var(--_space);
  }
  h3[tabindex='-1']:focus {
    outline: none;
  }
  h3[tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
  }
  @container (inline-size >= 45rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    }
    .summary {
      position: sticky;
      inset-block-start: var(--_space);
      inset-block-end: auto;
      max-block-size: none;
      box-shadow: none;
    }
    .actions {
      grid-template-columns: auto auto;
      justify-content: start;
    }
    .actions button {
      inline-size: auto;
    }
    .profile .field {
      max-inline-size: 30rem;
    }
  }
`;
