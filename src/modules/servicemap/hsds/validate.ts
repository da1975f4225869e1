// Validates records against the vendored Open Referral HSDS 3.0 JSON schema (./schema) with ajv's
// 2020-12 validator. Used by the import (every record checked before anything is written) and by
// the tests of the export.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema');
const BASE = 'https://osallinen.invalid/hsds/3.0/';
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validator: ValidateFunction | null = null;

function serviceValidator(): ValidateFunction {
  if (validator) return validator;
  // The HSDS files carry tabular-data keywords (name, path …) that are not JSON Schema: not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('%Y', true);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: BASE + file });
  }
  validator = ajv.getSchema(BASE + 'service.json')!;
  return validator;
}

export interface RecordError {
  path: string;
  message: string;
}

/** Schema errors of one HSDS service record (empty when valid). */
export function validateHsdsService(record: unknown): RecordError[] {
  const validate = serviceValidator();
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => ({
    path:
      e.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
      (e.params && 'missingProperty' in e.params ? String(e.params.missingProperty) : ''),
    message: e.message ?? e.keyword,
  }));
}
