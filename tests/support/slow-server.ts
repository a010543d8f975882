import { createServer, type Server, type ServerResponse } from "node:http";

/** An HTTP server on 127.0.0.1 that takes every request and never answers until stopped. */
export async function startSilentServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const waiting = new Set<ServerResponse>();
  const server: Server = createServer((_, response) => void waiting.add(response));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        for (const response of waiting) response.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
