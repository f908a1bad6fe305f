// The feedback bench page: the same 60-question template as <FeedbackForm> and as a SurveyJS model, mounted one
// after the other in one page load. Exposes window.mountForm / window.unmountForm for feedback.bench.mjs.
import type { FeedbackQuestion, FeedbackTemplate } from '@northstar/core';
import { version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.min.css';
import '../src/styles.css';
import { FeedbackForm } from '../src/feedback-form/FeedbackForm.js';

const LABELS = ['Rarely', 'Sometimes', 'Often', 'Usually', 'Consistently'];

function question(i: number): FeedbackQuestion {
  const section = `Competency ${Math.floor(i / 10) + 1}`;
  if (i % 6 === 5) return { id: `q${i}`, kind: 'text', prompt: `Comment ${i + 1}`, section, maxLength: 1000 };
  if (i % 6 === 4)
    return {
      id: `q${i}`,
      kind: 'choice',
      prompt: `Choice ${i + 1}`,
      section,
      options: ['Keep', 'Start', 'Stop'],
    };
  return {
    id: `q${i}`,
    kind: 'rating',
    prompt: `Behaviour ${i + 1}`,
    section,
    required: i % 3 === 0,
    scale: { min: 1, max: 5, step: 1, labels: LABELS },
    anchors: LABELS.map((l) => `${l}: observed behaviour for item ${i + 1}`),
  };
}

const template: FeedbackTemplate = {
  id: 'bench',
  title: 'Benchmark 360',
  questions: Array.from({ length: 60 }, (_, i) => question(i)),
};

// The same questions for SurveyJS: rating with labelled values, radiogroup, comment; all on one page.
const surveyJson = {
  title: template.title,
  pages: [
    {
      name: 'all',
      elements: template.questions.map((q) =>
        q.kind === 'rating'
          ? {
              type: 'rating',
              name: q.id,
              title: q.prompt,
              isRequired: q.required === true,
              rateValues: LABELS.map((text, k) => ({ value: k + 1, text: `${k + 1} · ${text}` })),
              description: q.anchors?.join(' / '),
            }
          : q.kind === 'choice'
            ? { type: 'radiogroup', name: q.id, title: q.prompt, choices: q.options }
            : { type: 'comment', name: q.id, title: q.prompt, maxLength: q.maxLength },
      ),
    },
  ],
};

let root: Root | null = null;
let host: HTMLElement | null = null;

declare global {
  interface Window {
    mountForm: (
      library: 'northstar' | 'surveyjs',
    ) => Promise<{ renderMs: number; paintedMs: number; fields: number }>;
    unmountForm: () => void;
    benchReactVersion: string;
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

window.benchReactVersion = version;
window.mountForm = async (library) => {
  host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  root = createRoot(host);
  flushSync(() => {
    root!.render(
      library === 'northstar' ? (
        <FeedbackForm template={template} draftStorage={null} />
      ) : (
        <Survey model={new Model(surveyJson)} />
      ),
    );
  });
  const renderMs = performance.now() - start;
  await frame();
  await frame();
  const paintedMs = performance.now() - start;
  const fields =
    host.querySelectorAll('textarea').length +
    host.querySelectorAll('[role="radiogroup"], .sd-rating, fieldset.sd-selectbase').length;
  return { renderMs, paintedMs, fields };
};
window.unmountForm = () => {
  root?.unmount();
  host?.remove();
  root = null;
  host = null;
};
