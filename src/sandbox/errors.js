// @ts-check
/**
 * API errors. Each catalogue entry uses the server's own compact format
 * `WIRE_CODE;ARG1,ARG2;message` with `@ARG1@` placeholders (kaltura-rules §3.1): the wire code is the first segment,
 * which is not always the constant's name, so services throw by constant name.
 */

/** @type {Map<string, { code: string, argNames: string[], template: string }>} */
const catalogue = new Map();

/**
 * Registers error definitions. Reach adds its own catalogue the same way.
 * @param {Record<string, string>} definitions constant name → `CODE;ARGS;template`
 */
export function defineErrors(definitions) {
  for (const [name, definition] of Object.entries(definitions)) {
    const [code, argList, template] = splitDefinition(definition);
    catalogue.set(name, { code, argNames: argList ? argList.split(',') : [], template });
  }
}

/** @param {string} definition */
function splitDefinition(definition) {
  const first = definition.indexOf(';');
  const second = definition.indexOf(';', first + 1);
  if (first < 0 || second < 0) throw new Error(`malformed error definition: ${definition}`);
  return [definition.slice(0, first), definition.slice(first + 1, second), definition.slice(second + 1)];
}

/** An API error; becomes a `KalturaAPIException` on the wire (HTTP 200). */
export class ApiError extends Error {
  /**
   * @param {string} name constant name from the catalogue, e.g. 'ENTRY_ID_NOT_FOUND'
   * @param {Record<string, unknown>} [args] values by arg name, e.g. { ENTRY_ID: '0_abc' }
   */
  constructor(name, args = {}) {
    const definition = catalogue.get(name);
    if (!definition) throw new Error(`unknown API error ${name}`);
    /** @type {Record<string, string>} */
    const wireArgs = {};
    let message = definition.template;
    for (const argName of definition.argNames) {
      // The server fills a missing argument with "N/A" and strips tags from every value.
      const value = args[argName] === undefined || args[argName] === null ? 'N/A' : stripTags(String(args[argName]));
      wireArgs[argName] = value;
      message = message.replaceAll(`@${argName}@`, value);
    }
    super(message);
    this.name = 'ApiError';
    this.code = definition.code;
    this.args = wireArgs;
  }

  /** The JSON wire form: `args` is a name→value map, or `[]` when the error has no arguments (kaltura-rules §5.3). */
  toJSON() {
    const hasArgs = Object.keys(this.args).length > 0;
    return {
      code: this.code,
      message: this.message,
      objectType: 'KalturaAPIException',
      args: hasArgs ? this.args : [],
    };
  }
}

/** @param {string} text */
function stripTags(text) {
  return text.replace(/<[^>]*>/g, '');
}

