import type { NextConfig } from "next";

const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") || undefined;

const nextConfig: NextConfig = {
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "" },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
