import Link from "next/link";

export default function NotFound() {
  return (
    <div data-testid="not-found">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">
        Nothing lives at this address. The <Link href="/" className="text-blue-800 underline">catalogue</Link> lists
        every error code, and the <Link href="/diagnose" className="text-blue-800 underline">diagnose page</Link> reads
        a pasted error response.
      </p>
    </div>
  );
}
