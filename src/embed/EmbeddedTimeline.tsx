import { useEffect, useState } from 'react';
import { NewsTimeline } from '../components/NewsTimeline/NewsTimeline.js';
import { DataProblems } from '../components/Timeline/DataProblems.js';
import { getMessages } from '../i18n/messages.js';
import type { TimelineData } from '../model/event.js';
import type { TimelineProblem } from '../model/timelineProblem.js';
import { loadTimelineDocument } from './loadTimelineDocument.js';
import type { EmbedConfig } from './readEmbedConfig.js';
import { readStory } from './readStory.js';

export interface EmbeddedTimelineProps {
  readonly config: EmbedConfig;
  /** A document given inline (a JSON script child), used when there is no `src`. */
  readonly inline: unknown;
  /** Why the inline document could not be read. */
  readonly inlineError: string | undefined;
}

type LoadState =
  | { readonly status: 'loading' }
  // Untrusted: the Timeline validates it, drawing the valid events and listing the problems.
  // `problems` are those of a CSV file's rows, read before the Timeline sees the valid ones.
  | {
      readonly status: 'ready';
      readonly data: TimelineData;
      readonly problems: readonly TimelineProblem[];
    }
  | { readonly status: 'failed'; readonly message: string };

/** What the custom element renders: the timeline once its document is loaded, or why not. */
export function EmbeddedTimeline({ config, inline, inlineError }: EmbeddedTimelineProps) {
  const [state, setState] = useState<LoadState>(() =>
    inline !== undefined
      ? { status: 'ready', data: inline as TimelineData, problems: [] }
      : { status: 'loading' },
  );
  useEffect(() => {
    if (!config.src) {
      setState(
        inline !== undefined
          ? { status: 'ready', data: inline as TimelineData, problems: [] }
          : {
              status: 'failed',
              message: inlineError ?? 'No timeline: give a src attribute or a JSON script.',
            },
      );
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    const csvTitle = config.label;
    loadTimelineDocument(config.src, {
      signal: controller.signal,
      ...(csvTitle ? { csvTitle } : {}),
    }).then(
      ({ data, problems }) => setState({ status: 'ready', data: data as TimelineData, problems }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => controller.abort();
  }, [config.src, config.label, inline, inlineError]);

  if (state.status === 'failed') {
    return (
      <div
        className="frise frise-embed-error"
        role="alert"
        data-theme={config.theme === 'auto' ? undefined : config.theme}
      >
        <p className="frise-problems__heading">{state.message}</p>
      </div>
    );
  }
  if (state.status === 'loading') {
    return <div className="frise frise-embed-loading" aria-busy="true" />;
  }
  const story = config.hasStory ? readStory(state.data) : undefined;
  const timeline = (
    <NewsTimeline
      data={state.data}
      locale={config.locale}
      theme={config.theme}
      serverLayout="timeline"
      {...(story ? { story } : {})}
      {...(config.selectedId ? { defaultSelectedId: config.selectedId } : {})}
    />
  );
  if (state.problems.length === 0) return timeline;
  return (
    <>
      <div className="frise" data-theme={config.theme === 'auto' ? undefined : config.theme}>
        <DataProblems problems={state.problems} messages={getMessages(config.locale)} />
      </div>
      {timeline}
    </>
  );
}
