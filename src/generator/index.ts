// Synthetic documents for tests and the benchmark (npm run bench).
export { GENERATED_STRUCTURES, type GenerateOptions, generateDocument } from "./generateDocument";
export { createRandom, type Random } from "./random";
