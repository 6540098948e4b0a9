// A stand-in for the `JSX` names of `solid-js` that knotkit/solid uses, because solid-js is not
// a dev dependency (yet). Each is as loose as it can be: the check is about knotkit's props.
/* eslint-disable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars */
export namespace JSX {
  type Element = unknown;
  interface CSSProperties {}
  interface AttrAttributes {}
  interface PropAttributes {}
  interface DirectiveAttributes {}
  interface DirectiveFunctionAttributes<T> {}
  interface OnAttributes<T> {}
  interface OnCaptureAttributes<T> {}
}
