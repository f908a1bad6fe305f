import { memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { FormFieldValues } from './formValues.js';
import type { FeedbackQuestionModel } from './resolveFeedbackForm.js';

interface FieldProps {
  question: FeedbackQuestionModel;
  name: string;
  register: UseFormRegister<FormFieldValues>;
}

function Heading({ question, as }: { question: FeedbackQuestionModel; as: 'p' | 'label' }) {
  const Tag = as;
  return (
    <Tag
      className="ns-feedback-form-prompt"
      id={question.labelId}
      {...(as === 'label' ? { htmlFor: question.fieldId } : {})}
    >
      <bdi>{question.prompt}</bdi>{' '}
      <span className="ns-feedback-form-required" data-required={question.required ? 'true' : 'false'}>
        ({question.requiredText})
      </span>
    </Tag>
  );
}

function Help({ question }: { question: FeedbackQuestionModel }) {
  return (
    <>
      {question.description && (
        <p className="ns-feedback-form-description" id={question.descriptionId ?? undefined}>
          {question.description}
        </p>
      )}
      {question.error && (
        <p className="ns-feedback-form-error" id={question.errorId ?? undefined}>
          {question.error}
        </p>
      )}
    </>
  );
}

/** One rating or single-choice question as a radio group inside a fieldset, every level's label and anchor visible. */
function RadioQuestion({ question, name, register }: FieldProps) {
  const field = register(name);
  const choices =
    question.kind === 'rating'
      ? question.levels.map((level) => ({
          id: level.id,
          value: String(level.value),
          title: `${level.value} · ${level.label}`,
          anchor: level.anchor,
        }))
      : question.options.map((option) => ({
          id: option.id,
          value: option.value,
          title: option.value,
          anchor: null,
        }));
  if (question.notApplicable) {
    choices.push({
      id: question.notApplicable.id,
      value: 'n/a',
      title: question.notApplicable.label,
      anchor: null,
    });
  }
  return (
    <div
      className="ns-feedback-form-question"
      data-kind={question.kind}
      data-invalid={question.error ? 'true' : undefined}
      id={question.fieldId}
      role="radiogroup"
      aria-labelledby={question.labelId}
      aria-describedby={question.describedBy}
      aria-required={question.required || undefined}
      aria-invalid={question.error ? true : undefined}
    >
      <Heading question={question} as="p" />
      <Help question={question} />
      <div className="ns-feedback-form-levels">
        {choices.map((choice) => (
          <label key={choice.id} className="ns-feedback-form-level" htmlFor={choice.id}>
            <input type="radio" id={choice.id} value={choice.value} {...field} />
            <span className="ns-feedback-form-level-title">
              <bdi>{choice.title}</bdi>
            </span>
            {choice.anchor && (
              <span className="ns-feedback-form-anchor">
                <bdi>{choice.anchor}</bdi>
              </span>
            )}
          </label>
        ))}
      </div>
    </div>
  );
}

/**
 * A multiple choice as a checkbox group: a fieldset named by its legend, the "choose up to …" hint and the error tied
 * to the group with aria-describedby (announced on entering it), every option a labelled checkbox.
 */
function CheckboxQuestion({ question, name, register }: FieldProps) {
  const field = register(name);
  const invalid = question.error ? true : undefined;
  return (
    <fieldset
      className="ns-feedback-form-question"
      data-kind="choice"
      data-multiple="true"
      data-invalid={invalid ? 'true' : undefined}
      id={question.fieldId}
      aria-describedby={question.describedBy}
    >
      <legend className="ns-feedback-form-prompt" id={question.labelId}>
        <bdi>{question.prompt}</bdi>{' '}
        <span className="ns-feedback-form-required" data-required={question.required ? 'true' : 'false'}>
          ({question.requiredText})
        </span>
      </legend>
      {question.description && (
        <p className="ns-feedback-form-description" id={question.descriptionId ?? undefined}>
          {question.description}
        </p>
      )}
      {question.hint && (
        <p className="ns-feedback-form-hint" id={question.hintId ?? undefined}>
          {question.hint}
        </p>
      )}
      {question.error && (
        <p className="ns-feedback-form-error" id={question.errorId ?? undefined}>
          {question.error}
        </p>
      )}
      <div className="ns-feedback-form-levels">
        {question.options.map((option) => (
          <label key={option.id} className="ns-feedback-form-level" htmlFor={option.id}>
            <input type="checkbox" id={option.id} value={option.value} aria-invalid={invalid} {...field} />
            <span className="ns-feedback-form-level-title">
              <bdi>{option.value}</bdi>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A text question: a labelled textarea with a live character count tied by aria-describedby. */
function TextQuestion({ question, name, register }: FieldProps) {
  return (
    <div
      className="ns-feedback-form-question"
      data-kind="text"
      data-invalid={question.error ? 'true' : undefined}
    >
      <Heading question={question} as="label" />
      <Help question={question} />
      <textarea
        className="ns-feedback-form-textarea"
        id={question.fieldId}
        rows={4}
        aria-describedby={question.describedBy}
        aria-required={question.required || undefined}
        aria-invalid={question.error ? true : undefined}
        {...register(name)}
      />
      {question.counter && (
        <p
          className="ns-feedback-form-counter"
          id={question.counterId ?? undefined}
          data-over={question.counter.over ? 'true' : undefined}
        >
          {question.counter.text}
        </p>
      )}
    </div>
  );
}

/**
 * Renders one question of the form model by kind (rating and single choice as radio groups, a multiple choice as a
 * checkbox group, text as a textarea).
 *
 * @example
 * <FeedbackQuestionField question={q} name={form.fieldName(q.index)} register={form.register} />
 */
export const FeedbackQuestionField = memo(
  function FeedbackQuestionField(props: FieldProps) {
    if (props.question.kind === 'text') return <TextQuestion {...props} />;
    return props.question.multiple ? <CheckboxQuestion {...props} /> : <RadioQuestion {...props} />;
  },
  // The resolver builds fresh models on every change; only a question whose own content changed re-renders, so a
  // keystroke in one textarea does not re-render the other 59 questions.
  (a, b) =>
    a.name === b.name &&
    a.register === b.register &&
    JSON.stringify(a.question) === JSON.stringify(b.question),
);
