import { notFound } from "next/navigation";

// Only reached through middleware.ts for a code that is not in the catalogue; not-found.tsx beside it says what to do.
export default function UnknownCodePage(): never {
  notFound();
}
