import { css } from 'lit';

export const styles = css`
  .lab {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
  }
  .lab > h2 {
    margin: 0;
  }
  .source {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .row,
  .actions,
  .bulk,
  .clip-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .order,
  .detail,
  .saves,
  .task-status {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .task-status p {
    margin-block: 0 calc(var(--_space) / 2);
  }
  .task-status progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .order-fields {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0 0 var(--_space);
  }
  .price dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .price dd {
    margin: 0;
    font-weight: 600;
  }
  .review {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  .list-pane {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .list-pane h3 {
    margin: 0;
  }

  /* Timeline of the source, one marker per clip. */
  .timeline {
    display: grid;
    gap: 2px;
  }
  .track {
    position: relative;
    block-size: 32px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .marker {
    position: absolute;
    inset-block: 3px;
    min-inline-size: 14px;
    min-block-size: 0;
    padding: 0;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_accent) 35%, transparent);
    color: var(--_text);
    font-size: 0.7em;
    line-height: 1;
    overflow: hidden;
  }
  .marker[aria-current='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    z-index: 1;
  }
  .marker:focus-visible {
    z-index: 2;
  }
  .scale {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }

  .clips {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .clip {
    display: grid;
    grid-template-columns: var(--reach-clips-thumbnail-size, 96px) minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .clip.active {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .clip.active:dir(rtl) {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  .thumb {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
  }
  .clip-body {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }
  .clip-body > * {
    margin: 0;
  }
  .clip-title {
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .clip-meta {
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .clip-description {
    overflow-wrap: anywhere;
  }
  .badge.edited {
    border-color: var(--_accent);
  }

  .save-summary h4 {
    margin: 0;
  }
  .save-summary ul {
    margin-block: calc(var(--_space) / 2) 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .badge {
    padding-inline: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding-inline: var(--_space);
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .select {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .select label {
    display: inline;
  }

  .detail-hint {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }

  .saves h3 {
    margin-block-end: var(--_space);
  }
  .save-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .save {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
    background: var(--_raised);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .save > * {
    margin: 0;
  }
  .save.done {
    border-inline-start-color: var(--_success);
  }
  .save.failed {
    border-inline-start-color: var(--_danger);
  }
  .save.working {
    border-inline-start-color: var(--_accent);
  }

  /* Under 400 px (a sidebar, a phone) a card is a stack: the picture above, the words the full width. */
  @container (max-width: 399px) {
    .clip {
      grid-template-columns: minmax(0, 1fr);
    }
    .thumb {
      max-inline-size: 320px;
    }
  }
  @container (min-width: 560px) {
    .order-fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .clip {
      grid-template-columns: var(--reach-clips-thumbnail-size, 144px) minmax(0, 1fr);
    }
  }
  /* 880 px and wider (set from a ResizeObserver, as the markup changes too): the preview beside the list. */
  .review.wide {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
  }
  .detail-pane {
    position: sticky;
    inset-block-start: var(--_space);
  }
  .detail-item {
    list-style: none;
  }
  @media (forced-colors: active) {
    .marker[aria-current='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
