import { PROBLEM_CODES, type ProblemCode } from '../http/problem.js';

interface Parameter { name?: string; in?: string; required?: boolean; description?: string; schema?: { type?: unknown; enum?: unknown[]; pattern?: string } }
interface Operation {
  operationId?: string; summary?: string; description?: string; tags?: string[]; parameters?: Parameter[];
  requestBody?: unknown; responses?: Record<string, { description?: string }>; 'x-roles'?: string | string[];
}
interface Document { info?: { title?: string; version?: string; description?: string }; paths?: Record<string, Record<string, Operation>> }

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function parameterRows(parameters: readonly Parameter[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters.map((p) => {
    const type = p.schema?.enum !== undefined ? p.schema.enum.join(' | ') : String(p.schema?.type ?? '');
    return `<tr><td><code>${escapeHtml(p.name ?? '')}</code></td><td>${escapeHtml(p.in ?? '')}</td><td>${p.required === true ? 'yes' : ''}</td><td>${escapeHtml(type)}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`;
  });
  return `<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th></th></tr>${rows.join('')}</table>`;
}

function operationHtml(path: string, method: string, op: Operation): string {
  const roles = op['x-roles'];
  const access = Array.isArray(roles) ? `roles: ${roles.join(', ')}` : 'public (no token)';
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? '')}</li>`).join('');
  return `<section id="op-${escapeHtml(op.operationId ?? '')}">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>${op.description === undefined ? '' : `<p>${escapeHtml(op.description)}</p>`}
<p class="access">${escapeHtml(access)}${op.requestBody === undefined ? '' : ' · JSON body'}</p>
${parameterRows(op.parameters ?? [])}<ul>${responses}</ul></section>`;
}

function problemTable(): string {
  const rows = (Object.keys(PROBLEM_CODES) as ProblemCode[]).map((code) =>
    `<tr id="problem-${code}"><td><code>${code}</code></td><td>${PROBLEM_CODES[code].status}</td><td>${escapeHtml(PROBLEM_CODES[code].title)}</td></tr>`);
  return `<table><tr><th>code</th><th>status</th><th>title</th></tr>${rows.join('')}</table>`;
}

/**
 * A readable, script-free HTML page of every operation of an OpenAPI document, grouped by tag, and of
 * the problem codes. Server-rendered so helmet's CSP (no inline scripts) and offline use both hold.
 */
export function renderDocsPage(document: object): string {
  const doc = document as Document;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join('\n')}`).join('\n');
  const title = `${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}.method{display:inline-block;min-width:4rem;font-weight:700;color:#05668d}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}.access{color:#555}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(doc.info?.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Send <code>Authorization: Bearer &lt;token&gt;</code>.</p>
${sections}
<h2 id="problems">Problem codes</h2><p>Every error is <code>application/problem+json</code> with one of these codes.</p>${problemTable()}
</body></html>`;
}
