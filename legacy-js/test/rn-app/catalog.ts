// Catalog data: rows of programmes with the poster asset.
export type Program = { id: string; title: string; poster: number | string };
export type Row = { id: string; title: string; items: Program[] };

const poster = require('./poster.png');

export const ROWS: Row[] = ['Trending', 'New releases', 'Documentaries'].map((title, r) => ({
  id: 'row' + r,
  title,
  items: Array.from({ length: 20 }, (_, i) => ({ id: r + '-' + i, title: title + ' #' + (i + 1), poster })),
}));
