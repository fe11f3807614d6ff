-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'OPERATOR');

-- CreateEnum
CREATE TYPE "RouteGatewayType" AS ENUM ('INTERNET_GATEWAY', 'INSTANCE');

-- CreateEnum
CREATE TYPE "InternetGatewayStatus" AS ENUM ('ACTIVE', 'RESTARTING', 'ERROR');

-- CreateEnum
CREATE TYPE "GatewayServerState" AS ENUM ('ACTIVE', 'DOWN');

-- CreateEnum
CREATE TYPE "RestartPhase" AS ENUM ('QUEUED', 'DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "projectId" TEXT,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalNetwork" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cidr" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalNetwork_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalAddress" (
    "id" TEXT NOT NULL,
    "externalNetworkId" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "ExternalAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vpc" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cidr" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vpc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingTable" (
    "id" TEXT NOT NULL,
    "vpcId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subnet" (
    "id" TEXT NOT NULL,
    "vpcId" TEXT NOT NULL,
    "routingTableId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cidr" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subnet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Port" (
    "id" TEXT NOT NULL,
    "subnetId" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "Port_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instance" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "portId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoadBalancer" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "portId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoadBalancer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FloatingIp" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "externalNetworkId" TEXT NOT NULL,
    "addressId" TEXT NOT NULL,
    "portId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FloatingIp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Route" (
    "id" TEXT NOT NULL,
    "routingTableId" TEXT NOT NULL,
    "cidr" TEXT NOT NULL,
    "gatewayType" "RouteGatewayType" NOT NULL,
    "internetGatewayId" TEXT,
    "instanceId" TEXT,
    "managed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Route_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternetGateway" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "externalNetworkId" TEXT NOT NULL,
    "status" "InternetGatewayStatus" NOT NULL DEFAULT 'ACTIVE',
    "routingTableId" TEXT,
    "publicAddressId" TEXT,
    "gatewayServerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternetGateway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayServer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" "GatewayServerState" NOT NULL DEFAULT 'ACTIVE',
    "maintenanceStartsAt" TIMESTAMP(3),
    "maintenanceEndsAt" TIMESTAMP(3),
    "maintenanceDescription" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatewayServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayRestart" (
    "id" TEXT NOT NULL,
    "internetGatewayId" TEXT NOT NULL,
    "phase" "RestartPhase" NOT NULL DEFAULT 'QUEUED',
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "sourceServerId" TEXT,
    "targetServerId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "failureReason" TEXT,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),

    CONSTRAINT "GatewayRestart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayRestartPhaseEvent" (
    "restartId" TEXT NOT NULL,
    "phase" "RestartPhase" NOT NULL,
    "progressPercent" INTEGER NOT NULL,
    "message" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatewayRestartPhaseEvent_pkey" PRIMARY KEY ("restartId","phase")
);

-- CreateTable
CREATE TABLE "RestartFailureReport" (
    "id" TEXT NOT NULL,
    "restartId" TEXT NOT NULL,
    "internetGatewayId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "webhookDeliveredAt" TIMESTAMP(3),
    "webhookAttempts" INTEGER NOT NULL DEFAULT 0,
    "webhookNextAttemptAt" TIMESTAMP(3),
    "webhookLastError" TEXT,

    CONSTRAINT "RestartFailureReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_secretHash_key" ON "ApiToken"("secretHash");

-- CreateIndex
CREATE INDEX "ApiToken_projectId_idx" ON "ApiToken"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalNetwork_name_key" ON "ExternalNetwork"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalAddress_externalNetworkId_offset_key" ON "ExternalAddress"("externalNetworkId", "offset");

-- CreateIndex
CREATE INDEX "Vpc_projectId_idx" ON "Vpc"("projectId");

-- CreateIndex
CREATE INDEX "RoutingTable_vpcId_idx" ON "RoutingTable"("vpcId");

-- CreateIndex
CREATE INDEX "Subnet_vpcId_idx" ON "Subnet"("vpcId");

-- CreateIndex
CREATE INDEX "Subnet_routingTableId_idx" ON "Subnet"("routingTableId");

-- CreateIndex
CREATE UNIQUE INDEX "Port_subnetId_offset_key" ON "Port"("subnetId", "offset");

-- CreateIndex
CREATE UNIQUE INDEX "Instance_portId_key" ON "Instance"("portId");

-- CreateIndex
CREATE INDEX "Instance_projectId_idx" ON "Instance"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "LoadBalancer_portId_key" ON "LoadBalancer"("portId");

-- CreateIndex
CREATE INDEX "LoadBalancer_projectId_idx" ON "LoadBalancer"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "FloatingIp_addressId_key" ON "FloatingIp"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "FloatingIp_portId_key" ON "FloatingIp"("portId");

-- CreateIndex
CREATE INDEX "FloatingIp_projectId_idx" ON "FloatingIp"("projectId");

-- CreateIndex
CREATE INDEX "FloatingIp_externalNetworkId_idx" ON "FloatingIp"("externalNetworkId");

-- CreateIndex
CREATE INDEX "Route_internetGatewayId_idx" ON "Route"("internetGatewayId");

-- CreateIndex
CREATE INDEX "Route_instanceId_idx" ON "Route"("instanceId");

-- CreateIndex
CREATE UNIQUE INDEX "Route_routingTableId_cidr_key" ON "Route"("routingTableId", "cidr");

-- CreateIndex
CREATE UNIQUE INDEX "InternetGateway_routingTableId_key" ON "InternetGateway"("routingTableId");

-- CreateIndex
CREATE UNIQUE INDEX "InternetGateway_publicAddressId_key" ON "InternetGateway"("publicAddressId");

-- CreateIndex
CREATE INDEX "InternetGateway_projectId_id_idx" ON "InternetGateway"("projectId", "id");

-- CreateIndex
CREATE INDEX "InternetGateway_gatewayServerId_idx" ON "InternetGateway"("gatewayServerId");

-- CreateIndex
CREATE INDEX "InternetGateway_externalNetworkId_idx" ON "InternetGateway"("externalNetworkId");

-- CreateIndex
CREATE UNIQUE INDEX "GatewayServer_name_key" ON "GatewayServer"("name");

-- CreateIndex
CREATE INDEX "GatewayServer_maintenanceEndsAt_idx" ON "GatewayServer"("maintenanceEndsAt");

-- CreateIndex
CREATE INDEX "GatewayRestart_internetGatewayId_startedAt_idx" ON "GatewayRestart"("internetGatewayId", "startedAt");

-- CreateIndex
CREATE INDEX "GatewayRestart_phase_leaseExpiresAt_idx" ON "GatewayRestart"("phase", "leaseExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "RestartFailureReport_restartId_key" ON "RestartFailureReport"("restartId");

-- CreateIndex
CREATE INDEX "RestartFailureReport_acknowledgedAt_idx" ON "RestartFailureReport"("acknowledgedAt");

-- CreateIndex
CREATE INDEX "RestartFailureReport_webhookDeliveredAt_webhookNextAttemptA_idx" ON "RestartFailureReport"("webhookDeliveredAt", "webhookNextAttemptAt");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalAddress" ADD CONSTRAINT "ExternalAddress_externalNetworkId_fkey" FOREIGN KEY ("externalNetworkId") REFERENCES "ExternalNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vpc" ADD CONSTRAINT "Vpc_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingTable" ADD CONSTRAINT "RoutingTable_vpcId_fkey" FOREIGN KEY ("vpcId") REFERENCES "Vpc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subnet" ADD CONSTRAINT "Subnet_vpcId_fkey" FOREIGN KEY ("vpcId") REFERENCES "Vpc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subnet" ADD CONSTRAINT "Subnet_routingTableId_fkey" FOREIGN KEY ("routingTableId") REFERENCES "RoutingTable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Port" ADD CONSTRAINT "Port_subnetId_fkey" FOREIGN KEY ("subnetId") REFERENCES "Subnet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instance" ADD CONSTRAINT "Instance_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instance" ADD CONSTRAINT "Instance_portId_fkey" FOREIGN KEY ("portId") REFERENCES "Port"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoadBalancer" ADD CONSTRAINT "LoadBalancer_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoadBalancer" ADD CONSTRAINT "LoadBalancer_portId_fkey" FOREIGN KEY ("portId") REFERENCES "Port"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingIp" ADD CONSTRAINT "FloatingIp_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingIp" ADD CONSTRAINT "FloatingIp_externalNetworkId_fkey" FOREIGN KEY ("externalNetworkId") REFERENCES "ExternalNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingIp" ADD CONSTRAINT "FloatingIp_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "ExternalAddress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingIp" ADD CONSTRAINT "FloatingIp_portId_fkey" FOREIGN KEY ("portId") REFERENCES "Port"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route" ADD CONSTRAINT "Route_routingTableId_fkey" FOREIGN KEY ("routingTableId") REFERENCES "RoutingTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route" ADD CONSTRAINT "Route_internetGatewayId_fkey" FOREIGN KEY ("internetGatewayId") REFERENCES "InternetGateway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route" ADD CONSTRAINT "Route_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "Instance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternetGateway" ADD CONSTRAINT "InternetGateway_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternetGateway" ADD CONSTRAINT "InternetGateway_externalNetworkId_fkey" FOREIGN KEY ("externalNetworkId") REFERENCES "ExternalNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternetGateway" ADD CONSTRAINT "InternetGateway_routingTableId_fkey" FOREIGN KEY ("routingTableId") REFERENCES "RoutingTable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternetGateway" ADD CONSTRAINT "InternetGateway_publicAddressId_fkey" FOREIGN KEY ("publicAddressId") REFERENCES "ExternalAddress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternetGateway" ADD CONSTRAINT "InternetGateway_gatewayServerId_fkey" FOREIGN KEY ("gatewayServerId") REFERENCES "GatewayServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayRestart" ADD CONSTRAINT "GatewayRestart_internetGatewayId_fkey" FOREIGN KEY ("internetGatewayId") REFERENCES "InternetGateway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayRestart" ADD CONSTRAINT "GatewayRestart_sourceServerId_fkey" FOREIGN KEY ("sourceServerId") REFERENCES "GatewayServer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayRestart" ADD CONSTRAINT "GatewayRestart_targetServerId_fkey" FOREIGN KEY ("targetServerId") REFERENCES "GatewayServer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayRestartPhaseEvent" ADD CONSTRAINT "GatewayRestartPhaseEvent_restartId_fkey" FOREIGN KEY ("restartId") REFERENCES "GatewayRestart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestartFailureReport" ADD CONSTRAINT "RestartFailureReport_restartId_fkey" FOREIGN KEY ("restartId") REFERENCES "GatewayRestart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestartFailureReport" ADD CONSTRAINT "RestartFailureReport_internetGatewayId_fkey" FOREIGN KEY ("internetGatewayId") REFERENCES "InternetGateway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestartFailureReport" ADD CONSTRAINT "RestartFailureReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
