import { HomeView } from "@/components/pages/HomeView";

export default function ChineseHomePage() {
  return <HomeView locale="zh" />;
}
