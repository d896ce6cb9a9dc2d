/**
 * The path of the page being rendered, which server components cannot otherwise read. proxy.ts
 * sets it on every request, overwriting anything a client sent under this name; no imports, so
 * the proxy can load it cheaply.
 */
export const PATHNAME_HEADER = "x-rolefit-pathname";
