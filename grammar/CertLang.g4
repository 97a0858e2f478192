// CertLang: national certification regimes and the product scopes they cover.
// docs/language.md is the language reference.
//
// Full fidelity: no character is ever dropped. Whitespace and comments go to the hidden
// channel, and so do unexpected characters; the syntax layer turns all of them into trivia
// (and reports the unexpected ones). Keywords are "soft" where the grammar allows (see `identifier`), so that a regime
// may be called `mark` or a category `test`.
grammar CertLang;

// ---------------------------------------------------------------- declarations

compilationUnit
    : declaration* EOF
    ;

declaration
    : packDeclaration
    | attributeDeclaration
    | categoryDeclaration
    | marketDeclaration
    | regimeDeclaration
    | testDeclaration
    ;

packDeclaration
    : PACK name=identifier VERSION version=versionNumber description=STRING?
    ;

versionNumber
    : NUMBER
    | DOTTED_NUMBER
    ;

attributeDeclaration
    : ATTRIBUTE name=identifier COLON attributeType
    ;

attributeType
    : ENUM LBRACE identifierList RBRACE   # enumType
    | identifier                          # namedType
    ;

categoryDeclaration
    : CATEGORY name=identifier title=STRING? hsList? categoryBody?
    ;

categoryBody
    : LBRACE categoryDeclaration* RBRACE
    ;

hsList
    : HS hsCode (COMMA hsCode)*
    ;

hsCode
    : NUMBER
    | DOTTED_NUMBER
    ;

marketDeclaration
    : MARKET name=identifier title=STRING? marketBody?
    ;

marketBody
    : LBRACE marketClause* RBRACE
    ;

marketClause
    : MEMBERS identifierList                                       # membersClause
    | NOT COVERED STRING                                           # notCoveredClause
    ;

regimeDeclaration
    : REGIME name=identifier IN market=identifier LBRACE regimeClause* RBRACE
    ;

regimeClause
    : keyword=(TITLE | AUTHORITY | MARK | BASIS | SOURCE) STRING   # textClause
    | ROUTE identifier                                             # routeClause
    | VALIDITY duration                                            # validityClause
    | keyword=(EFFECTIVE | UNTIL) DATE                             # dateClause
    | SCOPE LBRACE scopeClause* RBRACE                             # scopeBlock
    | PROCESS LBRACE step* RBRACE                                  # processBlock
    | SURVEILLANCE title=STRING? EVERY duration                    # surveillanceClause
    | REQUIRES identifierList                                      # requiresClause
    | ACCEPTS identifierList (TAKES duration)? fromClause? untilClause?  # acceptsClause
    ;

scopeClause
    : keyword=(INCLUDE | EXCLUDE) scopeTargetList? whereClause? fromClause? untilClause?
    ;

scopeTargetList
    : scopeTarget (COMMA scopeTarget)*
    ;

scopeTarget
    : HS hsCode     # hsTarget
    | identifier    # categoryTarget
    ;

whereClause
    : WHERE condition
    ;

fromClause
    : FROM DATE
    ;

untilClause
    : UNTIL DATE
    ;

step
    : STEP name=identifier title=STRING? stepBody
    ;

// The short form `takes D after A` or the block form `after A { takes … when C  takes … }`.
stepBody
    : takesClause afterClause?                                     # shortStepBody
    | afterClause? LBRACE takesClause* RBRACE                      # blockStepBody
    ;

takesClause
    : TAKES duration (WHEN condition)?
    ;

afterClause
    : AFTER identifierList
    ;

duration
    : min=NUMBER (DOTDOT max=NUMBER)? unit=UNIT
    ;

testDeclaration
    : TEST name=STRING LBRACE testClause* RBRACE
    ;

testClause
    : PRODUCT LBRACE productEntry* RBRACE                          # productBlock
    | SHIP DATE                                                    # shipClause
    | EXPECT regime=identifier expectedStatus                      # expectClause
    ;

// The attribute name of an entry is never a unit word, so that `230 V` is always one quantity.
productEntry
    : attributeName value
    ;

attributeName
    : IDENTIFIER
    | softKeyword
    ;

expectedStatus
    : REQUIRED                                                     # requiredStatus
    | NOT REQUIRED                                                 # notRequiredStatus
    | UNDETERMINED                                                 # undeterminedStatus
    | SATISFIED BY identifier                                      # satisfiedByStatus
    ;

// ---------------------------------------------------------------- conditions
// Precedence, loosest first: or, and, not. Chains are loops, not recursion, so that a long
// chain cannot overflow the stack; the syntax layer folds them into left-nested binaries.

condition
    : andCondition (OR andCondition)*
    ;

andCondition
    : notCondition (AND notCondition)*
    ;

notCondition
    : NOT* primaryCondition
    ;

primaryCondition
    : LPAREN condition RPAREN                                      # parenthesizedCondition
    | identifier comparisonOperator value                          # comparisonCondition
    | identifier IN LBRACE valueList RBRACE                        # inCondition
    | identifier IS identifier                                     # isCondition
    | identifier UNDER hsCode                                      # underCondition
    | identifier                                                   # nameCondition
    | (TRUE | FALSE)                                               # booleanCondition
    ;

comparisonOperator
    : EQUALS | NOT_EQUALS | LESS | LESS_EQUALS | GREATER | GREATER_EQUALS
    ;

