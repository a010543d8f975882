import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrometheusError } from "../../core/error-budget/prometheus-port.js";
import {
  createHttpPrometheus,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TOTAL_MS,
  parsePrometheusUrl,
} from "../../prometheus/http-prometheus.js";
import { startSilentServer } from "../support/slow-server.js";

/** A stand-in for Prometheus's HTTP API on 127.0.0.1, answering what each test sets. */
let answer: (request: IncomingMessage, response: ServerResponse) => void = () => {};
const seen: string[] = [];
const server = createServer((request, response) => {
  seen.push(request.url ?? "");
  answer(request, response);
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function json(status: number, body: unknown) {
  answer = (_, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };
}

async function failure(promise: Promise<unknown>): Promise<PrometheusError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PrometheusError))
    throw new Error(`expected a PrometheusError, got ${String(error)}`);
  return error;
}

describe("the HTTP Prometheus port", () => {
  it("waits 5 s per query unless told otherwise", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(5000);
    expect(createHttpPrometheus({ url: "http://127.0.0.1:9" }).timeoutMs).toBe(5000);
  });

  it("asks /api/v1/query under the URL's path, with the query encoded", async () => {
    json(200, { status: "success", data: { resultType: "vector", result: [] } });
    await createHttpPrometheus({ url: `${url}/prometheus/` }).instantQuery('up{job="a b"}');
    expect(seen.at(-1)).toBe("/prometheus/api/v1/query?query=up%7Bjob%3D%22a+b%22%7D");
  });

  it("reads a vector's series and a scalar as one series", async () => {
    const port = createHttpPrometheus({ url });
    json(200, {
      status: "success",
      data: { resultType: "vector", result: [{ metric: { a: "1" }, value: [1, "0.5"] }] },
    });
    expect(await port.instantQuery("x")).toEqual([{ labels: { a: "1" }, value: "0.5" }]);
    json(200, { status: "success", data: { resultType: "scalar", result: [1, "NaN"] } });
    expect(await port.instantQuery("x")).toEqual([{ labels: {}, value: "NaN" }]);
  });

  it("passes a value that is not a string on as its JSON, never as an empty string", async () => {
    const port = createHttpPrometheus({ url });
    const vector = (value: unknown) =>
      json(200, {
        status: "success",
        data: { resultType: "vector", result: [{ value: [1, value] }] },
      });
    vector([]);
    expect(await port.instantQuery("x")).toEqual([{ labels: {}, value: "[]" }]);
    vector(0.5);
    expect(await port.instantQuery("x")).toEqual([{ labels: {}, value: "0.5" }]);
    json(200, { status: "success", data: { resultType: "scalar", result: [1] } });
    expect(await port.instantQuery("x")).toEqual([{ labels: {}, value: "nothing" }]);
  });

  /** Answers 200 with a body written in `chunk`s (as fast as the client reads, or every `everyMs`) until `total` bytes or the client leaves; resolves how many bytes were written then. */
  function streaming(chunk: Buffer, total: number, everyMs?: number): Promise<number> {
    return new Promise((done) => {
      answer = (_, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        let sent = 0;
        let closed = false;
        response.on("close", () => {
          closed = true;
          done(sent);
        });
        const more = () => {
          while (!closed && sent < total) {
            sent += chunk.length;
            if (everyMs !== undefined) {
              response.write(chunk);
              setTimeout(more, everyMs);
              return;
            }
            if (!response.write(chunk)) {
              response.once("drain", more);
              return;
            }
          }
          if (!closed) response.end();
        };
        more();
      };
    });
  }

  it.each([
    ["a 200 MB answer", 200 * 1024 * 1024],
    ["an endless answer", Infinity],
  ])("stops reading %s at 4 MiB: a few MiB read and kept", async (_, total) => {
    const sent = streaming(Buffer.alloc(64 * 1024, " "), total);
    const before = process.memoryUsage();
    const error = await failure(createHttpPrometheus({ url }).instantQuery("x"));
    expect([error.kind, error.message]).toEqual([
      "bad-answer",
      `Prometheus at ${url} answered more than 4 MiB, far more than an instant vector needs`,
    ]);
    // What the server wrote before the client left: the cap and the sockets' buffers.
    expect(await sent).toBeLessThan(24 * 1024 * 1024);
    const after = process.memoryUsage();
    expect(
      after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed,
    ).toBeLessThan(32 * 1024 * 1024);
  });

  it("stops reading an endless answer at the query's deadline, closing the connection", async () => {
    const sent = streaming(Buffer.from("[1,"), Infinity, 5);
    const error = await failure(createHttpPrometheus({ url, timeoutMs: 200 }).instantQuery("x"));
    expect([error.kind, error.message]).toEqual([
      "timeout",
      `Prometheus at ${url} did not answer within 200 ms`,
    ]);
    expect(await sent).toBeGreaterThan(0);
  });

  it("gives all queries of an evaluation one deadline: those in flight stop, later ones are not sent", async () => {
    const slow = await startSilentServer();
    try {
      const port = createHttpPrometheus({ url: slow.url, timeoutMs: 60_000, totalMs: 300 });
      const errors = await Promise.all(
        Array.from({ length: 6 }, (_, i) => failure(port.instantQuery(`q${i}`))),
      );
      expect(new Set(errors.map((e) => `${e.kind}: ${e.message}`))).toEqual(
        new Set([
          `timeout: Prometheus at ${slow.url} did not answer before the evaluation's 300 ms for Prometheus ran out`,
        ]),
      );
      const later = await failure(port.instantQuery("q7"));
      expect([later.kind, later.message]).toEqual([
        "timeout",
        `Prometheus at ${slow.url} was not asked: the evaluation's 300 ms for Prometheus had passed`,
      ]);
      expect(createHttpPrometheus({ url: slow.url })).toMatchObject({ timeoutMs: 5000 });
      expect(DEFAULT_TOTAL_MS).toBe(60_000);
    } finally {
      await slow.stop();
    }
  });

  it("says what Prometheus answered when it answers an error", async () => {
    json(503, { status: "error", errorType: "unavailable", error: "too many queries" });
    const error = await failure(createHttpPrometheus({ url }).instantQuery("x"));
    expect([error.kind, error.message]).toEqual([
      "error-answer",
      `Prometheus at ${url} answered HTTP 503 with an error: unavailable: too many queries`,
    ]);
  });

  it("refuses an answer that is not the API's JSON, or not a vector", async () => {
    json(200, "<html>login</html>");
    expect((await failure(createHttpPrometheus({ url }).instantQuery("x"))).kind).toBe(
      "bad-answer",
    );
    json(200, { status: "success", data: { resultType: "matrix", result: [] } });
    expect((await failure(createHttpPrometheus({ url }).instantQuery("x"))).message).toBe(
      `Prometheus at ${url} answered a matrix, not an instant vector`,
    );
  });

  it("never follows a redirect, which could carry the token elsewhere", async () => {
    answer = (_, response) => {
      response.writeHead(302, { location: "http://127.0.0.1:9/steal" });
      response.end();
    };
    const error = await failure(createHttpPrometheus({ url, token: "t" }).instantQuery("x"));
    expect([error.kind, error.message]).toEqual([
      "unreachable",
      `Prometheus at ${url} could not be reached (unexpected redirect)`,
    ]);
  });

  it("keeps credentials in the URL out of its messages", () => {
    const port = createHttpPrometheus({ url: "https://user:secret@prometheus.example:9090/p/" });
    expect(port.origin).toBe("https://prometheus.example:9090/p");
  });

  it("sends credentials in the URL as a Basic Authorization header, not in the URL", async () => {
    let authorization: string | undefined;
    answer = (request, response) => {
      authorization = request.headers.authorization;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ status: "success", data: { resultType: "scalar", result: [1, "0.5"] } }),
      );
    };
    const withCredentials = url.replace("http://", "http://12345:glc_s3cr%40t@");
    const samples = await createHttpPrometheus({ url: withCredentials }).instantQuery("x");
    expect(samples).toEqual([{ labels: {}, value: "0.5" }]);
    expect(authorization).toBe(`Basic ${Buffer.from("12345:glc_s3cr@t").toString("base64")}`);
    expect(seen.at(-1)).toBe("/api/v1/query?query=x");
  });

  it("never repeats a credentialed URL when Prometheus cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const unreachable = `http://12345:glc_n0tInAnyOutput@127.0.0.1:${port}/`;
    const error = await failure(createHttpPrometheus({ url: unreachable }).instantQuery("x"));
    expect([error.kind, error.message]).toEqual([
      "unreachable",
      `Prometheus at http://127.0.0.1:${port} could not be reached (ECONNREFUSED)`,
    ]);
  });

  it("accepts only http and https URLs", () => {
    expect(() => parsePrometheusUrl("ftp://x")).toThrow("must be http:// or https://, not ftp://");
    expect(() => parsePrometheusUrl("https://u:s3cret@ not a url")).toThrow(
      "The Prometheus URL is not a URL (give it as https://host[:port][/path])",
    );
    expect(() => parsePrometheusUrl("https://u:s3cret@ not a url")).not.toThrow(/s3cret/);
  });
});
