// Types of the virtual module `/__all-stories.js` served by web-test-runner.config.mjs
// (mapped here by "paths" in tsconfig.json): every stories/**/*.stories.ts, imported.
/** One story file: its path from the repo root and its module (default export = meta, named exports = stories). */
export interface StoryFile {
  file: string;
  module: Record<string, unknown>;
}
export declare const stories: StoryFile[];
export default stories;
