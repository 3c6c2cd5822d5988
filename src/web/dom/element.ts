/** What `el` accepts as children: nodes, text, or nothing (skipped, for conditional parts). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes of `el`: strings set as attributes, `true` as a bare attribute, `false`/undefined skipped. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Creates an element with attributes and children. Text is always set as text, never parsed as HTML,
 * so names from the data cannot inject markup.
 *
 * @example el('button', { type: 'button', class: 'secondary' }, t('common.print'))
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children to a node, skipping empty ones. */
export function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of a node. */
export function replaceChildren(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, children);
}

/**
 * A table from a header row and body rows (cells are children). Each cell carries its column's header in
 * `data-label`, so on a phone-width screen the stylesheet shows every row as a stacked card instead of
 * a table too wide to read.
 */
export function table(headers: readonly string[], rows: readonly (readonly Child[])[], attrs: Attrs = {}): HTMLElement {
  return el(
    'div', { class: 'table-wrap' },
    el(
      'table', { ...attrs, class: `stack ${String(attrs['class'] ?? '')}`.trim() },
      el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => el('td', { 'data-label': headers[i] ?? '' }, c))))),
    ),
  );
}
