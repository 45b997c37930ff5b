import type { z } from 'zod/mini';
import { fetchContentText, type LoadResult } from './load-sites.ts';

/** Fetch a JSON content file and parse it with its schema; every failure is a message naming the file. */
export async function loadContentJson<T>(path: string, schema: z.ZodMiniType<T>, fetchFn: typeof fetch = fetch): Promise<LoadResult<T>> {
  const text = await fetchContentText(path, fetchFn);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (e) {
    return { ok: false, file: path, message: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, file: path, message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data };
}
