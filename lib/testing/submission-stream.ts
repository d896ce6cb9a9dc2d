/**
 * A steady stream of real submissions through the app's services, for tests that need write load
 * in the test process. The services serialize writes in this process, so the ids come back in
 * commit order.
 */
import { ANONYMOUS } from "../auth/actor";
import { createAssessment, submitAssessment } from "../services/assessments";
import { submissionBody } from "./fixtures";

export interface SubmissionStream {
  /** Result ids acknowledged so far, oldest first. */
  acknowledged: () => string[];
  /** Resolves once `count` submissions have been acknowledged. */
  reached: (count: number) => Promise<void>;
  /** Stops after the submission in flight; resolves with every acknowledged id, or rejects with the stream's failure. */
  stop: () => Promise<string[]>;
}

export function startSubmissionStream(): SubmissionStream {
  const acknowledged: string[] = [];
  let stopping = false;
  let failure: unknown = null;
  const running = (async () => {
    while (!stopping) {
      // better-sqlite3 answers synchronously, so without this the loop would run on microtasks
      // alone and starve every timer and child-process event of the test, as a server never does.
      await new Promise((resolve) => setImmediate(resolve));
      const { token } = await createAssessment();
      acknowledged.push((await submitAssessment(ANONYMOUS, token, submissionBody())).resultId);
    }
  })().catch((error: unknown) => {
    failure = error ?? new Error("the submission stream failed");
  });
  return {
    acknowledged: () => [...acknowledged],
    reached: async (count) => {
      while (acknowledged.length < count) {
        if (failure) throw failure;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: async () => {
      stopping = true;
      await running;
      if (failure) throw failure;
      return [...acknowledged];
    },
  };
}
