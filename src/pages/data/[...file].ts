/** The open data files under /data/ (JSON, CSV and JSON Schemas), built from the validated content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { dataFiles } from '../../lib/open-data.ts';

async function files() {
  const data = await getSiteData();
  return dataFiles(data, (s) => data.label('matrixStatus', s));
}

export const getStaticPaths: GetStaticPaths = async () => [...(await files()).keys()].map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => {
  const file = (await files()).get(params.file!)!;
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
