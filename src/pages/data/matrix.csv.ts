import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { buildMatrix, matrixCsv } from '../../lib/matrix.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const csv = matrixCsv(buildMatrix(data.themes, data.instruments), (s) => data.label('matrixStatus', s));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
