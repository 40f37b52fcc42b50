/** What a `<frise-timeline>` element was asked to show, read from its attributes. */
export interface EmbedConfig {
  /** URL of a JSON (or CSV) timeline document; when absent, an inline JSON script child is read. */
  readonly src: string | undefined;
  /** The `locale` attribute. @default 'en' */
  readonly locale: string;
  /** The `theme` attribute; `auto` follows the reader's system. @default 'auto' */
  readonly theme: 'light' | 'dark' | 'auto';
  /** Whether to show the document's story: `story` present and not `off` or `false`. @default false */
  readonly hasStory: boolean;
  /** A CSS length for the element's height, or undefined to size to content. */
  readonly height: string | undefined;
  /** The `selected` attribute: the id of the event selected at first. */
  readonly selectedId: string | undefined;
  /** The timeline's title when `src` is a CSV file, which has no row for one. */
  readonly label: string | undefined;
}

/** The attributes the element observes: changing one re-renders the timeline. */
export const EMBED_ATTRIBUTES = [
  'src',
  'locale',
  'theme',
  'story',
  'height',
  'selected',
  'label',
] as const;

const CSS_LENGTH = /^\d+(\.\d+)?(px|rem|em|vh|%)$/;

/**
 * Reads the attributes with safe defaults: anything unexpected falls back rather than
 * throwing, because an embed code pasted in a CMS must never break the article.
 */
export function readEmbedConfig(getAttribute: (name: string) => string | null): EmbedConfig {
  const theme = getAttribute('theme');
  const height = getAttribute('height')?.trim();
  const story = getAttribute('story');
  return {
    src: getAttribute('src')?.trim() || undefined,
    locale: getAttribute('locale')?.trim() || 'en',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    hasStory: story !== null && story !== 'off' && story !== 'false',
    height: height && CSS_LENGTH.test(height) ? height : undefined,
    selectedId: getAttribute('selected')?.trim() || undefined,
    label: getAttribute('label')?.trim() || undefined,
  };
}
