// A tiny element builder: attributes and text only (text goes in as text, never as HTML).
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}

/**
 * Sets CSS properties through the CSSOM: the page's policy (style-src 'self') refuses style
 * attributes, not properties set from script.
 */
export function styled<E extends HTMLElement>(element: E, properties: Record<string, string>): E {
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  return element;
}

/** Replaces an element's children. */
export function fill(element: Element, children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => !!child));
}

/** A screen the user taps, with no hover: taps only look at places, and the hints say "tap". */
export function touchScreen(): boolean {
  return matchMedia("(hover: none) and (pointer: coarse)").matches;
}
