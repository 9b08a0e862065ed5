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
  a {
    color: var(--_accent);
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
