/**
 * Runs in the browser before the app's modules. Zod probes for eval (`new Function("")`) when it
 * builds an object schema, to compile faster parsers; under our Content Security Policy (no
 * 'unsafe-eval') the probe fails harmlessly but is reported as a violation. Jitless mode skips it.
 */
import { z } from "zod";

z.config({ jitless: true });
