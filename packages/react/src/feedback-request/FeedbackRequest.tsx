import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { FeedbackRequestConnected, type FeedbackRequestConnectedProps } from './FeedbackRequestConnected.js';
import { FeedbackRequestView } from './FeedbackRequestView.js';
import { type FeedbackRequestControlledProps, useFeedbackRequest } from './useFeedbackRequest.js';

/**
 * Props of `<FeedbackRequest>`: controlled with `people` (and `onRequest` to send), or connected with `subjectId`
 * and `templateId` inside a NorthstarProvider whose adapter has `people` and `feedback.request`.
 *
 * @example
 * const props: FeedbackRequestProps = { subjectId: 'p-053', templateId: 'h2-360' };
 */
export type FeedbackRequestProps =
  | (FeedbackRequestControlledProps & Omit<ComponentPropsWithoutRef<'section'>, 'defaultValue'>)
  | (FeedbackRequestConnectedProps & { people?: undefined });

const FeedbackRequestControlled = forwardRef<
  HTMLElement,
  FeedbackRequestControlledProps & Omit<ComponentPropsWithoutRef<'section'>, 'defaultValue'>
>(function FeedbackRequestControlled(props, ref) {
  const {
    subjectId,
    templateId,
    people,
    template,
    anonymityThreshold,
    requests,
    value,
    defaultValue,
    onValueChange,
    onRequest,
    requestedBy,
    dueOn,
    maxShown,
    ...rest
  } = props;
  const picker = useFeedbackRequest({
    subjectId,
    templateId,
    people,
    template,
    anonymityThreshold,
    requests,
    value,
    defaultValue,
    onValueChange,
    onRequest,
    requestedBy,
    dueOn,
    maxShown,
  });
  return <FeedbackRequestView ref={ref} picker={picker} {...rest} />;
});

/**
 * Picks raters for someone's 360 from the directory — searchable, keyboard-operable checkboxes, a relationship per
 * rater suggested from the reporting line — shows live whether each relationship group reaches the template's
 * anonymity threshold ("2 peers chosen: fewer than 3 …"), and sends the requests with one idempotency key reused by
 * Retry; connected or controlled. Forwards `ref` to the `<section>`; other props go on it.
 *
 * @example
 * <NorthstarProvider adapter={adapter}>
 *   <FeedbackRequest subjectId="p-053" templateId="h2-360" requestedBy="p-053" />
 * </NorthstarProvider>
 */
export const FeedbackRequest = forwardRef<HTMLElement, FeedbackRequestProps>(
  function FeedbackRequest(props, ref) {
    if (props.people !== undefined) return <FeedbackRequestControlled ref={ref} {...props} />;
    return <FeedbackRequestConnected ref={ref} {...(props as FeedbackRequestConnectedProps)} />;
  },
);
