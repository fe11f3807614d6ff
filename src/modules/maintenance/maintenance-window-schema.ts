import { builder } from '../../builder.js';
import type { MaintenanceWindow } from './maintenance-window.js';

export const MaintenanceWindowType = builder.objectRef<MaintenanceWindow>('MaintenanceWindow').implement({
  description: 'When a gateway server is maintained; its gateways must restart onto another server before then.',
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When the maintenance starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the operators said about it.' }),
  }),
});
