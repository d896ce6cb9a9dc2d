import { describe, expect, it } from "vitest";
import { MAX_ENGAGEMENT_RESPONDENTS, readRespondentList, roleFromText } from "./respondent-list";

describe("readRespondentList", () => {
  it("reads a spreadsheet export with a header, quotes and mixed separators", () => {
    const text = 'Name,Email,Role\n"Okafor, Ada",ADA@Example.com,CEO\nBen Ito;ben@example.com;Chief Financial Officer\r\nCara Diaz\tcara@example.com\tcto\n\n';
    expect(readRespondentList(text)).toEqual({
      ok: true,
      respondents: [
        { name: "Okafor, Ada", email: "ada@example.com", role: "ceo" },
        { name: "Ben Ito", email: "ben@example.com", role: "cfo" },
        { name: "Cara Diaz", email: "cara@example.com", role: "technology_executive" },
      ],
    });
  });

  it("reports every bad line with its number and imports nothing", () => {
    const text = ["Ada Okafor, ada@example.com, ceo", "Ben Ito, not-an-address, cfo", "Cara Diaz, cara@example.com, janitor", "Dan Wu, dan@example.com", ", eve@example.com, coo", "Ada Again, ADA@example.com, coo"].join("\n");
    const result = readRespondentList(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.errors[0]?.message).toMatch(/not an email address/);
    expect(result.errors[1]?.message).toMatch(/"janitor" is not a role/);
    expect(result.errors[2]?.message).toBe("Expected three fields (name, email, role) but found 2.");
    expect(result.errors[3]?.message).toMatch(/Enter the person's name/);
    expect(result.errors[4]?.message).toBe("ada@example.com is also on line 1: list each person once.");
  });

  it("refuses an address already in the engagement", () => {
    const result = readRespondentList("Ada Okafor, ada@example.com, ceo", ["Ada@Example.com"]);
    expect(result).toEqual({ ok: false, errors: [{ line: 1, message: "ada@example.com is already in this engagement." }] });
  });

  it("names the line of an unclosed quote, and refuses an empty list or one too long", () => {
    expect(readRespondentList('Ada, ada@example.com, ceo\n"Ben, ben@example.com, cfo')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/quotation marks/) }] });
    expect(readRespondentList("name,email,role\n\n")).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/empty/) }] });
    const long = Array.from({ length: MAX_ENGAGEMENT_RESPONDENTS + 1 }, (_, index) => `P${index}, p${index}@example.com, ceo`).join("\n");
    expect(readRespondentList(long)).toMatchObject({ ok: false, errors: [{ line: MAX_ENGAGEMENT_RESPONDENTS + 1 }] });
  });

  it("asks for an address in plain letters rather than calling an accented one malformed", () => {
    expect(readRespondentList("Chloé Martin, chloé@client.example, COO")).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/plain letters/) }] });
    expect(readRespondentList("Chloé Martin, chloe@client.example, COO")).toMatchObject({ ok: true });
  });

  it("refuses control characters in a name", () => {
    expect(readRespondentList("Ada\u0007, ada@example.com, ceo")).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/control character/) }] });
  });
});

describe("roleFromText", () => {
  it("knows role ids, labels and common titles, ignoring case and spacing", () => {
    expect(roleFromText("Board member")).toBe("board_member");
    expect(roleFromText("board_member")).toBe("board_member");
    expect(roleFromText("  chief   digital officer ")).toBe("technology_executive");
    expect(roleFromText("Technology executive (CIO, CTO, CDO)")).toBe("technology_executive");
    expect(roleFromText("intern")).toBeNull();
  });
});
