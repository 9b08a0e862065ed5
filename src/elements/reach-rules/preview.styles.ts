import { css } from 'lit';

/** The preview's table of orders. */
export const previewStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    overflow-wrap: anywhere;
  }
  tr.skipped td {
    color: var(--_muted);
  }
  .preview {
    overflow-x: auto;
  }
`;
