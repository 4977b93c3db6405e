import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTempFolders } from "../helpers/temp-folder";
import { loadCatalogue } from "@/lib/catalogue/load";
import { loadTeamNotes } from "@/lib/catalogue/notes";

const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const notesDir = useTempFolders("notes-");

describe("team notes", () => {
  it("loads the example notes folder and attaches a note by any spelling of its code", () => {
    const notes = loadTeamNotes(path.join(process.cwd(), "tests", "fixtures", "team-notes"), entries);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({
      slug: "APIG.0308",
      title: "Batch scanner hits the rate limit at month end",
      updated: "2026-11-01",
      lang: "en",
    });
    expect(notes[1]).toMatchObject({ slug: "APIG.0308", title: "月底批量识别触发流控", lang: "zh" });
    expect(notes[0]!.links[0]!.url).toBe("https://wiki.example.com/runbooks/ocr-throttling");
  });

  it("names the file and field of a bad note", () => {
    const dir = notesDir({
      "a.md": "---\ncode: APIG.0308\n---\nbody",
      "b.md": "---\ncode: VPC.0301\ntitle: Other service\n---\nbody",
      "c.md": "---\ncode: AIS.0101\ntitle: t\nlinks:\n  - url: not-a-url\n    title: x\n---\nbody",
      "d.md": "---\ncode: AIS.0101\ntitle: t\n---\n",
      "e.md": "---\ncode: AIS.0101\ntitle: t\nlang: fr\n---\nbody",
    });
    try {
      loadTeamNotes(dir, entries);
      expect.unreachable("bad notes must be rejected");
    } catch (error) {
      const problems = (error as { problems: { file: string; field: string; problem: string }[] }).problems;
      expect(problems.map((p) => `${path.basename(p.file)} ${p.field}`)).toEqual([
        "a.md title",
        "b.md code",
        "c.md links[0].url",
        "d.md (body)",
        "e.md lang",
      ]);
      expect(problems[1]!.problem).toBe('expected a code in the catalogue, found "VPC.0301"');
    }
  });

  it("says clearly when the folder cannot be read", () => {
    expect(() => loadTeamNotes("/nonexistent/notes", entries)).toThrow(/cannot be read \(NOTES_DIR\)/);
  });
});
