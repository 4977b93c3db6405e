import "./globals.css";

/**
 * Every page's document (`<html lang>`, header, footer) belongs to its language:
 * app/(en)/layout.tsx for English, app/zh/layout.tsx for Chinese. This root only
 * brings the styles, and frames the not-found page of addresses outside both.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
