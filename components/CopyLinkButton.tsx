"use client";

import { CopyButton } from "./CopyButton";

/** Copies the absolute link to an anchor on the current page. */
export function CopyLinkButton({ anchor, what }: { anchor: string; what: string }) {
  return (
    <CopyButton
      label="Copy link"
      ariaLabel={`Copy link to ${what}`}
      text={() => `${window.location.origin}${window.location.pathname}#${anchor}`}
      testId={`copy-link-${anchor}`}
    />
  );
}
