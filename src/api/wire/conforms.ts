/**
 * `Conforms<Input, Wire>` is `Wire`, and compiles only when a request of that wire shape can be handed to
 * a use case taking `Input`: the use case owns its input type, and the wire schema is held to it.
 */
export type Conforms<Input, Wire extends Input> = Wire;
