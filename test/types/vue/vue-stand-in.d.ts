// A stand-in for the two names of `vue` that knotkit/vue uses, because vue is not a dev
// dependency (yet): `GlobalComponents`, the interface Vue's template checker (vue-tsc) reads for
// global tags, and `DefineComponent<Props>`, reduced to what it says about the props.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GlobalComponents {}
export interface DefineComponent<Props> {
  new (): { $props: Props };
}
