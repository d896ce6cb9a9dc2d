import type { ReportLogo } from "@/lib/report/model";

/** A consulting firm's logo on a white plate, so a dark logo stays visible on the blue cover. */
export function FirmLogo({ logo }: { logo: ReportLogo }) {
  return (
    <span className="inline-flex shrink-0 rounded-md bg-white p-1.5">
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data: URL leaves next/image nothing to optimise, and its lazy loading could leave the logo out of a printout. */}
      <img src={logo.src} alt={logo.alt} style={{ width: logo.width, height: logo.height }} className="block object-contain" />
    </span>
  );
}
