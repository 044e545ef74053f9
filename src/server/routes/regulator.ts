// Regulator statistics across the companies that filed with its province.
import type { FastifyInstance } from 'fastify';
import { provinceStatistics } from '../../platform/index.js';
import { actorOf, type Deps } from '../context.js';
import { route } from '../schemas.js';

export async function regulatorRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  app.get('/api/statistics', { schema: route('regulator', 'Province statistics: filings by status and type, scenarios by sector/type/setting, verdicts') }, async (req) => provinceStatistics(platform.db, actorOf(req)));
}
