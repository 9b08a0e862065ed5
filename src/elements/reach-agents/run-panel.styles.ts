import { css } from 'lit';

/** The run panel: the picker's entries, the pre-flight and the bar with Run now. */
export const runPanelStyles = css`
  .picker-entry .thumb {
    border-radius: var(--_radius);
  }
  .run-panel {
    display: grid;
    gap: var(--_space);
  }
  .run-panel h2 {
    margin: 0;
  }
  .preflight {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
  }
  .preflight[aria-busy='true'] {
    opacity: 0.7;
  }
  .preflight-entries,
  .preflight-steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .preflight-entry {
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .preflight-name {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-weight: 600;
    margin-block-end: 4px;
  }
  .preflight-steps li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 2px var(--_space);
    font-size: 0.9em;
  }
  .skip-reason {
    color: var(--_warning);
  }
  .price {
    font-variant-numeric: tabular-nums;
  }
  .total {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .run-bar {
    position: sticky;
    inset-block-end: 0;
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-block-start: 1px solid var(--_border);
    background: var(--_surface);
  }
  .run-count {
    margin-inline-end: auto;
    font-weight: 600;
  }
`;
