/**
 * Rehype plugin: wraps every Markdown table in a named, focusable region that
 * scrolls, the markup the site's own components use (`.socle-table-scroll`).
 * A table wider than the page scrolls sideways, and a keyboard user can only
 * scroll a region that takes focus (WCAG 2.1.1; axe rule
 * scrollable-region-focusable). The region is named after the heading above
 * the table, or after its column headers when no heading precedes it.
 */

/** Text content of a hast node. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

const HEADING = /^h[2-6]$/;

function isScrollRegion(node) {
  const classes = node?.properties?.className;
  return Array.isArray(classes) && classes.includes('socle-table-scroll');
}

function columnHeaders(table) {
  const headers = [];
  const visit = (node) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'th') headers.push(textOf(node).trim());
    else node.children.forEach(visit);
  };
  visit(table);
  return headers.filter(Boolean).join(', ');
}

/** @returns {(tree: import('hast').Root) => void} */
export default function rehypeTableRegions() {
  return (tree) => {
    let heading = '';
    const visit = (parent) => {
      parent.children.forEach((node, index) => {
        if (node.type !== 'element') return;
        if (HEADING.test(node.tagName)) heading = textOf(node).trim();
        if (node.tagName === 'table' && !isScrollRegion(parent)) {
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['socle-table-scroll'], tabIndex: 0, role: 'region', ariaLabel: heading || columnHeaders(node) },
            children: [node],
          };
          return;
        }
        visit(node);
      });
    };
    visit(tree);
  };
}
