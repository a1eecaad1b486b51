/** The writer's public surface, re-exported by src/index.ts. */
export { writeDocx, writeDocxWithMessages, type WriteOptions, type WriteResult } from "./document";
export { blankForm, type BlankFormOptions } from "./blank";
