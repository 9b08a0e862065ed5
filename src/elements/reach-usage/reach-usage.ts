import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { bucketOf, csvLine, spendBy, taskOrigin, type TaskOrigin, type UsageBucket } from '../../reach/usage.js';
import { displayLocale } from '../../i18n/localization.js';
import { ReachElement } from '../reach-element.js';
import { formatCount, formatDate } from '../shared/format.js';
import { featureLabel } from '../shared/labels.js';
import { baseStyles } from '../shared/styles.js';
import { CsvLinkController } from './csv-link-controller.js';
import { renderProfiles } from './profiles.js';
import { renderSpendGroup, type SpendGroup } from './spend.js';
import { loadUsage, type Progress, type UsageData } from './usage-data.js';
import { usageStyles } from './reach-usage.styles.js';

type Ready = Extract<UsageData, { kind: 'ready' }>;

const PERIODS = [3, 6, 12] as const;
/** Pages read per view by default: 40 pages of 500 tasks. */
const DEFAULT_MAX_PAGES = 40;

function originLabel(origin: TaskOrigin): string {
  switch (origin) {
    case 'manual':
      return msg('Ordered by a person');
    case 'category-rule':
      return msg('A profile rule (category)');
    case 'automatic':
      return msg('Automatic: a profile rule or an agent');
  }
}

