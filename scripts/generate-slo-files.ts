// Large Sloth specs in the three shapes a file can take (block YAML, flow YAML, minified JSON),
// for the bench and the tests that hold reading SLO files to linear time.

export type SloFileShape = "block" | "flow" | "json";

/** The SLO names of a generated file, in order: `slo-0`, `slo-1`, … */
export function generatedSloName(i: number): string {
  return `slo-${i}`;
}

/** A Sloth prometheus/v1 spec of about `bytes` (not more) holding as many SLOs as fit. */
export function generateSlothFile(shape: SloFileShape, bytes: number): string {
  const head =
    shape === "json"
      ? '{"version":"prometheus/v1","service":"svc","slos":['
      : shape === "flow"
        ? "version: prometheus/v1\nservice: svc\nslos: [\n"
        : "version: prometheus/v1\nservice: svc\nslos:\n";
  const tail = shape === "json" ? "]}" : shape === "flow" ? "]\n" : "";
  const entry = (i: number, first: boolean) => {
    const name = generatedSloName(i);
    if (shape === "json") return `${first ? "" : ","}{"name":"${name}","objective":99.9}`;
    if (shape === "flow") return `${first ? "" : ",\n"}  {name: ${name}, objective: 99.9}`;
    return `  - name: ${name}\n    objective: 99.9\n`;
  };
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const next = entry(i, i === 0);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join("");
}
