/**
 * For the crash test (lib/services/engagement-email.int.test.ts): a process that only runs the
 * respondent email jobs, as a server instance's job runner would, until it is killed. Run with
 * `node --conditions react-server --import tsx`, so the services' server-only marker loads.
 */
import { JOB_HANDLERS } from "../services/job-handlers";
import { startJobRunner } from "../services/job-runner";
import { appJobStore, newInstanceId } from "../services/jobs";

const instanceId = newInstanceId();
startJobRunner({ store: appJobStore, handlers: { "email.respondent": JOB_HANDLERS["email.respondent"] }, instanceId, pollIntervalMs: 100 });
process.stdout.write(`worker ${instanceId} started\n`);
