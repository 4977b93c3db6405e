/** A JSON error answer: a machine-readable `error` and a `message` that says what to do. */
export function jsonError(status: number, error: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error, message }, { status, headers });
}

/** A handler for the methods a route does not support: 405 with a JSON error that says what to send instead. */
export function methodNotAllowed(allow: string, usage: string): () => Response {
  return () => jsonError(405, "method_not_allowed", `This address answers ${allow} only. ${usage}`, { Allow: allow });
}
