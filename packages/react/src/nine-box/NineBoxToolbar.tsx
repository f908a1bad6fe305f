import type { NineBoxController } from './useNineBox.js';

/** Offers `text` as a file download (client only: runs on click). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The grid's toolbar: undo the last move, export placements and history as CSV, print the grid.
 *
 * @example
 * <NineBoxToolbar controller={useNineBox(props)} />
 */
export function NineBoxToolbar({ controller }: { controller: NineBoxController }) {
  const { t, canUndo, undo, canMove } = controller;
  return (
    <div className="ns-nine-box-toolbar">
      {canMove ? (
        <button type="button" className="ns-nine-box-button" disabled={!canUndo} onClick={undo}>
          {t('nineBox.undo')}
        </button>
      ) : null}
      <button
        type="button"
        className="ns-nine-box-button"
        onClick={() => download('nine-box.csv', controller.placementsCsv())}
      >
        {t('nineBox.exportCsv')}
      </button>
      <button
        type="button"
        className="ns-nine-box-button"
        disabled={controller.history.records.length === 0}
        onClick={() => download('nine-box-moves.csv', controller.historyCsv())}
      >
        {t('nineBox.exportHistory')}
      </button>
      <button type="button" className="ns-nine-box-button" onClick={() => window.print()}>
        {t('nineBox.print')}
      </button>
    </div>
  );
}
