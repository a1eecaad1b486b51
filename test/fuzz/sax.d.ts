/** sax ships no types; the well-formedness check uses this much of it. */
declare module "sax" {
  interface SaxParser {
    onerror: (error: Error) => void;
    onopentag: (tag: unknown) => void;
    onclosetag: (name: string) => void;
    write(text: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): SaxParser };
  export default sax;
}
