import { type KeyboardEvent, useId, useLayoutEffect, useRef } from 'react';
import type { MoveState } from './moveMachine.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';

/**
 * Props of the reason dialog.
 *
 * @example
 * <ReasonDialog state={moveState} name="Ada Lovelace" from="Core player" to="High performer" t={t} … />
 */
export interface ReasonDialogProps {
  state: MoveState;
  name: string;
  from: string;
  to: string;
  maxLength: number;
  t: NineBoxTranslate;
  onType: (reason: string) => void;
  /** The form was submitted; true when the move was confirmed (the grid then focuses the card in its new box). */
  onSubmit: () => boolean;
  onCancel: () => void;
}

type ReasonState = Extract<MoveState, { kind: 'reason' }>;

/**
 * The modal dialog every move passes through: a required reason (trimmed, at most `maxLength` characters),
 * submitted by its `type="submit"` button; Escape or Cancel abandons the move and returns focus to where it was.
 * It is the native `<dialog>` opened with `showModal()` (top layer, the page inert behind it, focus kept inside),
 * so opening one costs no focus-trap or scroll-lock layout work on a grid of thousands.
 *
 * @example
 * <ReasonDialog state={{ kind: 'reason', … }} … onSubmit={() => dispatch({ type: 'submit' })} />
 */
export function ReasonDialog(props: ReasonDialogProps) {
  return props.state.kind === 'reason' ? <OpenReasonDialog {...props} state={props.state} /> : null;
}

function OpenReasonDialog({
  state,
  name,
  from,
  to,
  maxLength,
  t,
  onType,
  onSubmit,
  onCancel,
}: ReasonDialogProps & { state: ReasonState }) {
  const titleId = useId();
  const descriptionId = useId();
  const fieldId = useId();
  const errorId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const confirmed = useRef(false);
  const error = state.error;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = dialog.ownerDocument.activeElement as HTMLElement | null;
    // showModal's own initial focus would scroll the field into view (a forced layout): focus it without scrolling,
    // the dialog is centred in the viewport anyway.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    fieldRef.current?.focus({ preventScroll: true });
    return () => {
      if (dialog.open) dialog.close();
      // A cancel returns to the card (or drag handle) the move started from; a confirmed move is followed by the grid.
      if (!confirmed.current && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const cancelOnEscape = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    // Handled here, not only through the native cancel event, so a scripted Escape cancels too.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <dialog
      ref={dialogRef}
      className="ns-nine-box-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={cancelOnEscape}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="ns-nine-box-dialog-title">
        {t('nineBox.reasonTitle', { name, to })}
      </h2>
      <p id={descriptionId} className="ns-nine-box-dialog-description">
        {t('nineBox.reasonDescription', { from, to })}
      </p>
      <form
        className="ns-nine-box-reason"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirmed.current = onSubmit();
          // Leave the field now, while the page's layout is clean: blurring (or removing) a focused text field in
          // the commit that re-places the cards would force a layout of the half-updated grid.
          if (confirmed.current) fieldRef.current?.blur();
        }}
      >
        <label className="ns-nine-box-label" htmlFor={fieldId}>
          {t('nineBox.reasonLabel')}
        </label>
        <textarea
          ref={fieldRef}
          id={fieldId}
          className="ns-nine-box-textarea"
          value={state.reason}
          required
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onType(event.target.value)}
          onKeyDown={(event) => {
            // Enter submits like a single-line field; Shift+Enter keeps a line break.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {error ? (
          <p id={errorId} className="ns-nine-box-error" role="alert">
            {error.kind === 'required'
              ? t('nineBox.reasonRequired')
              : t('nineBox.reasonTooLong', { max: maxLength, length: error.length })}
          </p>
        ) : null}
        <div className="ns-nine-box-dialog-actions">
          <button type="button" className="ns-nine-box-button" onClick={onCancel}>
            {t('nineBox.cancel')}
          </button>
          <button type="submit" className="ns-nine-box-button" data-variant="primary">
            {t('nineBox.reasonSubmit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
