/** Moved: the report loaders live with the stored result in lib/results/report.ts. */
export { loadOrganizationReport, loadResultReport } from "../results/report";
