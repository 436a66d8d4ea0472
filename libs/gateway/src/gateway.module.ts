import { Module } from '@nestjs/common';
import { AdminController } from './admin/admin.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { CasesController } from './cases/cases.controller.js';
import { DeadlineWatcher } from './deadline-watcher/deadline-watcher.js';
import { HealthController } from './health/health.controller.js';

/** The public face: auth, case reads, audit, operations. Context write routes live with their contexts. */
@Module({
  controllers: [AuthController, CasesController, AuditController, HealthController, AdminController],
  providers: [DeadlineWatcher],
  exports: [DeadlineWatcher],
})
export class GatewayModule {}
