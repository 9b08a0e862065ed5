import { css } from 'lit';

/** The Activity tab: the runs of an agent and their steps. */
export const activityStyles = css`
  .pill.run-succeeded {
    color: var(--_success);
  }
  .pill.run-skipped,
  .pill.run-pending {
    color: var(--_muted);
  }
  .pill.run-running {
    color: var(--_accent);
  }
  .pill.run-failed {
    color: var(--_danger);
  }
  .empty-state.small {
    padding: calc(var(--_space) * 2);
  }
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
  .execution .thumb {
    inline-size: 96px;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
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
  .trace {
    margin: var(--_space) 0 0;
    font-size: 0.8em;
  }
  .trace code {
    overflow-wrap: anywhere;
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
