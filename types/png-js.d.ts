/** png-js ships no types; the tests use it as an independent PNG decoder (it is the PDF library's own). */
declare module "png-js" {
  export default class PNG {
    constructor(data: Buffer);
    /** The pixels as 8-bit RGBA, row after row. */
    decode(callback: (pixels: Buffer) => void): void;
  }
}
