import { describe, expect, it } from "vitest";
import { exportedMethods, filesUnder, routePathOf } from "../testing/app-files";
import { ROUTE_METHODS, allowedMethods } from "./route-methods";

describe("the methods each path answers", () => {
  it("match what every route file exports, and nothing else is listed", () => {
    const fromFiles = Object.fromEntries(filesUnder("app", ["route.ts"]).map((file) => [routePathOf(file), exportedMethods(file)]));
    expect(Object.keys(fromFiles).length).toBeGreaterThan(10);
    expect(Object.fromEntries(Object.entries(ROUTE_METHODS).map(([path, methods]) => [path, [...methods].sort()]))).toEqual(fromFiles);
  });

  it("are found for concrete paths, with HEAD beside GET and OPTIONS always", () => {
    expect(allowedMethods("/api/v1/assessments/abc123")).toEqual(["GET", "HEAD", "PUT", "OPTIONS"]);
    expect(allowedMethods("/api/v1/assessments/abc123/submit")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods("/api/auth/callback/credentials")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    expect(allowedMethods("/api/v1/results/")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/workspace")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    expect(allowedMethods("/api/v1/results/a/b/c")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
  });
});
