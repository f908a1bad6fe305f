import {
  type ClientRect,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  MeasuringStrategy,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type ReactNode, useRef } from 'react';
import { type GoalTreeRowViewProps, RowBody } from './GoalTreeRowView.js';
import { descendantsOf } from './goalEdits.js';
import type { GoalGraph } from './goalGraph.types.js';
import type { GoalTreeMessageKey } from './goalTreeMessages.js';
import { goalIdOfKey } from './rowKeys.js';

// Rows are placed with a transform by the virtualiser; dnd-kit's default droppable measure ignores transforms, which
// would stack every row at the top. Measure where they really are, and again as rows scroll in and out.
const MEASURING = {
  droppable: {
    strategy: MeasuringStrategy.Always,
    measure: (element: HTMLElement): ClientRect => {
      const { top, left, width, height, bottom, right } = element.getBoundingClientRect();
      return { top, left, width, height, bottom, right };
    },
  },
};

/**
 * Props of {@link GoalTreeDndContext}.
 *
 * @example
 * <GoalTreeDndContext graph={graph} t={t} titleOf={titleOf} onNotice={setNotice} onDropTarget={setTarget} onMove={move}>{grid}</GoalTreeDndContext>
 */
export interface GoalTreeDndContextProps {
  graph: GoalGraph | undefined;
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  titleOf: (id: string | undefined) => string;
  onNotice: (text: string | null) => void;
  onDropTarget: (target: { key: string; refused: boolean } | null) => void;
  /** A row was dropped on another: align `goalId` (moving its edge from `fromParentId`) under `toParentId`. */
  onMove: (goalId: string, fromParentId: string | undefined, toParentId: string) => void;
  children: ReactNode;
}

/**
 * Pointer drag and drop for re-aligning (dnd-kit), in its own chunk: the tree loads it while the page is idle, so
 * a host's first load carries none of it. The row's key names it; dropping on a row aligns under that row's goal,
 * and a drop on one of its own descendants is marked refused while dragging (core's cycle check refuses it again).
 *
 * @example
 * <GoalTreeDndContext {...dndProps}><GoalTreeGrid {...gridProps} /></GoalTreeDndContext>
 */
export function GoalTreeDndContext({
  graph,
  t,
  titleOf,
  onNotice,
  onDropTarget,
  onMove,
  children,
}: GoalTreeDndContextProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  // Read by dnd-kit's callbacks, which may be the ones from the render that started the drag: a ref, not state.
  const drag = useRef<{ key: string; blocked: Set<number> } | null>(null);
  const onDragStart = (event: DragStartEvent) => {
    const goalId = goalIdOfKey(String(event.active.id));
    if (!graph || goalId === undefined) return;
    const blocked = descendantsOf(graph, goalId);
    blocked.add(graph.index.get(goalId)!);
    drag.current = { key: String(event.active.id), blocked };
    onNotice(t('goalTree.dragStart', { title: titleOf(goalId) }));
  };
  const onDragOver = (event: DragOverEvent) => {
    const key = event.over ? String(event.over.id) : null;
    const targetId = key === null ? undefined : goalIdOfKey(key);
    const dragging = drag.current;
    if (!key || !graph || !dragging || targetId === undefined) {
      onDropTarget(null);
      return;
    }
    onDropTarget({ key, refused: dragging.blocked.has(graph.index.get(targetId)!) });
  };
  const onDragEnd = (event: DragEndEvent) => {
    const activeKey = String(event.active.id);
    const goalId = goalIdOfKey(activeKey);
    const overKey = event.over ? String(event.over.id) : undefined;
    const targetId = overKey === undefined ? undefined : goalIdOfKey(overKey);
    drag.current = null;
    onDropTarget(null);
    if (goalId === undefined || targetId === undefined || overKey === activeKey) {
      onNotice(t('goalTree.dragCancel', { title: titleOf(goalId) }));
      return;
    }
    const parts = activeKey.split('\u241f');
    onMove(goalId, parts.length > 1 ? parts[parts.length - 2] : undefined, targetId);
  };
  return (
    <DndContext
      sensors={sensors}
      measuring={MEASURING}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        drag.current = null;
        onDropTarget(null);
      }}
      accessibility={{
        screenReaderInstructions: { draggable: t('goalTree.dragInstructions') },
        announcements: {
          onDragStart: ({ active }) =>
            t('goalTree.dragStart', { title: titleOf(goalIdOfKey(String(active.id))) }),
          onDragOver: ({ active, over }) =>
            over
              ? t('goalTree.dragOver', {
                  title: titleOf(goalIdOfKey(String(active.id))),
                  parent: titleOf(goalIdOfKey(String(over.id))),
                })
              : undefined,
          onDragEnd: () => undefined,
          onDragCancel: ({ active }) =>
            t('goalTree.dragCancel', { title: titleOf(goalIdOfKey(String(active.id))) }),
        },
      }}
    >
      {children}
    </DndContext>
  );
}

/**
 * A row that can be dragged by its handle (rows below the top level) and dropped on; dnd-kit's hooks run only in
 * rows of a tree that can re-align.
 *
 * @example
 * <GoalTreeDndRow {...rowProps} />
 */
export function GoalTreeDndRow(props: GoalTreeRowViewProps) {
  const { row } = props;
  const drag = useDraggable({ id: row.key, disabled: row.kind !== 'goal' || row.level === 1 });
  const drop = useDroppable({ id: row.key, disabled: row.kind !== 'goal' });
  return (
    <RowBody
      {...props}
      rowRef={drop.setNodeRef}
      handle={
        row.level > 1 && props.canAlign ? (
          <span
            ref={drag.setNodeRef}
            className="ns-goal-tree-handle"
            data-dnd="ready"
            aria-hidden="true"
            title={props.t('goalTree.dragHandle', { title: row.title })}
            {...drag.listeners}
          >
            ⠿
          </span>
        ) : null
      }
      dragging={drag.isDragging}
    />
  );
}
