/**
 * Small form pieces of the pane, Office-styled by src/ui/office.css. Every user string (headers,
 * sheet names, addresses) goes in as a text node through `el()`, never as markup.
 */
import { Child, el } from "../ui/dom";
import { Progress } from "../wizard/workbook-port";

/** An A1 address: always left to right and isolated, so "Sheet!A1:A301" never reorders in RTL. */
export const address = (text: string) => el("bdi", { dir: "ltr", class: "cs-address" }, text);

/** A number inside running text: isolated left to right, so "−24.0" keeps its sign in front. */
export const number = (text: string) => el("bdi", { dir: "ltr" }, text);

/** User text (a header, a sheet name): isolated, its own direction, bidi controls contained. */
export const userText = (text: string) => el("bdi", {}, text);

export type Param = string | number | Node;

/**
 * A localised template with `{name}` placeholders as nodes: numbers and nodes isolated (see
 * above), strings isolated as user text.
 */
export function template(text: string, params: Readonly<Record<string, Param>>): Node[] {
  return text.split(/(\{\w+\})/).flatMap((part): Node[] => {
    const match = /^\{(\w+)\}$/.exec(part);
    if (!match || !(match[1] in params)) return part === "" ? [] : [document.createTextNode(part)];
    const value = params[match[1]];
    if (typeof value === "number") return [number(String(value))];
    return [typeof value === "string" ? userText(value) : value];
  });
}

/** Error text next to a control, wired with aria-describedby and aria-invalid. */
export function withErrors<T extends HTMLElement>(control: T, errors: readonly string[]): Node[] {
  if (errors.length === 0) return [control];
  const id = `${control.id}-error`;
  control.setAttribute("aria-invalid", "true");
  const describedBy = control.getAttribute("aria-describedby");
  control.setAttribute("aria-describedby", describedBy ? `${describedBy} ${id}` : id);
  return [
    control,
    // dir="auto": a message keeps its own direction (its full stop stays at its end) in RTL.
    el("p", { id, class: "cs-field-error" }, ...errors.map((e) => el("span", { dir: "auto" }, e))),
  ];
}

export interface FieldOptions {
  readonly id: string;
  readonly label: string;
  readonly errors: readonly string[];
  readonly hint?: Node;
}

/** A labelled text input (numbers are typed as text: digits of any script are accepted). */
export function textField(
  o: FieldOptions & {
    readonly value: string;
    readonly numeric?: boolean;
    /** User text (a name): its direction follows its own first strong character. */
    readonly userText?: boolean;
    readonly onInput?: (value: string) => void;
    readonly onChange: (value: string) => void;
  }
): HTMLElement {
  const input = el("input", {
    id: o.id,
    type: "text",
    class: "cs-input",
    ...(o.numeric ? { inputmode: "decimal", dir: "ltr" } : {}),
    ...(o.userText ? { dir: "auto" } : {}),
  });
  input.value = o.value;
  if (o.onInput) input.addEventListener("input", () => o.onInput?.(input.value));
  input.addEventListener("change", () => o.onChange(input.value));
  return field(o, input);
}

export function selectField<V extends string>(
  o: FieldOptions & {
    readonly value: V;
    readonly options: readonly { readonly value: V; readonly label: string }[];
    readonly disabled?: boolean;
    readonly onChange: (value: V) => void;
  }
): HTMLElement {
  const select = el(
    "select",
    { id: o.id, class: "cs-input" },
    ...o.options.map((option) => el("option", { value: option.value }, option.label))
  );
  select.value = o.value;
  select.disabled = o.disabled ?? false;
  select.addEventListener("change", () => o.onChange(select.value as V));
  return field(o, select);
}

function field(o: FieldOptions, control: HTMLElement): HTMLElement {
  if (o.hint) {
    const hintId = `${o.id}-hint`;
    control.setAttribute("aria-describedby", hintId);
    return el(
      "div",
      { class: "cs-field" },
      el("label", { for: o.id }, o.label),
      ...withErrors(control, o.errors),
      el("div", { id: hintId, class: "cs-hint" }, o.hint)
    );
  }
  return el(
    "div",
    { class: "cs-field" },
    el("label", { for: o.id }, o.label),
    ...withErrors(control, o.errors)
  );
}

export function checkbox(o: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
}): HTMLElement {
  const input = el("input", { id: o.id, type: "checkbox" });
  input.checked = o.checked;
  input.disabled = o.disabled ?? false;
  input.addEventListener("change", () => o.onChange(input.checked));
  return el("div", { class: "cs-check" }, input, el("label", { for: o.id }, o.label));
}

export function button(
  label: string | readonly Child[],
  onClick: () => void,
  attributes: Readonly<Record<string, string>> = {},
  enabled = true
): HTMLButtonElement {
  const node = el(
    "button",
    { type: "button", class: "cs-button", ...attributes },
    ...(typeof label === "string" ? [label] : label)
  );
  node.disabled = !enabled;
  node.addEventListener("click", onClick);
  return node;
}

/** Progress is spoken at most this often; the bar itself follows every report. */
export const SPOKEN_PROGRESS_MS = 2000;

/**
 * Progress of a long operation on a `<progress>` bar, spoken through `say` ("{done} of
 * {total}") at most every SPOKEN_PROGRESS_MS and at the end; `cancelled` asks the page.
 */
export function progressOn(
  bar: HTMLProgressElement,
  say: (nodes: Node[]) => void,
  progressText: string,
  now: () => number,
  cancelled: () => boolean
): Progress {
  let spoken = -Infinity;
  return {
    report(done, total) {
      bar.hidden = false;
      bar.max = Math.max(total, 1);
      bar.value = done;
      if (now() - spoken >= SPOKEN_PROGRESS_MS || done === total) {
        spoken = now();
        say(template(progressText, { done, total }));
      }
    },
    cancelled,
  };
}
