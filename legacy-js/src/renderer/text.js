// Text content of <Text>: strings and numbers (also nested in arrays) joined; anything else is an error.

/** Joins the children of a <Text> into its text; throws naming the page when a child is not text. */
export function textOfChildren(children, where) {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (typeof children === 'string') return children;
  if (typeof children === 'number') return String(children);
  if (Array.isArray(children)) {
    let text = '';
    for (let i = 0; i < children.length; i++) text += textOfChildren(children[i], where);
    return text;
  }
  throw new Error('bridge-host: <Text> children must be strings or numbers (nested elements are not supported) in '
    + where);
}
