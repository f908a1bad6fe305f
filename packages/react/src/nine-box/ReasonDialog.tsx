import * as Dialog from '@radix-ui/react-dialog';
import { useId } from 'react';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { useNorthstar } from '../provider/useNorthstar.js';
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
  onSubmit: () => void;
  onCancel: () => void;
  onCloseAutoFocus: (event: Event) => void;
}

/**
 * The modal Radix dialog every move passes through: a required reason (trimmed, at most `maxLength` characters),
 * submitted by its `type="submit"` button; Escape or Cancel abandons the move.
 *
 * @example
 * <ReasonDialog state={{ kind: 'reason', … }} … onSubmit={() => dispatch({ type: 'submit' })} />
 */
export function ReasonDialog({
  state,
  name,
  from,
  to,
  maxLength,
  t,
  onType,
  onSubmit,
  onCancel,
  onCloseAutoFocus,
}: ReasonDialogProps) {
  const { portalContainer } = useNorthstar();
  const standaloneRoot = useStandaloneRoot();
  const fieldId = useId();
  const errorId = useId();
  const open = state.kind === 'reason';
  const error = open ? state.error : null;
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onCancel();
      }}
    >
      <Dialog.Portal container={portalContainer ?? undefined}>
        <Dialog.Overlay className="ns-nine-box-overlay" />
        <Dialog.Content
          className="ns-nine-box-dialog"
          onCloseAutoFocus={onCloseAutoFocus}
          {...standaloneRoot}
        >
          <Dialog.Title className="ns-nine-box-dialog-title">
            {t('nineBox.reasonTitle', { name, to })}
          </Dialog.Title>
          <Dialog.Description className="ns-nine-box-dialog-description">
            {t('nineBox.reasonDescription', { from, to })}
          </Dialog.Description>
          <form
            className="ns-nine-box-reason"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            <label className="ns-nine-box-label" htmlFor={fieldId}>
              {t('nineBox.reasonLabel')}
            </label>
            <textarea
              id={fieldId}
              className="ns-nine-box-textarea"
              value={open ? state.reason : ''}
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
              <Dialog.Close asChild>
                <button type="button" className="ns-nine-box-button">
                  {t('nineBox.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="ns-nine-box-button" data-variant="primary">
                {t('nineBox.reasonSubmit')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
