import { css } from 'lit';

/** The Activity tab and the run panel (picker, pre-flight, Run now). */
export const activityStyles = css`
  /* Activity */
  .activity {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .activity-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    justify-content: space-between;
  }
  .activity-toolbar .small-field {
    flex: 0 1 14rem;
  }
  .executions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .execution {
    display: grid;
    grid-template-columns: 96px minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_raised);
  }
  .execution .thumb,
  .picker-entry .thumb {
    inline-size: 96px;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .picker-entry .thumb {
    inline-size: 80px;
  }
  .execution-head {
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .execution-entry {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .execution-meta {
    margin-block: 2px var(--_space);
    font-size: 0.85em;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
    font-size: 0.9em;
  }
  .step-succeeded {
    border-inline-start-color: var(--_success);
  }
  .step-failed {
    border-inline-start-color: var(--_danger);
  }
  .step-running {
    border-inline-start-color: var(--_accent);
  }
  .step-name {
    font-weight: 600;
  }
  .step-error {
    flex-basis: 100%;
    color: var(--_danger);
  }
  .step-skipped .step-error {
    color: var(--_muted);
  }
  /* Headings take the focus when a page opens (for screen readers); they are not controls. */
  h2[tabindex='-1']:focus,
  p[tabindex='-1']:focus {
    outline: none;
  }
  .trace {
    margin: var(--_space) 0 0;
    font-size: 0.8em;
  }
  .trace code {
    overflow-wrap: anywhere;
  }

  /* Run */
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

  @container (max-width: 520px) {
    .execution {
      grid-template-columns: 64px minmax(0, 1fr);
    }
    .execution .thumb {
      inline-size: 64px;
    }
    .execution-head {
      flex-wrap: wrap;
    }
    .execution-entry {
      white-space: normal;
    }
  }
`;
