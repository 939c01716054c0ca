/** Swedish messages of one area of the interface; merged into the catalogue in ../sv.ts. */
export const participantSv = {} as const;
