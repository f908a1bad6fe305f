import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { useNorthstar } from '../provider/useNorthstar.js';

/**
 * Props of {@link GoalTreeDialogFrame}.
 *
 * @example
 * <GoalTreeDialogFrame open={open} onOpenChange={setOpen}>{form}</GoalTreeDialogFrame>
 */
export interface GoalTreeDialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  /** The dialog's content (rendered only while open); it names itself with `Dialog.Title`. */
  children: ReactNode;
}

/**
 * The frame the goal tree's dialogs share: a modal Radix dialog portalled into the provider's container, with the
 * tree's overlay and panel classes and the theme variables of a tree used without a provider.
 *
 * @example
 * <GoalTreeDialogFrame open onOpenChange={close} onCloseAutoFocus={refocus}><form>…</form></GoalTreeDialogFrame>
 */
export function GoalTreeDialogFrame({
  open,
  onOpenChange,
  onCloseAutoFocus,
  children,
}: GoalTreeDialogFrameProps) {
  const { portalContainer } = useNorthstar();
  const standaloneRoot = useStandaloneRoot();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={portalContainer ?? undefined}>
        <Dialog.Overlay className="ns-goal-tree-overlay" />
        <Dialog.Content
          className="ns-goal-tree-dialog"
          onCloseAutoFocus={onCloseAutoFocus}
          {...standaloneRoot}
        >
          {open ? children : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
