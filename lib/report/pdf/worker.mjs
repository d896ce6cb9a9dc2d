/**
 * The entry of a PDF render worker thread (lib/report/render-pdf.ts). Next bundles the server's
 * code, but a worker thread starts from a file on disk: this one, plain JavaScript, read from the
 * project at run time like the report fonts. tsx compiles the renderer's TypeScript, as it does
 * for next.config.js.
 */
import { require as requireTypeScript } from "tsx/cjs/api";

export default requireTypeScript("./worker-task.ts", import.meta.url).default;
