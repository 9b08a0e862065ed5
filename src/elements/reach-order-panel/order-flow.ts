import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { CaptionAsset, EntryVendorTask } from '../../reach/schemas.js';
import { defaultOrderInput, sourceCaptions, taskJobData, takesNotes, type OrderInput } from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import type { OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import { OrderController, type ChainedOrder } from './order-controller.js';
import { orderedAnnouncement } from './order-results.js';
import { chainedOrdersText, unchainedText } from './choice-text.js';
import { captionsReadyAt, chainedInputProblems, changeSelection, selectedViews } from './chosen-items.js';
import { itemViews, type ItemView, type PanelBase, type PanelView } from './panel-view.js';

/** What the order flow needs of the panel. */
export interface OrderFlowHost extends ReactiveControllerHost {
  /** The panel's shadow root or document, where task monitors of the same page are looked for. */
  getRootNode(): Node;
}

export interface OrderFlowEvents {
  /** A task this panel placed (not one it joined). */
  created(task: EntryVendorTask): void;
  failed(error: unknown): void;
  announce(text: string): void;
  focus(id: string): void;
  /** Something was ordered for `entryId`: the credit left is read again. */
  charged(session: ReachSession, entryId: string): void;
}

type Phase = 'choose' | 'confirm' | 'ordering';

/**
 * The order panel's way from a choice to an order (loaded with the order parts: on intent, with a short catalog, or
 * on "Browse all services"): what is chosen and typed, the confirmation, the orders and their results
 * (OrderController). Before it has come nothing is chosen yet. The host updates whenever any of it changes.
 */
export class OrderFlow {
  readonly #orders: OrderController;
  #selected: ReadonlySet<number> = new Set();
  #unchained: ReadonlySet<number> = new Set();
  #inputs: ReadonlyMap<number, OrderInput> = new Map();
  /** Items whose input problems are shown (after a first attempt to order them). */
  #validated: ReadonlySet<number> = new Set();
  #phase: Phase = 'choose';

  constructor(
    private readonly host: OrderFlowHost,
    private readonly session: () => ReachSession | undefined,
    private readonly events: OrderFlowEvents,
  ) {
    this.#orders = new OrderController(host);
  }

  get phase(): Phase {
    return this.#phase;
  }

  /** The panel loads its entry again (retry, a new session): back to choosing, with what was chosen and typed. */
  reload(): void {
    this.#phase = 'choose';
  }

  /** The panel shows another entry, `entryId`: it starts afresh. */
  reset(entryId: string): void {
    this.#phase = 'choose';
    this.#selected = this.#unchained = new Set();
    this.#inputs = new Map();
    this.#validated = new Set();
    this.#orders.reset(entryId);
  }

  /** The captions `captionsItemId` were not ordered or not delivered: what waited for them is not ordered. */
  giveUp(captionsItemId: number): void {
    this.#orders.giveUp(captionsItemId);
  }

  /** The entry's captions were read again after a delivery: the orders that waited for them go out. */
  async captionsArrived(session: ReachSession, entryId: string, captionAssets: readonly CaptionAsset[]) {
    const outcomes = await this.#orders.placeWaiting(session, (item) => sourceCaptions(item, captionAssets)[0]?.id);
    if (outcomes.length === 0) return;
    this.#ordered(outcomes);
    this.events.charged(session, entryId);
  }

  /**
   * The panel as its render modules see it, with what is chosen and ordered. `build` gives the shell's part of it as
   * it is now: "Review" and "Place order" ask for it again when pressed (the clock, the credit, the profile).
   */
  view(build: () => PanelBase): PanelView {
    const base = build();
    const { data } = base;
    const results = this.#orders.results;
    const input = (view: ItemView) =>
      this.#inputs.get(view.item.id) ?? defaultOrderInput(view.item, data.captionAssets);
    const view: PanelView = {
      ...base,
      items: itemViews(data, base.tasks, results, this.#selected),
      selected: this.#selected,
      unchained: this.#unchained,
      validated: this.#validated,
      results,
      lastOrder: this.#orders.lastOrder,
      ordering: this.#phase === 'ordering',
      input,
      toggle: (item, checked) => this.#toggle(view, item, checked),
      setInput: (item, key, value) =>
        this.#set({ inputs: new Map(this.#inputs).set(item.item.id, { ...input(item), [key]: value }) }),
      review: () => this.#review(this.view(build)),
      back: () => {
        this.#set({ phase: 'choose' });
        this.events.focus('review');
      },
      place: () => void this.#placeOrder(this.view(build)),
      checkAgain: (id, result) => void this.#checkAgain(id, result),
      showTask: this.#taskMonitors().length > 0 ? (id) => this.#showTask(id) : undefined,
      dismissResults: () => this.#orders.dismiss(),
    };
    return view;
  }

  #set(change: {
    selected?: ReadonlySet<number>;
    unchained?: ReadonlySet<number>;
    inputs?: ReadonlyMap<number, OrderInput>;
    validated?: ReadonlySet<number>;
    phase?: Phase;
  }): void {
    this.#selected = change.selected ?? this.#selected;
    this.#unchained = change.unchained ?? this.#unchained;
    this.#inputs = change.inputs ?? this.#inputs;
    this.#validated = change.validated ?? this.#validated;
    this.#phase = change.phase ?? this.#phase;
    this.host.requestUpdate();
  }

  #toggle(panel: PanelView, view: ItemView, checked: boolean): void {
    // The items as they are now: an earlier toggle of the same event (a pick) may have changed the selection.
    const items = itemViews(panel.data, panel.tasks, this.#orders.results, this.#selected);
    const change = changeSelection(items, this.#selected, view, checked);
    const inputs = new Map(this.#inputs);
    if (checked)
      for (const item of [view.item, ...change.added])
        if (!inputs.has(item.id)) inputs.set(item.id, defaultOrderInput(item, panel.data.captionAssets));
    const unchained = [...this.#unchained, ...change.unchained.map((other) => other.item.id)];
    this.#set({
      inputs,
      selected: change.selected,
      unchained: new Set(unchained.filter((id) => !change.selected.has(id))),
    });
    if (change.unchained.length > 0) this.events.announce(unchainedText(change.unchained));
    this.#orders.forgetFailure(view.item.id);
  }

  #review(view: PanelView): void {
    const chosen = selectedViews(view.items, this.#selected);
    const problemsOf = (item: ItemView) => Object.keys(chainedInputProblems(item, view.input(item), view.data.entry));
    this.#set({ validated: new Set([...this.#validated, ...chosen.map((item) => item.item.id)]) });
    const invalid = chosen.find((item) => problemsOf(item).length > 0);
    if (invalid) {
      this.events.focus(`in-${invalid.item.id}-${problemsOf(invalid)[0]}`);
      this.events.announce(msg('Some services need more information before they can be ordered.'));
      return;
    }
    this.#set({ phase: 'confirm' });
    this.events.focus('confirm-title');
  }

  async #placeOrder(view: PanelView): Promise<void> {
    const session = this.session();
    const chosen = selectedViews(view.items, this.#selected);
    const { profile } = view;
    // Without a readable profile the order goes without one: the server charges the catalog item's default.
    if (!session || this.#orders.sending || chosen.length === 0 || (!profile && !view.data.profilesHidden)) return;
    this.#set({ phase: 'ordering' });
    const requestOf = (item: ItemView, input: OrderInput): NewTask => {
      const request: NewTask = {
        entryId: view.data.entry.id,
        catalogItemId: item.item.id,
        ...(profile ? { reachProfileId: profile.id } : {}),
      };
      const notes = takesNotes(item.item) ? input.notes.trim() : '';
      if (notes) request.notes = notes;
      const jobData = taskJobData(item.item, input);
      if (jobData) request.taskJobData = jobData;
      return request;
    };
    const requests = chosen.filter((item) => !item.captionsFirst).map((item) => requestOf(item, view.input(item)));
    const chained = chosen.flatMap((item): ChainedOrder[] => {
      const first = item.captionsFirst;
      if (!first) return [];
      const input = view.input(item);
      const complete = (captionAssetId: string) => requestOf(item, { ...input, captionAssetId });
      return [{ item: item.item, captions: first.item, readyAt: captionsReadyAt(first, view.now), complete }];
    });
    const outcomes = await this.#orders.place(session, requests, chained);
    if (!outcomes) return; // The panel moved to another entry meanwhile.
    // Chained orders now wait in the controller; they are no longer a choice.
    const selected = new Set(this.#selected);
    for (const order of chained) selected.delete(order.item.id);
    this.#set({ selected });
    this.#ordered(outcomes, chained.length);
    this.#set({ phase: 'choose' });
    this.events.focus('results-title');
    if (outcomes.some((outcome) => outcome.kind === 'created')) this.events.charged(session, view.data.entry.id);
  }

  /** An order whose answer was lost and could not be checked: look again (never re-send it). */
  async #checkAgain(id: number, result: Parameters<PanelView['checkAgain']>[1]): Promise<void> {
    const session = this.session();
    if (!session) return;
    const outcome = await this.#orders.checkAgain(session, id, result);
    if (outcome) this.#ordered([outcome]);
  }

  /** What was ordered is done with: its choices reset, everything else stays as typed; the host page hears of it. */
  #ordered(outcomes: readonly OrderOutcome[], chained = 0): void {
    const selected = new Set(this.#selected);
    const inputs = new Map(this.#inputs);
    const validated = new Set(this.#validated);
    for (const outcome of outcomes) {
      const id = outcome.request.catalogItemId;
      if (outcome.kind === 'created') {
        selected.delete(id);
        inputs.delete(id);
        validated.delete(id);
        // A joined order was placed by another element of the page: it fires the event, not this panel.
        if (!outcome.joined) this.events.created(outcome.task);
      } else if (outcome.kind === 'failed') {
        this.events.failed(outcome.error);
      }
    }
    this.#set({ selected, inputs, validated });
    const said =
      outcomes.length > 0
        ? orderedAnnouncement(outcomes.filter((outcome) => outcome.kind === 'created').length, outcomes.length)
        : '';
    this.events.announce(chained > 0 ? `${said} ${chainedOrdersText()}`.trim() : said);
  }

  /** Task monitors in the same document or shadow root as the panel. */
  #taskMonitors(): (Element & { focusTask?(id: string): boolean })[] {
    return [...(this.host.getRootNode() as Document | ShadowRoot).querySelectorAll('reach-task-monitor')];
  }

  /** The first monitor that lists the task shows it (and takes the focus). */
  #showTask(taskId: string): void {
    if (!this.#taskMonitors().some((monitor) => monitor.focusTask?.(taskId)))
      this.events.announce(
        msg('The task list on this page does not show this order.', {
          desc: 'Announced when the link to an order in the task monitor finds no monitor showing it.',
        }),
      );
  }
}
