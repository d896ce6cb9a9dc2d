/**
 * The otpauth URI as a QR code, drawn on the server as an SVG from the qrcode package's module
 * matrix. Rendering the squares as one React <path> (rather than injecting the package's SVG
 * string) keeps markup we did not write out of the page; no script or image request is involved,
 * so the secret never leaves this HTML response.
 */
import "server-only";
import { useTranslations } from "next-intl";
import QRCode from "qrcode";

/** The quiet zone the QR specification asks for around the symbol, in modules. */
const QUIET_ZONE = 4;

function modulePath(uri: string): { size: number; d: string } {
  const { modules } = QRCode.create(uri, { errorCorrectionLevel: "M" });
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, d };
}

export function TotpQrCode({ uri }: { uri: string }) {
  const t = useTranslations("Account.security");
  const { size, d } = modulePath(uri);
  return (
    <svg
      role="img"
      aria-label={t("qrCode")}
      viewBox={`0 0 ${size} ${size}`}
      width={216}
      height={216}
      shapeRendering="crispEdges"
      className="rounded-md border border-line bg-white"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#0f1f33" />
    </svg>
  );
}
