/** What a division by a zero width or an empty range leaves in markup. */
const BROKEN_NUMBER = /NaN|Infinity|Invalid Date/;

/**
 * Every attribute (transforms, sizes, `aria-value*`, styles) and text under `root` that holds
 * NaN, Infinity or "Invalid Date", in a readable form; empty when the markup is sound. Styles
 * that React refused (a `NaN` left) never reach the attribute: React warns about them through
 * `console.error`, which `watchPageErrors` collects.
 */
export function findBrokenNumbers(root: Element): string[] {
  const found: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      if (BROKEN_NUMBER.test(attribute.value)) {
        found.push(`<${element.localName}> ${attribute.name}="${attribute.value}"`);
      }
    }
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && BROKEN_NUMBER.test(node.textContent ?? '')) {
        found.push(`<${element.localName}> text "${node.textContent}"`);
      }
    }
  }
  return found;
}
