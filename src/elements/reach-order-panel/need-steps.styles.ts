import { css } from 'lit';

/** The need-first steps (step 1: what is needed; the rest come with the order parts, order-parts.styles.ts). */
export const needStepsStyles = css`
  .need-steps {
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
  .browse-all {
    margin: 0;
  }
`;
