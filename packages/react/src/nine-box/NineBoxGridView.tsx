import {
  type CSSProperties,
  forwardRef,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { LazyPartView, lazyPart } from '../internal/lazyPart.js';
import { useControllableState } from '../internal/useControllableState.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useRovingFocus } from '../internal/useRovingFocus.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { whenIdle } from '../internal/whenIdle.js';
import { NineBoxCell } from './NineBoxCell.js';
import { NineBoxScope } from './NineBoxScope.js';
import { NineBoxToolbar } from './NineBoxToolbar.js';
import type { NineBoxFilter, NineBoxPersonView } from './nineBox.types.js';
import type { NineBoxGridProps } from './nineBoxGrid.types.js';
import { PersonCard } from './PersonCard.js';
import { ReasonDialog } from './ReasonDialog.js';
import { useNineBox } from './useNineBox.js';
import { useNineBoxDnd } from './useNineBoxDnd.js';

// The drill-down (Radix Dialog, TanStack Table and Virtual) is a chunk of its own, fetched while the page is idle or
// on first use, so a host's first load carries only the grid. It never renders on the server (it opens on a click).
const drillPart = lazyPart(() => import('./DrillDownDialog.js').then((m) => m.DrillDownDialog));

const NO_FILTER: NineBoxFilter = {};

const ARROWS: Readonly<Record<string, 'up' | 'down' | 'left' | 'right' | 'first' | 'last'>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/** Where focus is inside the grid, by person and part (or box), so it survives the cards being re-created. */
function focusPlace(root: HTMLElement | null): string | null {
  const active = root?.ownerDocument.activeElement as HTMLElement | null | undefined;
  if (!root || !active || !root.contains(active)) return null;
  const card = active.closest<HTMLElement>('[data-person-id]');
  const part = ['ns-nine-box-handle', 'ns-nine-box-move', 'ns-nine-box-more'].find((c) =>
    active.classList.contains(c),
  );
  const where = card
    ? `[data-person-id="${CSS.escape(card.dataset.personId ?? '')}"]`
    : `[data-box="${active.closest<HTMLElement>('[data-box]')?.dataset.box ?? ''}"]`;
  return part ? `${where} .${part}` : where;
}

/**
 * The controlled 9-box grid: a WAI-ARIA grid of boxes (arrow keys between boxes, Tab into a box's cards), person
 * cards that move by keyboard ("Move to…", arrows, Enter, a reason) or by mouse drag, a polite live region, undo,
 * CSV export and a drill-down per box.
 *
 * @example
 * <NineBoxGridView records={records} people={people} onMove={onMove} label="Talent review" />
 */
export const NineBoxGridView = forwardRef<HTMLDivElement, NineBoxGridProps & { banner?: ReactNode }>(
  function NineBoxGridView(props, ref) {
    const {
      records = [],
      people,
      performanceCuts,
      potentialCuts,
      labels,
      levelNames,
      target,
      filter: filterProp,
      defaultFilter,
      onFilterChange,
      scopePicker = false,
      maxCardsPerBox,
      onMove,
      moves,
      maxReasonLength,
      readOnly,
      movedBy,
      cycleId: _cycleId,
      label,
      toolbar = true,
      banner,
      className,
      style,
      ...rest
    } = props;
    const [filter, setFilter] = useControllableState<NineBoxFilter>({
      value: filterProp,
      defaultValue: defaultFilter ?? NO_FILTER,
      onChange: onFilterChange,
      name: 'NineBoxGrid.filter',
    });
    const nineBox = useNineBox({
      records,
      people,
      performanceCuts,
      potentialCuts,
      labels,
      levelNames,
      target,
      filter,
      maxCardsPerBox,
      onMove,
      moves,
      maxReasonLength,
      readOnly,
      movedBy,
    });
    const { model, t, format, moveState, dispatch, direction, movingPerson, canMove, pending } = nineBox;
    const standaloneRoot = useStandaloneRoot();
    const rootRef = useRef<HTMLDivElement | null>(null);
    // dnd-kit's (silent) live region and instructions go inside the widget, hidden from the accessibility tree.
    const [dndContainer, setDndContainer] = useState<HTMLDivElement | null>(null);
    const [drillBox, setDrillBox] = useState<number | undefined>(undefined);
    const rtl = direction === 'rtl';
    const grid = useMemo(
      () => ({ columns: model.columns, rows: model.rowCount, rtl }),
      [model.columns, model.rowCount, rtl],
    );
    // Box ids in reading order (highest potential row first), for the shared roving focus in its grid orientation.
    const boxIds = useMemo(() => {
      const ids: string[] = [];
      for (let level = grid.rows - 1; level >= 0; level--) {
        for (let column = 0; column < grid.columns; column++)
          ids.push(String(level * grid.columns + column + 1));
      }
      return ids;
    }, [grid]);
    const roving = useRovingFocus({ ids: boxIds, orientation: 'grid', columns: grid.columns, rtl });
    const { setActiveId: onFocusBox, focusId: focusBox } = roving;

    const setRefs = useCallback(
      (element: HTMLDivElement | null) => {
        rootRef.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      },
      [ref],
    );
    const onStartMove = useCallback(
      (person: NineBoxPersonView) => dispatch({ type: 'start', personId: person.id, fromBox: person.box }),
      [dispatch],
    );
    // dnd-kit is a chunk of its own (fetched on idle, or when a drag handle gets focus or a pointer comes over a
    // card): until it is in, boxes and cards render without it and "Move to…" works as ever.
    const { dnd: dndModule, request: requestDnd } = useNineBoxDnd(canMove);
    const dnd = canMove ? dndModule : null;
    // Switching to the draggable cards re-creates them: note where focus was (read before React commits the switch)
    // and put it back on the same person's same control.
    const dndShown = useRef(dnd !== null);
    const refocus = useRef<string | null>(null);
    if ((dnd !== null) !== dndShown.current) {
      dndShown.current = dnd !== null;
      refocus.current = focusPlace(rootRef.current);
    }
    useIsomorphicLayoutEffect(() => {
      const place = refocus.current;
      refocus.current = null;
      if (place === null || dnd === null) return;
      rootRef.current?.querySelector<HTMLElement>(place)?.focus({ preventScroll: true });
    }, [dnd]);
    const wantDnd = (event: { target: EventTarget }) => {
      if (dnd || !canMove) return;
      const target = event.target as HTMLElement;
      if (target.closest?.('.ns-nine-box-handle, [data-draggable]')) requestDnd();
    };
    const Cell = dnd ? dnd.DroppableNineBoxCell : NineBoxCell;
    const Card = dnd ? dnd.DraggablePersonCard : PersonCard;
    const onOpenDrill = useCallback((box: number) => setDrillBox(box), []);
    useEffect(() => whenIdle(() => drillPart.preload().catch(() => {})), []);
    const onCloseDrill = useCallback(() => setDrillBox(undefined), []);
    const onDropPerson = useCallback(
      (personId: string, fromBox: number | null, box: number) =>
        dispatch({ type: 'dropOn', personId, fromBox, box }),
      [dispatch],
    );
    const titleOf = useCallback(
      (box: number | null) =>
        box === null ? t('nineBox.unplaced') : (model.boxes[box - 1]?.title ?? String(box)),
      [t, model.boxes],
    );

    // After a confirmed move the card lives in another box: follow it, so keyboard users keep their place.
    const { lastMovedId } = nineBox;
    // A ref, not state: following the card must not cost the whole grid another render.
    const followCard = useRef(false);
    useEffect(() => {
      if (!followCard.current || lastMovedId === null || moveState.kind !== 'idle') return;
      followCard.current = false;
      const root = rootRef.current;
      const card = root?.querySelector<HTMLElement>(`[data-person-id="${CSS.escape(lastMovedId)}"]`);
      const box = model.byId.get(lastMovedId)?.box;
      if (card) {
        // Focus without scrolling, then bring the card into view in the next frame, whose layout is due anyway:
        // a plain focus() would force a layout of the freshly re-placed grid right here.
        card.focus({ preventScroll: true });
        requestAnimationFrame(() => {
          if (card.isConnected) card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        });
      } else if (box) focusBox(String(box));
    }, [lastMovedId, moveState.kind, model.byId, focusBox]);

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (moveState.kind === 'picking') {
        const direction = ARROWS[event.key];
        if (direction) dispatch({ type: 'arrow', direction });
        else if (event.key === 'Enter' || event.key === ' ') dispatch({ type: 'drop' });
        else if (event.key === 'Escape') dispatch({ type: 'cancel' });
        else if (event.key !== 'Tab') return;
        // Tab would leave the grid mid-move: cancel rather than strand the move.
        if (event.key === 'Tab') dispatch({ type: 'cancel' });
        else event.preventDefault();
        return;
      }
      const element = event.target as HTMLElement;
      const cell = element.closest<HTMLElement>('[role="gridcell"]');
      if (element === cell) {
        const box = Number(cell.dataset.box);
        if (roving.onKeyDown(event)) return;
        if (event.key === 'Enter' && (model.boxes[box - 1]?.count ?? 0) > 0) {
          event.preventDefault();
          setDrillBox(box);
        }
        return;
      }
      // Space or Enter on a drag handle before dnd-kit is in: the same move by keyboard, through "Move to…".
      if (
        !dnd &&
        canMove &&
        element.classList.contains('ns-nine-box-handle') &&
        (event.key === ' ' || event.key === 'Enter')
      ) {
        const person = model.byId.get(
          element.closest<HTMLElement>('[data-person-id]')?.dataset.personId ?? '',
        );
        if (person) {
          event.preventDefault();
          onStartMove(person);
        }
        return;
      }
      if (element.classList.contains('ns-nine-box-card')) {
        const person = model.byId.get(element.dataset.personId ?? '');
        if (!person) return;
        if ((event.key === 'Enter' || event.key === 'm' || event.key === 'M') && canMove) {
          event.preventDefault();
          onStartMove(person);
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const sibling =
            event.key === 'ArrowDown' ? element.nextElementSibling : element.previousElementSibling;
          (sibling as HTMLElement | null)?.focus();
        } else if (event.key === 'Escape' && cell) {
          cell.focus();
        }
      }
    };

    if (model.status === 'invalid') {
      return (
        <div
          ref={setRefs}
          className={['ns-nine-box', className].filter(Boolean).join(' ')}
          style={style}
          data-state="invalid"
          {...standaloneRoot}
          {...rest}
        >
          <p className="ns-nine-box-error" role="alert">
            {t('nineBox.invalid', { message: model.problem?.message ?? '' })}
          </p>
        </div>
      );
    }

    const reason = moveState.kind === 'reason' ? moveState : null;
    const overBox = moveState.kind === 'picking' ? moveState.overBox : null;
    const movingId = movingPerson?.id;
    const movingBox = movingPerson?.box ?? null;
    const gridStyle = { '--ns-nine-box-columns': model.columns, ...style } as CSSProperties;
    const wrapDnd = (content: ReactNode) =>
      dnd ? (
        <dnd.NineBoxDnd
          enabled
          model={model}
          grid={grid}
          t={t}
          titleOf={titleOf}
          onDrop={onDropPerson}
          announce={nineBox.announce}
          container={dndContainer}
        >
          {content}
        </dnd.NineBoxDnd>
      ) : (
        content
      );

    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: one delegated key handler for the focusable cells and cards inside
      <div
        ref={setRefs}
        className={['ns-nine-box', className].filter(Boolean).join(' ')}
        style={gridStyle}
        data-state={moveState.kind}
        onKeyDown={onKeyDown}
        onFocus={wantDnd}
        onPointerOver={wantDnd}
        {...standaloneRoot}
        {...rest}
      >
        {toolbar ? <NineBoxToolbar controller={nineBox} /> : null}
        {scopePicker && people ? (
          <NineBoxScope
            people={people}
            filter={filter}
            onFilterChange={setFilter}
            t={t}
            locale={nineBox.locale}
          />
        ) : null}
        {banner}
        {nineBox.failure ? (
          <div className="ns-nine-box-failure" role="alert">
            <span>{nineBox.failure}</span>
            <button type="button" className="ns-nine-box-button" onClick={nineBox.dismissFailure}>
              {t('nineBox.close')}
            </button>
          </div>
        ) : null}
        {wrapDnd(
          <>
            <div className="ns-nine-box-layout">
              <span className="ns-nine-box-axis" data-axis="potential" aria-hidden="true">
                {t('nineBox.potentialAxis')}
              </span>
              <div className="ns-nine-box-levels" data-axis="potential" aria-hidden="true">
                {model.rows.map((row) => (
                  <span key={row.potentialLevel}>{row.levelName}</span>
                ))}
              </div>
              {/* biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA layout-grid pattern over CSS grid boxes, not a data table */}
              <div
                role="grid"
                aria-label={label}
                aria-rowcount={model.rowCount}
                aria-colcount={model.columns}
                className="ns-nine-box-grid"
              >
                {model.rows.map((row, rowIndex) => (
                  // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a grid row is not itself focusable; its gridcells are
                  <div
                    role="row"
                    key={row.potentialLevel}
                    className="ns-nine-box-row"
                    aria-rowindex={rowIndex + 1}
                  >
                    {row.boxes.map((box) => (
                      <Cell
                        key={box.box}
                        box={box}
                        active={String(box.box) === roving.activeId}
                        over={box.box === overBox}
                        movingId={box.box === movingBox ? movingId : undefined}
                        pending={pending}
                        canMove={canMove}
                        t={t}
                        percent={format.percent}
                        cellRef={roving.getItemProps(String(box.box)).ref}
                        onFocusBox={onFocusBox}
                        onStartMove={onStartMove}
                        onOpenDrill={onOpenDrill}
                      />
                    ))}
                  </div>
                ))}
              </div>
              <div className="ns-nine-box-levels" data-axis="performance" aria-hidden="true">
                {model.performanceLevels.map((name) => (
                  <span key={name}>{name}</span>
                ))}
              </div>
              <span className="ns-nine-box-axis" data-axis="performance" aria-hidden="true">
                {t('nineBox.performanceAxis')}
              </span>
            </div>
            {model.unplaced.length > 0 ? (
              <section className="ns-nine-box-unplaced" aria-label={t('nineBox.unplaced')}>
                <h3 className="ns-nine-box-unplaced-title">{t('nineBox.unplaced')}</h3>
                <p className="ns-nine-box-hint">
                  {t('nineBox.unplacedHint', { count: model.unplaced.length })}
                </p>
                <ul className="ns-nine-box-cards">
                  {model.unplaced.map((person) => (
                    <Card
                      key={person.id}
                      person={person}
                      tabbable
                      canMove={canMove}
                      moving={person.id === movingId}
                      pending={pending.has(person.id)}
                      moveText={t('nineBox.moveTo')}
                      dragText={t('nineBox.dragHandle', { name: person.name })}
                      onStartMove={onStartMove}
                    />
                  ))}
                </ul>
              </section>
            ) : null}
          </>,
        )}
        <div className="ns-nine-box-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {nineBox.announcement}
        </div>
        {canMove ? (
          <div ref={setDndContainer} className="ns-nine-box-visually-hidden" aria-hidden="true" />
        ) : null}
        <ReasonDialog
          state={moveState}
          name={movingPerson?.name ?? ''}
          from={titleOf(reason?.fromBox ?? null)}
          to={titleOf(reason?.toBox ?? null)}
          maxLength={nineBox.maxReasonLength}
          t={t}
          onType={(text) => dispatch({ type: 'type', reason: text })}
          onSubmit={() => {
            const toBox = reason?.toBox;
            if (!dispatch({ type: 'submit' })) return false;
            // The target box becomes the tab stop in this same update, so focusing the card there re-renders nothing.
            if (toBox !== undefined) onFocusBox(String(toBox));
            followCard.current = true;
            return true;
          }}
          onCancel={() => dispatch({ type: 'cancel' })}
        />
        {drillBox !== undefined ? (
          <LazyPartView
            part={drillPart}
            props={{ box: model.boxes[drillBox - 1], t, format, onClose: onCloseDrill }}
          />
        ) : null}
      </div>
    );
  },
);