/** Generic api_v3 errors (KalturaErrors / APIErrors) the platform services raise. */
defineErrors({
  INTERNAL_SERVERL_ERROR: 'INTERNAL_SERVERL_ERROR;;Internal server error occurred',
  MISSING_KS: 'MISSING_KS;;Missing KS, session not established',
  INVALID_KS: 'INVALID_KS;KSID,ERR_CODE,ERR_DESC;Invalid KS "@KSID@", Error "@ERR_CODE@,@ERR_DESC@"',
  SERVICE_NOT_SPECIFIED: 'SERVICE_NOT_SPECIFIED;;Service name was not specified, please specify one',
  SERVICE_DOES_NOT_EXISTS: 'SERVICE_DOES_NOT_EXISTS;SRV_NAME;Service "@SRV_NAME@" does not exists',
  ACTION_NOT_SPECIFIED: 'ACTION_NOT_SPECIFIED;;Action name was not specified, please specify one',
  ACTION_DOES_NOT_EXISTS:
    'ACTION_DOES_NOT_EXISTS;ACTION_NAME,SERVICE_NAME;Action "@ACTION_NAME@" does not exists for service "@SERVICE_NAME@"',
  INVALID_PARAMETER_CHAR: 'INVALID_PARAMETER_CHAR;XML_FIELD;Invalid char in "@XML_FIELD@" field',
  MISSING_MANDATORY_PARAMETER: 'MISSING_MANDATORY_PARAMETER;PARAM_NAME;Missing parameter "@PARAM_NAME@"',
  INVALID_ENUM_VALUE:
    'INVALID_ENUM_VALUE;ENUM_VAL,PARAM_NAME,ENUM_TYPE;Invalid enumeration value "@ENUM_VAL@" for parameter "@PARAM_NAME@", expecting enumeration type "@ENUM_TYPE@"',
  INVALID_PARTNER_ID: 'INVALID_PARTNER_ID;PID;Invalid partner id "@PID@"',
  INVALID_OBJECT_ID: 'INVALID_OBJECT_ID;ID;Invalid object id [@ID@]',
  INVALID_ID: 'INVALID_ID;ID;Id "@ID@" contains invalid chars',
  OBJECT_TYPE_ABSTRACT:
    'OBJECT_TYPE_ABSTRACT;OBJ_TYPE;The object type "@OBJ_TYPE@" is abstract, use one of the object implementations',
  PROPERTY_VALIDATION_CANNOT_BE_NULL:
    'PROPERTY_VALIDATION_CANNOT_BE_NULL;PROP_NAME;The property "@PROP_NAME@" cannot be null',
  PROPERTY_VALIDATION_WRONG_FORMAT:
    'PROPERTY_VALIDATION_WRONG_FORMAT;PROP_NAME,FORMAT;The property "@PROP_NAME@" must match format @FORMAT@',
  PROPERTY_VALIDATION_MIN_LENGTH:
    'PROPERTY_VALIDATION_MIN_LENGTH;PROP_NAME,MIN_LEN;The property "@PROP_NAME@" must have a min length of @MIN_LEN@ characters',
  PROPERTY_VALIDATION_ALL_MUST_BE_NULL_BUT_ONE:
    'PROPERTY_VALIDATION_ALL_MUST_BE_NULL_BUT_ONE;PROP_NAME;Only one of the passed properties: @PROP_NAME@ should not be null',
  PROPERTY_VALIDATION_MIN_VALUE:
    'PROPERTY_VALIDATION_MIN_VALUE;PROP_NAME,MIN_VAL;The property "@PROP_NAME@" must have a min value of @MIN_VAL@',
  PROPERTY_VALIDATION_NOT_UPDATABLE:
    'PROPERTY_VALIDATION_NOT_UPDATABLE;PROP_NAME;The property "@PROP_NAME@" cannot be updated',
  START_SESSION_ERROR: 'START_SESSION_ERROR;PID;Error while starting session for partner [@PID@]',
  FEATURE_FORBIDDEN: 'FEATURE_FORBIDDEN;FEATURE;The usage of feature [@FEATURE@] is forbidden',
  SERVICE_FORBIDDEN: 'SERVICE_FORBIDDEN;SERVICE;The access to service [@SERVICE@] is forbidden',
  QUERY_EXCEEDED_MAX_MATCHES_ALLOWED:
    'QUERY_EXCEEDED_MAX_MATCHES_ALLOWED;;Unable to generate list. max matches value was reached',
  ENTRY_ID_NOT_FOUND: 'ENTRY_ID_NOT_FOUND;ENTRY_ID;Entry id "@ENTRY_ID@" not found',
  ASSET_ID_NOT_FOUND: 'ASSET_ID_NOT_FOUND;ID;Asset id "@ID@" not found',
  FLAVOR_ASSET_ID_NOT_FOUND: 'FLAVOR_ASSET_ID_NOT_FOUND;ID;Flavor asset id "@ID@" not found',
  FLAVOR_ASSET_IS_NOT_READY: 'FLAVOR_ASSET_IS_NOT_READY;;The flavor asset is not ready',
  CAPTION_ASSET_ID_NOT_FOUND: 'CAPTION_ASSET_ID_NOT_FOUND;ID;Caption asset id "@ID@" not found',
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND;ID;Category id "@ID@" not found',
  MUST_FILTER_ON_ENTRY_OR_CATEGORY: 'MUST_FILTER_ON_ENTRY_OR_CATEGORY;;Must filter on entry id or category',
  CATEGORY_ENTRY_ALREADY_EXISTS: 'CATEGORY_ENTRY_ALREADY_EXISTS;;The entry is already assigned to this category',
  RESOURCE_TYPE_NOT_SUPPORTED: 'RESOURCE_TYPE_NOT_SUPPORTED;RES_TYPE;Resource type "@RES_TYPE@" not supported',
  RESOURCE_ENTRY_ID_MISSING: 'RESOURCE_ENTRY_ID_MISSING;;Entry Id on resource object is missing',
  ENTRY_REPLACEMENT_ALREADY_EXISTS: 'ENTRY_REPLACEMENT_ALREADY_EXISTS;;Entry already in replacement',
  ORIGINAL_FLAVOR_ASSET_IS_MISSING: 'ORIGINAL_FLAVOR_ASSET_IS_MISSING;;The original flavor asset is missing',
  USER_EMAIL_NOT_FOUND: 'USER_EMAIL_NOT_FOUND;USER_ID;Email address for user [@USER_ID@] was not found',
});
