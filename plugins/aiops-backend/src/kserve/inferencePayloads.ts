import { InputError } from '@backstage/errors';
import { RecordScalar } from '@unified-aiops/plugin-aiops-common';

/** One row of an inference request: feature values by name. */
export type FeatureRow = Record<string, RecordScalar>;

/** What names the values of a request or response: the entity's monitoring spec. */
export interface PayloadNames {
  /** The monitored features in the entity's order: positional values take these names. */
  features: string[];
  /** The entity's predictionField: the response output (or key) that is the prediction. */
  predictionField?: string;
}

/** Rows or values decoded per request: beyond this the event is refused. */
export const MAX_ROWS = 10_000;

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function scalar(value: Json, where: string): RecordScalar {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return value;
  }
  throw new InputError(
    `${where} is not a scalar (string, finite number, boolean or null)`,
  );
}

function rowLimit(count: number, what: string) {
  if (count > MAX_ROWS) {
    throw new InputError(
      `${what} holds ${count} rows, more than the ${MAX_ROWS} one event may carry`,
    );
  }
}

/** Positional values under the entity's feature names; the counts must agree. */
function positional(
  values: Json[],
  names: string[],
  where: string,
): FeatureRow {
  if (values.length !== names.length) {
    throw new InputError(
      `${where} has ${values.length} values and the entity monitors ${
        names.length
      } features (${names.join(
        ', ',
      )}): send named values or one per monitored feature, in the entity's order`,
    );
  }
  return Object.fromEntries(
    values.map((value, i) => [names[i], scalar(value, `${where}[${i}]`)]),
  );
}

function named(values: Record<string, Json>, where: string): FeatureRow {
  const row: FeatureRow = {};
  for (const [name, value] of Object.entries(values)) {
    if (
      name === '__proto__' ||
      name === 'constructor' ||
      name === 'prototype'
    ) {
      throw new InputError(`${where} names a feature "${name}"`);
    }
    row[name] = scalar(value, `${where}.${name}`);
  }
  return row;
}

/** Flattens a tensor's data (flat or nested row-major, as the protocol allows). */
function flatten(data: Json, where: string): Json[] {
  if (!Array.isArray(data))
    throw new InputError(`${where}.data is not an array`);
  const out: Json[] = [];
  const walk = (value: Json, depth: number) => {
    if (Array.isArray(value)) {
      if (depth > 8) throw new InputError(`${where}.data is nested too deeply`);
      for (const item of value) walk(item, depth + 1);
    } else {
      out.push(value);
    }
  };
  walk(data, 0);
  return out;
}

interface Tensor {
  name: string;
  shape: number[];
  values: Json[];
}

/** A v2 (Open Inference Protocol) tensor: name, shape, datatype and its data. */
function tensor(value: Json, where: string): Tensor {
  if (!isObject(value)) throw new InputError(`${where} is not a tensor object`);
  const { name, shape, datatype, data } = value;
  if (typeof name !== 'string' || name === '') {
    throw new InputError(`${where}.name is missing`);
  }
  if (typeof datatype !== 'string') {
    throw new InputError(`${where}.datatype is missing`);
  }
  if (
    !Array.isArray(shape) ||
    shape.length === 0 ||
    !shape.every(d => Number.isInteger(d) && d >= 0)
  ) {
    throw new InputError(`${where}.shape is not a list of dimensions`);
  }
  const values = flatten(data, where);
  const size = (shape as number[]).reduce((a, b) => a * b, 1);
  if (values.length !== size) {
    throw new InputError(
      `${where} has ${values.length} values for shape [${shape.join(
        ', ',
      )}] (${size})`,
    );
  }
  return { name, shape: shape as number[], values };
}

/**
 * The rows of an inference request: V1 `{ instances: [...] }` (each instance named
 * values, one positional value per monitored feature, or a single value) or V2
 * `{ inputs: [tensor, ...] }` (one `[rows, features]` tensor of positional values, or one
 * `[rows]` / `[rows, 1]` tensor per feature, named by the tensor).
 */
