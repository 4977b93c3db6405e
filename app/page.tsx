import { catalogue } from "@/lib/catalogue";
import { LAYERS } from "@/lib/catalogue/schema";
import { LayerSection } from "@/components/catalogue/LayerSection";
import { HomeSearch } from "@/components/search/HomeSearch";

export default function HomePage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Huawei Cloud OCR error codes</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        All {catalogue.length} error codes a call to Huawei Cloud OCR can return, from the OCR service, the ModelArts
        platform it runs on and the API gateways in front of it. Each page says what went wrong, how to tell the causes
        apart and what to do, step by step.
      </p>
      <HomeSearch />
      {LAYERS.map((layer) => (
        <LayerSection key={layer} layer={layer} entries={catalogue.filter((e) => e.layer === layer)} />
      ))}
    </>
  );
}
