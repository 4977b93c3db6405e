import type { Metadata } from "next";
import { DiagnoseClient } from "@/components/diagnose/DiagnoseClient";

export const metadata: Metadata = {
  title: "Diagnose a response",
  description:
    "Paste an OCR error response or a whole log and get each error with its count, lines and times, the cause when the paste shows it, and the steps to fix it. The paste stays in your browser.",
};

export default function DiagnosePage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Diagnose an error response</h1>
      <noscript>
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2">
          This page reads the paste with JavaScript, in your browser. With JavaScript off, look the code up in the
          catalogue instead, or use the command line described in the README.
        </p>
      </noscript>
      <div className="mt-4">
        <DiagnoseClient />
      </div>
    </>
  );
}
