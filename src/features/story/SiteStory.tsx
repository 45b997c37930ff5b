import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { Story } from '../../domain/schema/story.ts';
import { loadStory } from '../../content/load-story.ts';
import { SourcesList } from '../site-panel/SourcesList.tsx';
import { useKiosk } from '../kiosk/kiosk-context.ts';
import { LazySiteQuiz, QuizEntry } from '../quiz/QuizEntry.tsx';

type State = { kind: 'loading' } | { kind: 'ready'; story: Story; html: string } | { kind: 'error'; message: string };

/**
 * The full story of a site, loaded on demand; Markdown is rendered and sanitised before it reaches the DOM.
 * Render it with `key={siteId + lang}` so a new site or language starts from the loading state.
 */
export function SiteStory({ siteId, lang, siteName }: { siteId: string; lang: Lang; siteName?: string }) {
  const { t } = useTranslation();
  const { kiosk } = useKiosk();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void Promise.all([loadStory(siteId, lang), import('./render-markdown.ts')]).then(([r, { renderMarkdown }]) => {
      if (!live) return;
      if (!r.ok) setState({ kind: 'error', message: r.message });
      else setState({ kind: 'ready', story: r.value, html: renderMarkdown(r.value.body, undefined, undefined, siteId) });
    }).catch((e: unknown) => {
      // The renderer's chunk failed to load: say so instead of "loading…" forever.
      if (live) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      live = false;
    };
  }, [siteId, lang]);

  if (state.kind === 'loading') return <p className="muted" role="status">{t('story.loading')}</p>;
  if (state.kind === 'error') return <p className="notice" role="status">{t('story.unavailable')}</p>;
  return (
    <section className="site-story" aria-labelledby="site-story-title">
      <h3 id="site-story-title">{state.story.frontMatter.title}</h3>
      {/* Sanitised by DOMPurify in renderMarkdown. */}
      <div className="site-story__body" dangerouslySetInnerHTML={{ __html: state.html }} />
      <details className="site-story__sources">
        <summary>{t('story.sources', { count: state.story.frontMatter.sources.length })}</summary>
        <SourcesList sources={state.story.frontMatter.sources} />
      </details>
      {/* The quiz (issue 13) loads on the first press; passing it stamps the passport, except on the kiosk. */}
      <QuizEntry className="site-story__quiz">
        {(close) => (
          <LazySiteQuiz siteId={siteId} siteName={siteName ?? state.story.frontMatter.title} lang={lang} stamps={!kiosk} storyTitleId="site-story-title" onClose={close} />
        )}
      </QuizEntry>
    </section>
  );
}
