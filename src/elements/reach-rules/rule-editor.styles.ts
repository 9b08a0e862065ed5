import { css } from 'lit';

/** The rule editor: the category tree and the services to order. */
export const ruleEditorStyles = css`
  .tree {
    max-block-size: 14rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tree .depth-1 { padding-inline-start: 1.25rem; }
  .tree .depth-2 { padding-inline-start: 2.5rem; }
  .tree .depth-3 { padding-inline-start: 3.75rem; }
  .tree .depth-4,
  .tree .depth-5 { padding-inline-start: 5rem; }
  .items {
    max-block-size: 24rem;
    overflow: auto;
  }
  .item {
    flex-wrap: wrap;
  }
  .item-details {
    flex-basis: 100%;
    padding-inline-start: 1.6em;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
