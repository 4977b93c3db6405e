import { HomeView } from "@/components/pages/HomeView";

export default function HomePage() {
  return <HomeView locale="en" />;
}
