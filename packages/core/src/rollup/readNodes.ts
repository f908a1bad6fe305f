import { fail, isFiniteNumber, show } from '../internal/assert.js';
import { MAX_MAGNITUDE } from './aggregates.js';
import { methodCode } from './methods.js';
import { END, MULTI, NODE, PARENT, ROOT, UNRESOLVED, VALUE, WEIGHT } from './nodeRecords.js';
import type { RollupNode } from './rollup.types.js';

/** The input laid out in typed arrays after one validating pass over the objects; parents still named by string. */
export interface ReadNodes {
  ids: string[];
  /** Filled by resolveKeys. */
  idHash: Int32Array;
  /** Node records (see nodeRecords.ts); single-parent nodes are UNRESOLVED until the ids are indexed. */
  nodes: Float64Array;
  /** Per-node method code, 255 = use the default. */
  method: Uint8Array;
  /** The parent id of each single-parent node. */
  parentId: (string | undefined)[];
  parentHash: Int32Array;
  multiParentId: string[];
  multiParentHash: Int32Array;
  multiWeight: Float64Array;
}

function checkWeight(weight: unknown, id: string, field: string): number {
  if (!isFiniteNumber(weight) || weight < 0 || weight > MAX_MAGNITUDE) {
    fail(
      'INVALID_WEIGHT',
      `node ${show(id)} field "${field}" must be a finite number from 0 to 1e150, got ${show(weight)}`,
      {
        id,
        field,
        value: weight,
      },
    );
  }
  return weight;
}

/** Validates every node and lays it out in arrays; throws INVALID_ID / INVALID_WEIGHT / INVALID_VALUE / CYCLE. */
export function readNodes(input: readonly RollupNode[]): ReadNodes {
  if (!Array.isArray(input))
    fail('INVALID_OPTION', `rollup expects an array of nodes, got ${show(input)}`, { field: 'nodes' });
  const n = input.length;
  const ids: string[] = new Array(n);
  const idHash = new Int32Array(n);
  const nodes = new Float64Array(n * NODE);
  const method = new Uint8Array(n);
  const parentId: (string | undefined)[] = new Array(n);
  const parentHash = new Int32Array(n);
  const multiParentId: string[] = [];
  const multiW: number[] = [];
  // Scratch for one node's edges before we know whether it has one parent or several.
  const edgeIds: string[] = [];
  const edgeWeights: number[] = [];

  for (let i = 0; i < n; i++) {
    const node = input[i];
    if (typeof node !== 'object' || node === null) {
      fail('INVALID_ID', `node at index ${i} must be an object with an "id", got ${show(node)}`, {
        index: i,
      });
    }
    const id = node.id;
    if (typeof id !== 'string' || id.length === 0) {
      fail('INVALID_ID', `node at index ${i} needs a non-empty string "id", got ${show(id)}`, {
        index: i,
        field: 'id',
        value: id,
      });
    }
    ids[i] = id;
    const r = i * NODE;
    const weight = node.weight === undefined ? 1 : checkWeight(node.weight, id, 'weight');
    const value = node.value;
    if (value === null || value === undefined) nodes[r + VALUE] = Number.NaN;
    else if (isFiniteNumber(value) && Math.abs(value) <= MAX_MAGNITUDE) nodes[r + VALUE] = value;
    else
      fail(
        'INVALID_VALUE',
        `node ${show(id)} field "value" must be a number within ±1e150 or null, got ${show(value)}`,
        { id, field: 'value', value },
      );
    method[i] = node.method === undefined ? 255 : methodCode(node.method, `node ${show(id)}`, id);

    const single = node.parentId;
    const parents = node.parents;
    if (
      (parents === undefined || parents === null || parents.length === 0) &&
      (single === undefined || single === null || single === '')
    ) {
      nodes[r + PARENT] = ROOT;
      continue;
    }
    if (parents === undefined || parents === null) {
      if (typeof single !== 'string') {
        fail(
          'INVALID_ID',
          `node ${show(id)} field "parentId" must be a string or null, got ${show(single)}`,
          { id, field: 'parentId', value: single },
        );
      }
      if (single === id)
        fail('CYCLE', `node ${show(id)} is its own parent`, { id, field: 'parentId', cycle: [id, id] });
      // The common case, one parent, skips the scratch lists.
      nodes[r + PARENT] = UNRESOLVED;
      nodes[r + WEIGHT] = weight;
      parentId[i] = single;
      continue;
    }
    edgeIds.length = 0;
    edgeWeights.length = 0;
    if (!Array.isArray(parents)) {
      fail('INVALID_OPTION', `node ${show(id)} field "parents" must be an array of { id, weight? }`, {
        id,
        field: 'parents',
        value: parents,
      });
    }
    for (let k = 0; k < parents.length; k++) {
      const edge = parents[k];
      const pid = edge?.id;
      if (typeof pid !== 'string' || pid.length === 0) {
        fail(
          'INVALID_ID',
          `node ${show(id)} field "parents[${k}].id" must be a non-empty string, got ${show(pid)}`,
          { id, field: `parents[${k}].id`, value: pid },
        );
      }
      if (edgeIds.includes(pid))
        fail('DUPLICATE_ID', `node ${show(id)} lists parent ${show(pid)} twice`, {
          id,
          field: `parents[${k}].id`,
          value: pid,
        });
      edgeIds.push(pid);
      edgeWeights.push(
        edge.weight === undefined ? weight : checkWeight(edge.weight, id, `parents[${k}].weight`),
      );
    }
    if (single !== undefined && single !== null && single !== '') {
      if (typeof single !== 'string') {
        fail(
          'INVALID_ID',
          `node ${show(id)} field "parentId" must be a string or null, got ${show(single)}`,
          { id, field: 'parentId', value: single },
        );
      }
      if (!edgeIds.includes(single)) {
        edgeIds.push(single);
        edgeWeights.push(weight);
      }
    }
    if (edgeIds.includes(id))
      fail('CYCLE', `node ${show(id)} is its own parent`, { id, field: 'parents', cycle: [id, id] });
    if (edgeIds.length === 1) {
      nodes[r + PARENT] = UNRESOLVED;
      nodes[r + WEIGHT] = edgeWeights[0]!;
      parentId[i] = edgeIds[0];
      continue;
    }
    nodes[r + PARENT] = MULTI;
    nodes[r + WEIGHT] = multiParentId.length;
    for (let k = 0; k < edgeIds.length; k++) {
      multiParentId.push(edgeIds[k]!);
      multiW.push(edgeWeights[k]!);
    }
    nodes[r + END] = multiParentId.length;
  }
  return {
    ids,
    idHash,
    nodes,
    method,
    parentId,
    parentHash,
    multiParentId,
    multiParentHash: new Int32Array(multiParentId.length),
    multiWeight: Float64Array.from(multiW),
  };
}
