/** The open data files under /data/ (JSON, CSV and JSON Schemas), built from the validated content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getSiteData()).dataFiles().keys()].map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => {
  const file = (await getSiteData()).dataFiles().get(params.file!)!;
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