export function requestRows(data: Json, names: PayloadNames): FeatureRow[] {
  if (!isObject(data)) {
    throw new InputError('The request event data is not a JSON object');
  }
  if ('instances' in data && !Array.isArray(data.instances)) {
    throw new InputError(
      'instances is not a list (V1 protocol: one entry per row)',
    );
  }
  if ('inputs' in data && !Array.isArray(data.inputs)) {
    throw new InputError('inputs is not a list of tensors (V2 protocol)');
  }
  if (Array.isArray(data.instances)) {
    rowLimit(data.instances.length, 'instances');
    return data.instances.map((instance, i) => {
      const where = `instances[${i}]`;
      if (Array.isArray(instance))
        return positional(instance, names.features, where);
      if (isObject(instance)) return named(instance, where);
      return positional([instance], names.features, where);
    });
  }
  if (Array.isArray(data.inputs)) {
    const tensors = data.inputs.map((input, i) =>
      tensor(input, `inputs[${i}]`),
    );
    if (tensors.length === 0) throw new InputError('inputs is empty');
    const rows = tensors[0].shape[0];
    rowLimit(rows, 'inputs');
    if (
      tensors.length === 1 &&
      tensors[0].shape.length === 2 &&
      tensors[0].shape[1] > 1
    ) {
      const [{ values, shape }] = tensors;
      const width = shape[1];
      return Array.from({ length: rows }, (_, r) =>
        positional(
          values.slice(r * width, (r + 1) * width),
          names.features,
          `inputs[0] row ${r}`,
        ),
      );
    }
    for (const [i, t] of tensors.entries()) {
      if (t.shape[0] !== rows || t.values.length !== rows) {
        throw new InputError(
          `inputs[${i}] (${t.name}) has shape [${t.shape.join(
            ', ',
          )}]: one value per row of ${rows} is expected when each input is a feature`,
        );
      }
    }
    return Array.from({ length: rows }, (_, r) =>
      named(
        Object.fromEntries(tensors.map(t => [t.name, t.values[r]])),
        `inputs row ${r}`,
      ),
    );
  }
  throw new InputError(
    'The request event data holds neither instances (V1 protocol) nor inputs (V2 / Open Inference Protocol)',
  );
}

/**
 * The predictions of an inference response: V1 `{ predictions: [...] }` (a value, a
 * one-element list, or an object whose predictionField, or only key, is the value) or V2
 * `{ outputs: [tensor, ...] }` (the output named predictionField, else the first; one
 * value per row).
 */
export function responsePredictions(
  data: Json,
  names: PayloadNames,
): RecordScalar[] {
  if (!isObject(data)) {
    throw new InputError('The response event data is not a JSON object');
  }
  if ('predictions' in data && !Array.isArray(data.predictions)) {
    throw new InputError(
      'predictions is not a list (V1 protocol: one per row)',
    );
  }
  if ('outputs' in data && !Array.isArray(data.outputs)) {
    throw new InputError('outputs is not a list of tensors (V2 protocol)');
  }
  if (Array.isArray(data.predictions)) {
    rowLimit(data.predictions.length, 'predictions');
    return data.predictions.map((prediction, i) => {
      const where = `predictions[${i}]`;
      if (Array.isArray(prediction) && prediction.length === 1) {
        return scalar(prediction[0], where);
      }
      if (isObject(prediction)) {
        const keys = Object.keys(prediction);
        let key: string | undefined;
        if (names.predictionField && names.predictionField in prediction) {
          key = names.predictionField;
        } else if (keys.length === 1) {
          key = keys[0];
        }
        if (key === undefined) {
          throw new InputError(
            `${where} is an object without the entity's predictionField${
              names.predictionField ? ` (${names.predictionField})` : ''
            }`,
          );
        }
        return scalar(prediction[key], `${where}.${key}`);
      }
      return scalar(prediction, where);
    });
  }
  if (Array.isArray(data.outputs)) {
    const tensors = data.outputs.map((output, i) =>
      tensor(output, `outputs[${i}]`),
    );
    const output =
      tensors.find(t => t.name === names.predictionField) ?? tensors[0];
    if (!output) throw new InputError('outputs is empty');
    const rows = output.shape[0];
    rowLimit(rows, 'outputs');
    if (output.values.length !== rows) {
      throw new InputError(
        `outputs ${output.name} has shape [${output.shape.join(
          ', ',
        )}]: one prediction per row is expected`,
      );
    }
    return output.values.map((value, i) =>
      scalar(value, `outputs ${output.name}[${i}]`),
    );
  }
  throw new InputError(
    'The response event data holds neither predictions (V1 protocol) nor outputs (V2 / Open Inference Protocol)',
  );
}
