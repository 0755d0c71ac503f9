/**
 * Bicep syntax tree. Every node has `start`/`end` offsets into the text
 * (end exclusive); `LineMap` turns them into lines and columns.
 * Nodes the parser could not build are `Missing` (with the error reported).
 */

export interface NodeBase {
  start: number
  end: number
}

export interface Identifier extends NodeBase {
  kind: 'Identifier'
  name: string
}

/** A string literal; `parts.length === exprs.length + 1` (interpolation alternates part, expr, part...). */
export interface StringLiteral extends NodeBase {
  kind: 'String'
  parts: string[]
  exprs: Expression[]
  multiline: boolean
}

export interface IntegerLiteral extends NodeBase {
  kind: 'Integer'
  value: number
}
export interface BooleanLiteral extends NodeBase {
  kind: 'Boolean'
  value: boolean
}
export interface NullLiteral extends NodeBase {
  kind: 'Null'
}

export interface Spread extends NodeBase {
  kind: 'Spread'
  expression: Expression
}

export interface ArrayLiteral extends NodeBase {
  kind: 'Array'
  items: (Expression | Spread)[]
}

export interface Property extends NodeBase {
  kind: 'Property'
  key: Identifier | StringLiteral
  value: Expression
  decorators: Decorator[]
}

export interface ObjectLiteral extends NodeBase {
  kind: 'Object'
  /** Nested child resources (`resource child 'x' = {...}` in a resource body) appear among the properties. */
  properties: (Property | Spread | ResourceDecl)[]
}

export interface Call extends NodeBase {
  kind: 'Call'
  /** `az.resourceId(...)` has namespace `az`; `cluster.listKeys()` has an object instead. */
  name: Identifier
  args: Expression[]
  object?: Expression
}

export interface PropertyAccess extends NodeBase {
  kind: 'PropertyAccess'
  object: Expression
  name: Identifier
  /** `.?` */
  safe: boolean
}

export interface IndexAccess extends NodeBase {
  kind: 'IndexAccess'
  object: Expression
  index: Expression
  /** `[?x]` */
  safe: boolean
  /** `[^1]`: from the end */
  fromEnd: boolean
}

/** `parent::child` */
export interface ResourceAccess extends NodeBase {
  kind: 'ResourceAccess'
  object: Expression
  name: Identifier
}

/** `x!` */
export interface NonNull extends NodeBase {
  kind: 'NonNull'
  expression: Expression
}

export interface Unary extends NodeBase {
  kind: 'Unary'
  operator: '!' | '-' | '+'
  operand: Expression
}

export type BinaryOperator = '&&' | '||' | '??' | '==' | '!=' | '=~' | '!~' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%'

export interface Binary extends NodeBase {
  kind: 'Binary'
  operator: BinaryOperator
  left: Expression
  right: Expression
}

export interface Ternary extends NodeBase {
  kind: 'Ternary'
  condition: Expression
  whenTrue: Expression
  whenFalse: Expression
}

export interface Parenthesized extends NodeBase {
  kind: 'Parenthesized'
  expression: Expression
}

export interface LambdaParameter extends NodeBase {
  name: Identifier
  type?: TypeExpression
}

export interface Lambda extends NodeBase {
  kind: 'Lambda'
  parameters: LambdaParameter[]
  returnType?: TypeExpression
  body: Expression
}

/** `[for (item, index) in source: body]` */
export interface ForExpression extends NodeBase {
  kind: 'For'
  item?: Identifier
  index?: Identifier
  source: Expression
  body: Expression | IfCondition
}

/** `if (condition) { ... }` as a resource/module body or a loop body. */
export interface IfCondition extends NodeBase {
  kind: 'If'
  condition: Expression
  body: Expression
}

export interface Missing extends NodeBase {
  kind: 'Missing'
}

export type Expression =
  | Identifier
  | StringLiteral
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | ArrayLiteral
  | ObjectLiteral
  | Call
  | PropertyAccess
  | IndexAccess
  | ResourceAccess
  | NonNull
  | Unary
  | Binary
  | Ternary
  | Parenthesized
  | Lambda
  | ForExpression
  | Missing

// ── types ────────────────────────────────────────────────────────────────