function bucketLabel(key: string, bucket: UsageBucket): string {
  const date = new Date(`${key.length === 7 ? `${key}-01` : key}T00:00:00Z`);
  if (bucket === 'week') return msg(str`Week of ${formatDate(date.getTime() / 1000)}`);
  return new Intl.DateTimeFormat(displayLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Credit to the cent, as the tables show it (sums of prices carry binary fractions: 0.1 + 0.2). */
const roundCredit = (amount: number) => Math.round(amount * 100) / 100;

/** The first second (UTC) of the month `months - 1` months before `now`'s. */
function periodStart(now: number, months: number): number {
  const date = new Date(now * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (months - 1), 1) / 1000;
}

/**
 * @tagname reach-usage
 * @summary The account's REACH credit and what it was spent on, for an administrator.
 *
 * Per REACH profile: its credit, overage, what is used and left, its period, and how long the credit lasts
 * at the rate it is being used. Below, what the tasks of a chosen period spent, by service, by month or
 * week, and by who ordered them, as tables with bars and as a CSV file. The tasks are read page by page
 * on a creation-time cursor (Kaltura lists no further than 10,000 by offset), at most `max-pages` pages of
 * `page-size` per view; the reading shows its progress and can be stopped.
 *
 * @csspart profiles - the credit table
 * @csspart profile - one profile's row
 * @csspart controls - the period and grouping choices
 * @csspart progress - the reading's progress and its stop button
 * @csspart spend - one grouping of the spend
 * @csspart spend-line - one row of a grouping
 * @csspart bar - the bar of a row
 * @csspart csv - the CSV download link
 */
@localized()
export class ReachUsage extends ReachElement {
  static override styles = [baseStyles, usageStyles];

  /** Tasks per page (at most 500, Kaltura's largest page). */
  @property({ attribute: 'page-size', type: Number }) pageSize = MAX_PAGE_SIZE;
  /** Pages read per view at most: beyond them the view says how far it got. */
  @property({ attribute: 'max-pages', type: Number }) maxPages = DEFAULT_MAX_PAGES;

  /** How many months back the tasks are read (this month included). */
  @state() private months: number = PERIODS[0];
  @state() private bucket: UsageBucket = 'month';
  @state() private progress: Progress | undefined;
  #stop = new AbortController();

  readonly #csv = new CsvLinkController(this);

  readonly #load = this.sessionTask(
    ([months, pageSize, maxPages], session, signal) => {
      this.#stop = new AbortController();
      this.progress = undefined;
      const query = {
        from: periodStart(this.serverNow(), months),
        pageSize: Math.min(Math.max(1, Math.floor(pageSize) || MAX_PAGE_SIZE), MAX_PAGE_SIZE),
        maxPages: Math.max(1, Math.floor(maxPages) || DEFAULT_MAX_PAGES),
      };
      return loadUsage(session, query, signal, this.#stop.signal, (progress) => (this.progress = progress));
    },
    () => [this.months, this.pageSize, this.maxPages] as const,
  );

  #stopReading(): void {
    this.#stop.abort();
    this.announce(msg('Reading stopped: the figures cover the tasks read so far.'));
  }

  /** The server's time as far as the tasks tell: their newest change, or the session's estimate. */
  #now(data: Ready): number {
    return data.tasks.reduce((now, task) => Math.max(now, task.updatedAt ?? task.createdAt), this.serverNow());
  }

  #groups(tasks: readonly EntryVendorTask[]): SpendGroup[] {
    const bucket = this.bucket;
    const byTime = spendBy(tasks, (task) => bucketOf(task.createdAt, bucket)).sort((a, b) =>
      a.key.localeCompare(b.key),
    );
    return [
      {
        id: 'service',
        title: msg('Spend by service'),
        heading: msg('Service'),
        lines: spendBy(tasks, (task) => String(task.serviceFeature ?? '')).map((row) => ({
          ...row,
          label: row.key ? featureLabel(Number(row.key)) : msg('Unknown service'),
        })),
      },
      {
        id: 'time',
        title: bucket === 'month' ? msg('Spend by month') : msg('Spend by week'),
        heading: bucket === 'month' ? msg('Month') : msg('Week'),
        lines: byTime.map((row) => ({ ...row, label: bucketLabel(row.key, bucket) })),
      },
      {
        id: 'origin',
        title: msg('Spend by who ordered'),
        heading: msg('Ordered by'),
        lines: spendBy(tasks, taskOrigin).map((row) => ({ ...row, label: originLabel(row.key as TaskOrigin) })),
      },
    ];
  }

  /** The same numbers as the tables, one line per row, the grouping first. */
  #csvText(groups: readonly SpendGroup[]): string {
    const lines = [csvLine([msg('Grouping'), msg('Group'), msg('Tasks'), msg('Credit spent')])];
    for (const group of groups)
      for (const line of group.lines)
        lines.push(csvLine([group.title, line.label, line.tasks, roundCredit(line.spent)]));
    return `${lines.join('\r\n')}\r\n`;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    return html`<div class="panel" part="panel">
      <h2 class="title">${msg('REACH usage and credit')}</h2>
      ${this.renderSessionNotice()} ${this.#renderBody()} ${this.renderLiveRegion()}
    </div>`;
  }

  #renderBody() {
    if (!this.settings.ks) return this.renderMissingKs();
    return this.#load.render({
      initial: () => this.#renderProgress(),
      pending: () => html`${this.#renderProgress()} ${this.#load.value ? this.#renderData(this.#load.value) : nothing}`,
      error: (error) => this.#renderError(error),
      complete: (data) => this.#renderData(data),
    });
  }

  #renderProgress() {
    const progress = this.progress;
    const label = progress
      ? msg(str`Reading the tasks: ${formatCount(progress.read)} of ${formatCount(progress.total)}…`)
      : msg('Reading the profiles and the tasks…');
    return html`<div class="progress" part="progress" role="status">
      <label for="progress-bar">${label}</label>
      <progress id="progress-bar" max=${progress?.total || 1} .value=${progress && progress.total ? progress.read : 0}></progress>
      <button type="button" id="stop" @click=${() => this.#stopReading()}>${msg('Stop reading')}</button>
    </div>`;
  }

  #renderError(error: unknown) {
    const apiError = toApiError(error);
    // A refusal is the session's, not a failure: trying again would be refused again (kaltura-rules §3.6).
    if (apiError.code === 'SERVICE_FORBIDDEN' || apiError.code === 'FEATURE_FORBIDDEN')
      return html`<div class="notice" part="notice" id="not-allowed">
        <p>
          ${msg(
            "This session may not read the account's REACH profiles. Ask for an administrator session (ADMIN KS) with REACH access.",
          )}
        </p>
        <p class="server-text" dir="auto">${apiError.message}</p>
      </div>`;
    return html`<div class="notice error" part="notice" role="alert">
      <p>${msg('The usage could not be loaded.')}</p>
      <p class="server-text" dir="auto">${apiError.message}</p>
      <button type="button" @click=${() => void this.#load.run()}>${msg('Try again')}</button>
    </div>`;
  }

  #renderData(data: UsageData) {
    if (data.kind === 'not-admin') {
      return html`<p class="notice" part="notice" id="not-admin">
        ${msg("The account's usage and credit are for administrators: this is a user session (USER KS), which sees only its own orders. Open this page with an administrator session (ADMIN KS).")}
      </p>`;
    }
    const groups = this.#groups(data.tasks);
    return html`
      ${renderProfiles({ profiles: data.profiles, now: this.#now(data) })} ${this.#renderControls()} ${this.#renderCutShort(data)}
      ${groups.map(renderSpendGroup)}
      <p class="download">
        <a part="csv" id="csv" download="reach-usage.csv" href=${this.#csv.url(this.#csvText(groups))}>${msg('Download these numbers (CSV)')}</a>
      </p>
    `;
  }

  #renderCutShort(data: Ready) {
    const read = formatCount(data.tasks.length);
    const total = formatCount(Math.max(data.total, data.tasks.length));
    if (data.cutShort === undefined) {
      return html`<p class="summary" id="summary">${msg(str`${read} tasks created in this period.`)}</p>`;
    }
    const until = data.readUntil === undefined ? '' : formatDate(data.readUntil, true);
    return html`<p class="notice" part="notice" id="summary">
      ${
        data.cutShort === 'stopped'
          ? msg(str`Reading was stopped: these figures cover ${read} of ${total} tasks, those created until ${until}.`)
          : msg(
              str`This view reads at most ${formatCount(this.maxPages)} pages: these figures cover ${read} of ${total} tasks, those created until ${until}. Choose a shorter period to see the rest.`,
            )
      }
      <button type="button" @click=${() => void this.#load.run()}>${msg('Read again')}</button>
    </p>`;
  }

  #renderControls() {
    return html`<div class="controls" part="controls">
      <label for="period">${msg('Period')}</label>
      <select id="period" @change=${(event: Event) => (this.months = Number((event.target as HTMLSelectElement).value))}>
        ${PERIODS.map((months) => html`<option value=${months} ?selected=${months === this.months}>${msg(str`This month and the ${months - 1} before`)}</option>`)}
      </select>
      <label for="bucket">${msg('Group by')}</label>
      <select id="bucket" @change=${(event: Event) => (this.bucket = (event.target as HTMLSelectElement).value as UsageBucket)}>
        <option value="month" ?selected=${this.bucket === 'month'}>${msg('Month')}</option>
        <option value="week" ?selected=${this.bucket === 'week'}>${msg('Week')}</option>
      </select>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-usage': ReachUsage;
  }
}
