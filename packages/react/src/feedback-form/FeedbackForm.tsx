import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { FeedbackFormConnected, type FeedbackFormConnectedProps } from './FeedbackFormConnected.js';
import { FeedbackFormView } from './FeedbackFormView.js';
import type { FeedbackFormControlledProps } from './feedbackForm.types.js';
import { useFeedbackForm } from './useFeedbackForm.js';

/**
 * Props of `<FeedbackForm>`: controlled with a `template` (no provider needed), or connected with `templateId`,
 * `subjectId`, `raterId` and `relationship` inside a NorthstarProvider whose adapter has `feedback`.
 *
 * @example
 * const props: FeedbackFormProps = { templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224', relationship: 'peer' };
 */
export type FeedbackFormProps =
  | (FeedbackFormControlledProps & Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'>)
  | (FeedbackFormConnectedProps & { template?: undefined });

const FeedbackFormControlled = forwardRef<
  HTMLFormElement,
  FeedbackFormControlledProps & Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'>
>(function FeedbackFormControlled(props, ref) {
  const {
    template,
    value,
    defaultValue,
    onValueChange,
    onSubmit,
    subjectId,
    raterId,
    relationship,
    requests,
    groupSize,
    draftStorage,
    serverDraft,
    onDraftChange,
    onDraftDiscard,
    readOnly,
    errors,
    ...rest
  } = props;
  const form = useFeedbackForm({
    template,
    value,
    defaultValue,
    onValueChange,
    onSubmit,
    subjectId,
    raterId,
    relationship,
    requests,
    groupSize,
    draftStorage,
    serverDraft,
    onDraftChange,
    onDraftDiscard,
    readOnly,
    errors,
  });
  return <FeedbackFormView ref={ref} form={form} {...rest} />;
});

/**
 * A template-driven feedback form — ratings as radio groups with behaviour anchors, text as textareas with a live
 * count, choices, sections with progress — whose drafts survive reloads, network loss and failed submits, and whose
 * submit is idempotent; connected or controlled. Forwards `ref` to the `<form>`; other props go on it.
 *
 * @example
 * <NorthstarProvider adapter={adapter}>
 *   <FeedbackForm templateId="h2-360" subjectId="p-053" raterId="p-224" relationship="direct-report" />
 * </NorthstarProvider>
 */
export const FeedbackForm = forwardRef<HTMLFormElement, FeedbackFormProps>(function FeedbackForm(props, ref) {
  if (props.template !== undefined) return <FeedbackFormControlled ref={ref} {...props} />;
  return <FeedbackFormConnected ref={ref} {...(props as FeedbackFormConnectedProps)} />;
});