valueList
    : value (COMMA value)*
    ;

value
    : NUMBER UNIT?                                                 # numberValue
    | DOTTED_NUMBER                                                # dottedValue
    | STRING                                                       # stringValue
    | DATE                                                         # dateValue
    | (TRUE | FALSE)                                               # booleanValue
    | identifier                                                   # nameValue
    ;

identifierList
    : identifier (COMMA identifier)*
    ;

// A name. Declaration keywords and units double as names; the words that join a clause
// (and, or, not, in, is, under, where, when, from, until, after, takes, every, by, true,
// false) do not.
identifier
    : IDENTIFIER
    | UNIT
    | softKeyword
    ;

softKeyword
    : PACK | VERSION | ATTRIBUTE | ENUM | CATEGORY | HS | MARKET | MEMBERS | COVERED | REGIME
    | TITLE | AUTHORITY | MARK | ROUTE | BASIS | SOURCE | VALIDITY | EFFECTIVE
    | SCOPE | INCLUDE | EXCLUDE | PROCESS | STEP | SURVEILLANCE | REQUIRES | ACCEPTS
    | TEST | PRODUCT | SHIP | EXPECT | REQUIRED | UNDETERMINED | SATISFIED
    ;

// ---------------------------------------------------------------- lexer

PACK         : 'pack';
VERSION      : 'version';
ATTRIBUTE    : 'attribute';
ENUM         : 'enum';
CATEGORY     : 'category';
HS           : 'hs';
MARKET       : 'market';
MEMBERS      : 'members';
COVERED      : 'covered';
REGIME       : 'regime';
TITLE        : 'title';
AUTHORITY    : 'authority';
MARK         : 'mark';
ROUTE        : 'route';
BASIS        : 'basis';
SOURCE       : 'source';
VALIDITY     : 'validity';
EFFECTIVE    : 'effective';
SCOPE        : 'scope';
INCLUDE      : 'include';
EXCLUDE      : 'exclude';
PROCESS      : 'process';
STEP         : 'step';
SURVEILLANCE : 'surveillance';
REQUIRES     : 'requires';
ACCEPTS      : 'accepts';
TEST         : 'test';
PRODUCT      : 'product';
SHIP         : 'ship';
EXPECT       : 'expect';
REQUIRED     : 'required';
UNDETERMINED : 'undetermined';
SATISFIED    : 'satisfied';
BY           : 'by';
IN           : 'in';
IS           : 'is';
UNDER        : 'under';
WHERE        : 'where';
WHEN         : 'when';
FROM         : 'from';
UNTIL        : 'until';
AFTER        : 'after';
TAKES        : 'takes';
EVERY        : 'every';
AND          : 'and';
OR           : 'or';
NOT          : 'not';
TRUE         : 'true';
FALSE        : 'false';

// Units of quantities and durations (docs/language.md, "Lexical structure"). A unit word is also a valid name.
UNIT
    : 'V' | 'mV' | 'kV'
    | 'A' | 'mA'
    | 'W' | 'mW' | 'kW'
    | 'Wh' | 'kWh'
    | 'Hz' | 'kHz' | 'MHz' | 'GHz'
    | 'g' | 'kg' | 't'
    | 'mm' | 'cm' | 'm'
    | 'day' | 'days' | 'week' | 'weeks' | 'month' | 'months' | 'year' | 'years'
    ;

LBRACE         : '{';
RBRACE         : '}';
LPAREN         : '(';
RPAREN         : ')';
COMMA          : ',';
COLON          : ':';
DOTDOT         : '..';
EQUALS         : '==';
// A lone '=' is read as '==' so that the condition still parses; the syntax layer reports it.
SINGLE_EQUALS  : '=' -> type(EQUALS);
NOT_EQUALS     : '!=';
LESS_EQUALS    : '<=';
GREATER_EQUALS : '>=';
LESS           : '<';
GREATER        : '>';

DATE          : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
// Digits and dashes that are not YYYY-MM-DD are still a date to the parser; the syntax layer reports them.
MALFORMED_DATE : DIGIT+ '-' (DIGIT | '-')* -> type(DATE);
DOTTED_NUMBER : DIGITS '.' DIGITS ('.' DIGITS)+;
NUMBER        : DIGITS ('.' DIGITS)?;
IDENTIFIER    : [A-Za-z_] [A-Za-z0-9_]*;

// A string runs to its closing quote or to the end of the line; the syntax layer reports a
// missing closing quote and escapes the language does not know.
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ('"' | '\\')?;

DOC_COMMENT   : '///' ~[\r\n]*               -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]*                -> channel(HIDDEN);
// An unclosed block comment runs to the end of the file; the syntax layer reports it.
BLOCK_COMMENT : '/*' .*? ('*/' | EOF)        -> channel(HIDDEN);
NEWLINE       : ('\r\n' | '\r' | '\n')       -> channel(HIDDEN);
WHITESPACE    : [ \t\f\u000B]+               -> channel(HIDDEN);

// Anything else: a run of characters no token can start with, or one stray character.
BAD_CHARACTERS : ~[A-Za-z0-9_ \t\f\u000B\r\n{}(),:.=!<>"/]+ -> channel(HIDDEN);
BAD_CHARACTER  : .                                           -> channel(HIDDEN);

fragment DIGITS : DIGIT (DIGIT | '_')*;
fragment DIGIT  : [0-9];
