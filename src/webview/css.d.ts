/** Stylesheets are bundled by esbuild into their own file next to the script. */
declare module '*.css';
