import { describe, expect, it } from "vitest";
import { viewUri } from "./uri-text";

describe("viewUri", () => {
  it("decodes a percent-encoded data: URI to its text, markup left as text", () => {
    const body = "# Human oversight\n\nA person <b>reviews</b> 100% of releases.";
    expect(viewUri(`data:text/markdown;charset=utf-8,${encodeURIComponent(body)}`)).toEqual({
      kind: "text",
      mediaType: "text/markdown",
      text: body,
    });
  });

  it("decodes base64 data: URIs and refuses non-text ones", () => {
    expect(viewUri(`data:text/plain;base64,${btoa("hello")}`)).toMatchObject({ text: "hello" });
    expect(viewUri("data:image/png;base64,AAAA")).toEqual({ kind: "raw" });
    expect(viewUri("data:text/plain,%E0%A4%A")).toEqual({ kind: "raw" });
  });

  it("names a link's host and keeps anything else raw", () => {
    expect(viewUri("https://forum.example/t/1")).toEqual({
      kind: "link",
      scheme: "https",
      host: "forum.example",
    });
    expect(viewUri("javascript:alert(1)")).toEqual({ kind: "raw" });
    expect(viewUri("not a uri")).toEqual({ kind: "raw" });
  });
});