export interface TypeReference extends NodeBase {
  kind: 'TypeReference'
  /** `string`, `sys.string`, `imported.myType` → the dotted name; `resourceInput<'...'>` has `resourceType`. */
  name: string
  resourceType?: StringLiteral
  /** `.prop`, `[0]`, `[*]`, `.*` after the name, as written. */
  path: string[]
}
export interface TypeLiteral extends NodeBase {
  kind: 'TypeLiteral'
  value: StringLiteral | IntegerLiteral | BooleanLiteral | NullLiteral | Unary
}
export interface UnionType extends NodeBase {
  kind: 'UnionType'
  members: TypeExpression[]
}
export interface ArrayType extends NodeBase {
  kind: 'ArrayType'
  item: TypeExpression
}
export interface NullableType extends NodeBase {
  kind: 'NullableType'
  type: TypeExpression
}
export interface ObjectTypeProperty extends NodeBase {
  decorators: Decorator[]
  /** `*` for the additional-properties matcher. */
  key: Identifier | StringLiteral | '*'
  type: TypeExpression
}
export interface ObjectType extends NodeBase {
  kind: 'ObjectType'
  properties: ObjectTypeProperty[]
}
export interface TupleType extends NodeBase {
  kind: 'TupleType'
  items: { decorators: Decorator[]; type: TypeExpression }[]
}
export interface ParenthesizedType extends NodeBase {
  kind: 'ParenthesizedType'
  type: TypeExpression
}
/** `param x resource 'Microsoft.X/y@2024-01-01'` */
export interface ResourceType extends NodeBase {
  kind: 'ResourceType'
  type: StringLiteral
}

export type TypeExpression =
  TypeReference | TypeLiteral | UnionType | ArrayType | NullableType | ObjectType | TupleType | ParenthesizedType | ResourceType | Missing

// ── statements ───────────────────────────────────────────────────────────

export interface Decorator extends NodeBase {
  kind: 'Decorator'
  expression: Expression
}

interface DeclBase extends NodeBase {
  decorators: Decorator[]
  /** The keyword (`param`, `resource`...) */
  keyword: NodeBase
}

export interface ParamDecl extends DeclBase {
  kind: 'Param'
  name: Identifier
  /** Absent in `.bicepparam` assignments (`param x = 1`). */
  type?: TypeExpression
  value?: Expression
}
export interface VarDecl extends DeclBase {
  kind: 'Var'
  name: Identifier
  type?: TypeExpression
  value: Expression
}
export interface ResourceDecl extends DeclBase {
  kind: 'Resource'
  name: Identifier
  type: StringLiteral | Missing
  existing: boolean
  /** An object, `if (...) {...}` or `[for ...]`. */
  value: Expression | IfCondition
}
export interface ModuleDecl extends DeclBase {
  kind: 'Module'
  name: Identifier
  path: StringLiteral | Missing
  value: Expression | IfCondition
}
export interface TestDecl extends DeclBase {
  kind: 'Test'
  name: Identifier
  path: StringLiteral | Missing
  value: Expression
}
export interface OutputDecl extends DeclBase {
  kind: 'Output'
  name: Identifier
  type: TypeExpression
  value: Expression
}
export interface TypeDecl extends DeclBase {
  kind: 'Type'
  name: Identifier
  type: TypeExpression
}
export interface FuncDecl extends DeclBase {
  kind: 'Func'
  name: Identifier
  lambda: Lambda | Missing
}
export interface ImportDecl extends DeclBase {
  kind: 'Import'
  /** `import {a, b as c} from '...'` */
  symbols?: { name: Identifier | StringLiteral; alias?: Identifier }[]
  /** `import * as ns from '...'` */
  wildcardAlias?: Identifier
  from?: StringLiteral | Missing
  /** Legacy `import 'az@1.0.0'` / `import 'kubernetes@1.0.0' with {...} as k8s` (provider import). */
  specification?: StringLiteral
}
export interface ExtensionDecl extends DeclBase {
  kind: 'Extension'
  specification: StringLiteral | Identifier | Missing
  config?: Expression
  alias?: Identifier
}
export interface MetadataDecl extends DeclBase {
  kind: 'Metadata'
  name: Identifier
  value: Expression
}
export interface TargetScopeDecl extends DeclBase {
  kind: 'TargetScope'
  value: Expression
}
export interface UsingDecl extends DeclBase {
  kind: 'Using'
  /** Absent for `using none`. */
  path?: StringLiteral | Missing
  config?: Expression
}
export interface ExtendsDecl extends DeclBase {
  kind: 'Extends'
  path: StringLiteral | Missing
}
export interface AssertDecl extends DeclBase {
  kind: 'Assert'
  name: Identifier
  value: Expression
}

export type Statement =
  | ParamDecl
  | VarDecl
  | ResourceDecl
  | ModuleDecl
  | TestDecl
  | OutputDecl
  | TypeDecl
  | FuncDecl
  | ImportDecl
  | ExtensionDecl
  | MetadataDecl
  | TargetScopeDecl
  | UsingDecl
  | ExtendsDecl
  | AssertDecl

export interface Program extends NodeBase {
  kind: 'Program'
  statements: Statement[]
}

export interface SyntaxError {
  message: string
  start: number
  end: number
}
