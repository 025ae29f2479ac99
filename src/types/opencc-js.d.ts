/** OpenCC's dictionaries, one module each ("a b|c d": each source and its replacement). */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
