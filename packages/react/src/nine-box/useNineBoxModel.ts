import type { TalentRecord } from '@northstar/core';
import { useMemo, useRef } from 'react';
import { applyNineBoxDelta } from './applyNineBoxDelta.js';
import type { NineBoxInput } from './nineBox.types.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';
import { type PlacedNineBox, placeResolution, rankByName } from './resolveNineBox.js';
import { useNineBoxText } from './useNineBoxText.js';

/**
 * What `useNineBoxModel` returns: the placed grid (model, warnings, what a delta needs) and the text helpers.
 *
 * @example
 * const { placed, t, format } = useNineBoxModel({ records, people });
 */
export interface NineBoxModelState {
  placed: PlacedNineBox;
  t: NineBoxTranslate;
  format: NineBoxFormat;
  locale: string;
  direction: 'ltr' | 'rtl';
}

interface Cache {
  key: unknown;
  records: readonly TalentRecord[];
  placed: PlacedNineBox;
}

/**
 * The model wiring the grid and the calibration panel share: the provider's text, the directory's name order
 * (computed once per directory), and the resolver memoised on exactly the props it reads. When only the records
 * change — a move, optimistic or from the host — the previous grid is updated as a delta (`applyNineBoxDelta`), so
 * one move does not re-place 10,000 people nor give unchanged boxes new objects.
 *
 * @example
 * const { placed: { model } } = useNineBoxModel({ records, people, target });
 */
export function useNineBoxModel(input: NineBoxInput): NineBoxModelState {
  const { t, format, locale, direction } = useNineBoxText();
  const {
    records,
    people,
    performanceCuts,
    potentialCuts,
    labels,
    levelNames,
    target,
    filter,
    maxCardsPerBox,
  } = input;
  const nameRank = useMemo(
    () => (Array.isArray(people) ? rankByName(people, locale) : undefined),
    [people, locale],
  );
  // Everything the resolver reads except the records (and the text it formats with): a new key means a full resolve.
  const key = useMemo(
    () => ({
      input: { people, performanceCuts, potentialCuts, labels, levelNames, target, filter, maxCardsPerBox },
      t,
      format,
      locale,
      nameRank,
    }),
    [
      people,
      performanceCuts,
      potentialCuts,
      labels,
      levelNames,
      target,
      filter,
      maxCardsPerBox,
      t,
      format,
      locale,
      nameRank,
    ],
  );
  const cache = useRef<Cache | null>(null);
  const placed = useMemo(() => {
    const last = cache.current;
    const delta =
      last !== null && last.key === key && Array.isArray(last.records)
        ? applyNineBoxDelta(last.placed, last.records, records)
        : null;
    const next =
      delta ?? placeResolution({ ...key.input, records }, key.t, key.format, key.locale, key.nameRank);
    // Written while rendering on purpose: the entry is a pure (key, records) → grid pair, so one from a render React
    // discards is still a correct base for the next delta.
    cache.current = { key, records, placed: next };
    return next;
  }, [key, records]);
  return { placed, t, format, locale, direction };
}
