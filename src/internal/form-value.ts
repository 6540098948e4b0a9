import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What a form-associated host exposes to the controller. */
export type FormHost = ReactiveControllerHost & HTMLElement & { name: string; required: boolean };

export interface FormValueOptions {
  /** The host's value as form entries, one per item (none: nothing chosen). */
  entries(): string[];
  /** Sets the value from form entries without events (a form reset, or the browser restoring the page). */
  set(entries: string[]): void;
  /** What the browser says when the host is `required` and has no entries. */
  missing(): string;
  /**
   * Where the browser points that message and moves focus: a focusable HTML element in the
   * shadow root (`tabindex="-1"` will do). Read after each render, so it exists; without a
   * focusable anchor Chrome shows nothing and logs "An invalid form control … is not focusable".
   */
  anchor(): HTMLElement | undefined;
}

/**
 * Form association through ElementInternals: the value as entries under the host's `name`,
 * written before every render, and `required` validity, written after it (its anchor is in
 * what was rendered); the disabled state a disabled
 * `<fieldset>` gives; reset (to the entries of the first render) and restore. The host
 * declares `static formAssociated = true`, forwards its form callbacks here (the browser
 * looks them up on the host's class) and answers `form` and `checkValidity()` from `internals`.
 */
export class FormValueController implements ReactiveController {
  /** True while a disabled fieldset or form disables the host. */
  formDisabled = false;
  /** The host's form API reads it: `form`, `checkValidity()`, `reportValidity()`. Null where unsupported (SSR). */
  readonly internals: ElementInternals | null;
  private _initial?: string[];

  constructor(
    private readonly host: FormHost,
    private readonly options: FormValueOptions,
  ) {
    // A server's DOM shim has internals of a kind, but no form to belong to: none there.
    this.internals = isServer ? null : (host.attachInternals?.() ?? null);
    host.addController(this);
  }

  /** The message for a required host left empty (shown by the host as well as the browser). */
  missingText(): string {
    return this.options.missing();
  }

  /** For `formResetCallback`. */
  reset(): void {
    this.options.set(this._initial ?? []);
  }

  /** For `formStateRestoreCallback`: reads back the entries this controller wrote. */
  restore(state: unknown): void {
    if (state instanceof FormData) this.options.set(state.getAll(this.host.name).map(String));
  }

  /** For `formDisabledCallback`. */
  disable(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { host, options, internals } = this;
    const entries = options.entries();
    this._initial ??= entries;
    if (!internals) return;
    let data: FormData | null = null;
    // Only a text name submits: some objects a framework may hand over cannot become text.
    const name = typeof host.name == 'string' && host.name;
    if (name) {
      data = new FormData();
      for (const entry of entries) data.append(name, entry);
    }
    internals.setFormValue(data, data);
  }

  hostUpdated(): void {
    const { host, options, internals } = this;
    if (!internals) return;
    if (host.required && !options.entries().length) internals.setValidity({ valueMissing: true }, options.missing(), options.anchor());
    else internals.setValidity({});
  }
}
