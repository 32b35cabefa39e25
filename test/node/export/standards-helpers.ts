/** Helpers for validating exports against the IPTC standards in ../shared/standards, offline. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Where the standards live: the shared folder beside the repository. */
export const standardsDir = resolve(repoRoot, '../shared/standards');

/** Whether the standards folder is present (it is not part of the repository). */
export const haveStandards = existsSync(join(standardsDir, 'ninjs/ninjs-schema_2.2.json'));

/** Whether xmllint (Debian libxml2-utils) can run. */
export const haveXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Print one clear line for a validation that cannot run here, so a skip is never silent. */
export function reportSkip(what: string, why: string): void {
  console.log(`skipped: ${what} (${why})`);
}

/** A ninjs 2.2 validator (JSON Schema 2020-12), with a local stand-in for the remote GeoJSON schema. */
export function ninjsValidator(): (value: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(standardsDir, 'ninjs/ninjs-schema_2.2.json'), 'utf8')) as object;
  // strict: false because the schema uses annotation keywords Ajv does not know; formats are checked below.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The schema's places[].geometry points at https://geojson.org/schema/GeoJSON.json, unreachable offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type'] });
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

/** Run xmllint; returns its exit status and stderr. */
export function xmllint(args: readonly string[]): { readonly status: number; readonly stderr: string } {
  const result = spawnSync('xmllint', [...args], { encoding: 'utf8' });
  return { status: result.status ?? -1, stderr: result.stderr };
}

/** Validate an XML file against an XSD in the standards folder; returns xmllint's complaints ('' when valid). */
export function validateXsd(file: string, xsd: string): string {
  const { status, stderr } = xmllint(['--noout', '--nonet', '--schema', join(standardsDir, xsd), file]);
  return status === 0 ? '' : stderr;
}

/** Each NITF element in a NewsML-G2 document, as a standalone XML document. */
export function extractNitf(xml: string): string[] {
  return [...xml.matchAll(/<nitf [\s\S]*?<\/nitf>/g)].map((m) => `<?xml version="1.0" encoding="UTF-8"?>\n${m[0]}\n`);
}

/** Whether LibreOffice can convert documents here. */
export function sofficePath(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not installed under this name
    }
  }
  return null;
}
