import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import css from '../theme/frise.css?inline';
import { EmbeddedTimeline } from './EmbeddedTimeline.js';
import { parseTimelineText } from './loadTimelineDocument.js';
import { EMBED_ATTRIBUTES, readEmbedConfig } from './readEmbedConfig.js';

/**
 * Resets the host so the article's CSS cannot hide or resize the timeline from outside. Sizes
 * are fixed in px because `rem` would follow the article's root font size; the article can
 * still set `--frise-font-size` on the element.
 */
const HOST_CSS = `:host { display: block; contain: content; font-size: 16px; --frise-font-size: 14px; --frise-font-size-small: 12px; } :host([hidden]) { display: none; }`;

let sharedSheet: CSSStyleSheet | undefined;

/** One constructed stylesheet for every element: no inline <style>, so a strict CSP allows it. */
function getStyleSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(`${css}\n${HOST_CSS}`);
  }
  return sharedSheet;
}

/**
 * `<frise-timeline src="timeline.json" locale="fr">`: the timeline as a custom element, for
 * pages that can only paste an embed code. It renders in a shadow root, so the article's CSS
 * cannot break it and its CSS cannot leak out; `--frise-*` properties set on the element
 * still theme it. Removing the element unmounts React and its listeners.
 */
export class FriseTimelineElement extends HTMLElement {
  static readonly observedAttributes = EMBED_ATTRIBUTES;
  #root: Root | undefined;
  #container: HTMLDivElement | undefined;

  connectedCallback(): void {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [getStyleSheet()];
      this.#container = document.createElement('div');
      shadow.append(this.#container);
      this.#root = createRoot(this.#container);
    }
    this.#render();
  }

  disconnectedCallback(): void {
    this.#root?.unmount();
    this.#root = undefined;
    this.#container?.remove();
    this.#container = undefined;
  }

  attributeChangedCallback(): void {
    if (this.#root) this.#render();
  }

  #render(): void {
    const config = readEmbedConfig((name) => this.getAttribute(name));
    if (this.#container) this.#container.style.height = config.height ?? '';
    let inline: unknown;
    let inlineError: string | undefined;
    const script = this.querySelector('script[type="application/json"]');
    if (!config.src && script) {
      try {
        inline = parseTimelineText(script.textContent ?? '', 'the inline JSON script');
      } catch (error) {
        inlineError = error instanceof Error ? error.message : String(error);
      }
    }
    this.#root?.render(createElement(EmbeddedTimeline, { config, inline, inlineError }));
  }
}

/** Defines `<frise-timeline>` once, however many times the bundle is loaded. */
export function defineFriseTimelineElement(name = 'frise-timeline'): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) {
    customElements.define(name, FriseTimelineElement);
  }
}
