import type { LitElement } from 'lit';
import { LazyModule, type LazyModuleOptions } from '../shared/lazy-module.js';

/**
 * A part of the lab that an action of the user needs (saving clips, sending the order): loaded on intent
 * (`want`, on pointer or focus of the control that acts) or by the action itself, which then runs once the
 * part has come. Actions asked before a load that failed are dropped with it: the failure is reported, and
 * the part is asked for again at the next action.
 */
export class ActionPart<Module> {
  readonly #part: LazyModule<Module>;
  #waiting: ((module: Module) => void)[] = [];

  constructor(host: LitElement, options: LazyModuleOptions<Module>) {
    this.#part = new LazyModule(host, {
      ...options,
      loaded: (module) => {
        options.loaded?.(module);
        for (const act of this.#waiting.splice(0)) act(module);
      },
      failed: (error) => {
        this.#waiting = [];
        options.failed(error);
      },
    });
  }

  /** The part if it has come, without asking for it. */
  get loaded(): Module | undefined {
    return this.#part.loaded;
  }

  /** The part if it has come; else starts loading it (once) and gives undefined. */
  get(): Module | undefined {
    return this.#part.get();
  }

  /** Starts loading the part, unless it is here or on its way. */
  readonly want = (): void => void this.#part.get();

  /** Runs `act` with the part: at once when it is here, else when it comes. */
  use(act: (module: Module) => void): void {
    const module = this.#part.get();
    if (module === undefined) this.#waiting.push(act);
    else act(module);
  }
}
