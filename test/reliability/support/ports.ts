// Each reliability test file gets its own ports: TABIJI_REL_PORT (3400 by default) plus
// a fixed offset per file, so files never collide and nothing else in npm test uses them.
const BASE = Number(process.env.TABIJI_REL_PORT ?? 3400);
export const portFor = (offset: number) => BASE + offset + (process.env.TABIJI_TEST_TARGET === "postgres" ? 50 : 0);
