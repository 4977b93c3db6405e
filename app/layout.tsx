import type { Metadata } from "next";
import Link from "next/link";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OCR Error Desk", template: "%s · OCR Error Desk" },
  description: "Every error code a Huawei Cloud OCR call can return, with causes and steps to fix it.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50/95">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/" className="font-semibold text-slate-900">
              OCR Error Desk
            </Link>
            <Link href="/" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              Catalogue
            </Link>
            <Link href="/diagnose" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              Diagnose a response
            </Link>
            <div className="ml-auto w-full sm:w-auto sm:flex-1 sm:max-w-md">
              <HeaderSearch />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-slate-600">
          Facts from Huawei Cloud&apos;s public documentation; explanations written by the OCR Error Desk team. Not affiliated with Huawei.
        </footer>
      </body>
    </html>
  );
}
