import { css } from 'lit';

/** The need-first steps and the search of "Browse all services". */
export const needStepsStyles = css`
  .need-steps,
  .browse {
    display: grid;
    gap: var(--_space);
  }
  /* .step, .step-title and .need-list look like the catalog's filters (reach-order-panel.styles.ts). */
  .step {
    margin: 0;
  }
  .need-list .check {
    margin-block-end: calc(var(--_space) / 2);
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
  .browse-all,
  .step-hint {
    margin: 0;
  }
  .search input {
    inline-size: 100%;
  }
  .search .hint {
    margin: 0;
  }
`;
