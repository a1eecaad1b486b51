/**
 * The errors of the zip reader, shared by it and by both inflaters (src/input/inflate.ts for Node,
 * src/input/inflate.browser.ts for browsers), so a damaged entry reads the same in either.
 */
import { JixiaoError } from "../errors";

export function damaged(reason: string): JixiaoError {
  return new JixiaoError("BAD_ZIP", `The .docx (zip) is damaged and cannot be opened: ${reason}. It may be a truncated download; get the original again or open and re-save it in Word.`);
}

/** An entry whose data holds more than its directory entry states: a lie we stop at, never a cut. */
export function overflowed(name: string, size: number): JixiaoError {
  return damaged(`${name} inflates to more than the ${size} bytes its directory entry states`);
}
