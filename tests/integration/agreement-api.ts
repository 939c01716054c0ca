/** HTTP calls of the agreement API as the pages make them: a key, a reader's token, a JSON body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export interface ApiInit {
  key?: string;
  reader?: string;
  body?: unknown;
  method?: string;
}

export async function agreementApi(url: string, path: string, init: ApiInit = {}): Promise<{ status: number; json: Json; text: string }> {
  const response = await fetch(`${url}/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(init.reader ? { 'x-samrad-reader': init.reader } : {})
    },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  });
  const text = await response.text();
  let json: Json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (a file)
  }
  return { status: response.status, json, text };
}

/** A reader's browser token: 21 characters or more. */
export const readerToken = (i: number) => `reader-token-${String(i).padStart(12, '0')}`;
