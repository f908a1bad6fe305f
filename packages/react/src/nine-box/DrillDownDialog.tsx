import * as Dialog from '@radix-ui/react-dialog';
import {
  type ColumnDef,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { NineBoxBoxView, NineBoxPersonView } from './nineBox.types.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';

const ROW_HEIGHT = 36;
// The first paint (and a server render) shows this many rows before the scroll area is measured.
const INITIAL_RECT = { width: 640, height: 360 };

/**
 * Props of the drill-down dialog.
 *
 * @example
 * <DrillDownDialog box={model.boxes[4]} t={t} format={format} onClose={close} />
 */
export interface DrillDownDialogProps {
  box: NineBoxBoxView | undefined;
  t: NineBoxTranslate;
  format: NineBoxFormat;
  onClose: () => void;
}

/**
 * A modal Radix dialog listing everyone in one box in a sortable TanStack Table whose rows are virtualised, so a box
 * of thousands stays quick.
 *
 * @example
 * <DrillDownDialog box={openBox} t={t} format={format} onClose={() => setOpenBox(undefined)} />
 */
export const DrillDownDialog = memo(function DrillDownDialog({
  box,
  t,
  format,
  onClose,
}: DrillDownDialogProps) {
  const { portalContainer } = useNorthstar();
  const standaloneRoot = useStandaloneRoot();
  return (
    <Dialog.Root
      open={box !== undefined}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal container={portalContainer ?? undefined}>
        <Dialog.Overlay className="ns-nine-box-overlay" />
        <Dialog.Content className="ns-nine-box-dialog" data-size="wide" {...standaloneRoot}>
          {box ? <DrillBody box={box} t={t} format={format} /> : null}
          <Dialog.Close asChild>
            <button type="button" className="ns-nine-box-button">
              {t('nineBox.close')}
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});

function DrillBody({ box, t, format }: { box: NineBoxBoxView; t: NineBoxTranslate; format: NineBoxFormat }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const score = (v: number | null) => (v === null ? '—' : format.number(v, { maximumFractionDigits: 3 }));
  const columns = useMemo<ColumnDef<NineBoxPersonView>[]>(
    () => [
      { id: 'name', accessorKey: 'name', header: t('nineBox.column.name') },
      { id: 'title', accessorFn: (p) => p.title ?? '', header: t('nineBox.column.title') },
      { id: 'department', accessorFn: (p) => p.department ?? '', header: t('nineBox.column.department') },
      { id: 'performance', accessorFn: (p) => p.performance ?? -1, header: t('nineBox.column.performance') },
      { id: 'potential', accessorFn: (p) => p.potential ?? -1, header: t('nineBox.column.potential') },
    ],
    [t],
  );
  const table = useReactTable({
    data: box.people,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: INITIAL_RECT,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      <Dialog.Title className="ns-nine-box-dialog-title">
        {t('nineBox.drillTitle', { box: box.title })}
      </Dialog.Title>
      <Dialog.Description className="ns-nine-box-dialog-description">
        {t('nineBox.drillDescription', { count: box.people.length })}
      </Dialog.Description>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <div ref={scrollRef} className="ns-nine-box-drill-scroll" tabIndex={0}>
        <table className="ns-nine-box-drill-table" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className="ns-nine-box-sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {String(header.column.columnDef.header)}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {before > 0 ? (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row has no tabIndex; it must not count as a row for AT
              <tr aria-hidden="true" style={{ blockSize: before }}>
                <td colSpan={5} />
              </tr>
            ) : null}
            {items.map((item) => {
              const p = rows[item.index]!.original;
              return (
                <tr key={p.id} aria-rowindex={item.index + 2} style={{ blockSize: ROW_HEIGHT }}>
                  <td>{p.name}</td>
                  <td>{p.title ?? ''}</td>
                  <td>{p.department ?? ''}</td>
                  <td>{score(p.performance)}</td>
                  <td>{score(p.potential)}</td>
                </tr>
              );
            })}
            {after > 0 ? (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row has no tabIndex; it must not count as a row for AT
              <tr aria-hidden="true" style={{ blockSize: after }}>
                <td colSpan={5} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
