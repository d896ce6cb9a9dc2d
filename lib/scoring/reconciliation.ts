/**
 * Where the sources disagree, and how the model reconciles them: data the methodology page
 * prints, each point with the passages on both sides.
 */
import { Q } from "./citations";
import type { Citation } from "./types";

export interface Disagreement {
  id: string;
  title: string;
  /** What each side says, in our words. */
  sides: string;
  /** What the model does about it. */
  reconciliation: string;
  citations: Citation[];
}

export const DISAGREEMENTS: readonly Disagreement[] = [
  {
    id: "large_companies",
    title: "Large companies: a CDO above the two leaders, or two peers?",
    sides:
      "S2 advises that larger companies typically need distinct leadership under a Chief Digital Officer. S3 has large, mature enterprises with complex governance separate the roles into peers to avoid bottlenecks, S4 sees both roles in big companies with distinct C-suite positions, and S2's own chart of a large enterprise shows a CIO and a CTO side by side under the CEO.",
    reconciliation:
      "The three that speak of size agree on the part that matters most: a large company needs two distinct technology leaders, so size counts against one combined executive and equally for both structures with two. They differ on what sits above the two. The model gives S2's rule an effect of its own (size, in a company that sells technology, counts toward a CDO), gives S3's rule one too (complex governance in a large firm counts toward peers), and lets the agenda a CDO exists for decide the rest: a transformation or shared platforms spanning operations and products count toward a CDO (S2's joint governance), their absence toward peers. Where S3's governance and S2's cross-cutting agenda are both strong, the model reports a close call and names both structures.",
    citations: [Q.s2LargerCdo, Q.s3LargeMature, Q.s4BigCompanies, Q.s2JointGovernance],
  },
  {
    id: "no_product",
    title: "A large organisation that sells no technology: one executive or two?",
    sides:
      "S3 separates the roles in large, mature enterprises with complex governance. S1 and S4 give the CTO the technology the company creates and sells, and the engineers who build it; an organisation that sells none leaves that remit empty.",
    reconciliation:
      "Size argues for a second leader only where there is a second remit: without technology for sale, a large company's size counts toward one CIO-led executive, and compliance load no longer counts as competing with products for a leader's attention. S3's rule still counts for separation. A large, heavily governed organisation that sells nothing therefore reads as a close call between separate roles and one executive, never as a clear case, and never as a CDO over a CTO with nothing to lead.",
    citations: [Q.s3LargeMature, Q.s1CtoSells, Q.s4CtoProducts],
  },
  {
    id: "triggers",
    title: "Friction and pivots: which way do they point?",
    sides:
      "S3 names persistent misalignment between velocity and stability, frequent incidents and a strategic pivot as triggers to revisit the structure, without saying which structure they lead to. S2's advice on reducing drift between the two leaders does say it, by size: small firms might combine the roles, larger companies need distinct leadership under a CDO. S3's startups combine to streamline decision-making.",
    reconciliation:
      "The model reads friction and pivots by size as S2's advice does: toward one leader in a small firm, toward a CDO above distinct leaders in a larger company, and toward neither at mid size, where no source says which way. They weigh little (a trigger says look again, not what to choose), and the result lists them separately as signals to revisit the structure.",
    citations: [Q.s3Misalignment, Q.s2Drift, Q.s3Startups],
  },
  {
    id: "speed",
    title: "Speed over stability: a rule for everyone, or for startups?",
    sides: "S3 ties combining the roles to startups that lean toward speed, and separating them to large, mature enterprises; it gives a preference for speed no other consequence.",
    reconciliation: "The model reads speed against stability only in young companies (startups fully, scale-ups mostly). In an established or mature company the answer moves nothing, and a preference for stability is not read as an argument for two leaders.",
    citations: [Q.s3Startups, Q.s3LargeMature],
  },
];
