/* eslint-disable */
import type { Prisma, Project, ApiToken, ExternalNetwork, ExternalAddress, Vpc, RoutingTable, Subnet, Port, Instance, LoadBalancer, FloatingIp, Route, InternetGateway, GatewayServer, GatewayRestart, GatewayRestartPhaseEvent, RestartFailureReport } from "./prisma/sqlite/client.js";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    Project: {
        Name: "Project";
        Shape: Project;
        Include: Prisma.ProjectInclude;
        Select: Prisma.ProjectSelect;
        OrderBy: Prisma.ProjectOrderByWithRelationInput;
        WhereUnique: Prisma.ProjectWhereUniqueInput;
        Where: Prisma.ProjectWhereInput;
        Create: {};
        Update: {};
        RelationName: "apiTokens" | "vpcs" | "internetGateways" | "floatingIps" | "instances" | "loadBalancers" | "restartFailureReports";
        ListRelations: "apiTokens" | "vpcs" | "internetGateways" | "floatingIps" | "instances" | "loadBalancers" | "restartFailureReports";
        Relations: {
            apiTokens: {
                Shape: ApiToken[];
                Name: "ApiToken";
                Nullable: false;
            };
            vpcs: {
                Shape: Vpc[];
                Name: "Vpc";
                Nullable: false;
            };
            internetGateways: {
                Shape: InternetGateway[];
                Name: "InternetGateway";
                Nullable: false;
            };
            floatingIps: {
                Shape: FloatingIp[];
                Name: "FloatingIp";
                Nullable: false;
            };
            instances: {
                Shape: Instance[];
                Name: "Instance";
                Nullable: false;
            };
            loadBalancers: {
                Shape: LoadBalancer[];
                Name: "LoadBalancer";
                Nullable: false;
            };
            restartFailureReports: {
                Shape: RestartFailureReport[];
                Name: "RestartFailureReport";
                Nullable: false;
            };
        };
    };
    ApiToken: {
        Name: "ApiToken";
        Shape: ApiToken;
        Include: Prisma.ApiTokenInclude;
        Select: Prisma.ApiTokenSelect;
        OrderBy: Prisma.ApiTokenOrderByWithRelationInput;
        WhereUnique: Prisma.ApiTokenWhereUniqueInput;
        Where: Prisma.ApiTokenWhereInput;
        Create: {};
        Update: {};
        RelationName: "project";
        ListRelations: never;
        Relations: {
            project: {
                Shape: Project | null;
                Name: "Project";
                Nullable: true;
            };
        };
    };
    ExternalNetwork: {
        Name: "ExternalNetwork";
        Shape: ExternalNetwork;
        Include: Prisma.ExternalNetworkInclude;
        Select: Prisma.ExternalNetworkSelect;
        OrderBy: Prisma.ExternalNetworkOrderByWithRelationInput;
        WhereUnique: Prisma.ExternalNetworkWhereUniqueInput;
        Where: Prisma.ExternalNetworkWhereInput;
        Create: {};
        Update: {};
        RelationName: "addresses" | "internetGateways" | "floatingIps";
        ListRelations: "addresses" | "internetGateways" | "floatingIps";
        Relations: {
            addresses: {
                Shape: ExternalAddress[];
                Name: "ExternalAddress";
                Nullable: false;
            };
            internetGateways: {
                Shape: InternetGateway[];
                Name: "InternetGateway";
                Nullable: false;
            };
            floatingIps: {
                Shape: FloatingIp[];
                Name: "FloatingIp";
                Nullable: false;
            };
        };
    };
    ExternalAddress: {
        Name: "ExternalAddress";
        Shape: ExternalAddress;
        Include: Prisma.ExternalAddressInclude;
        Select: Prisma.ExternalAddressSelect;
        OrderBy: Prisma.ExternalAddressOrderByWithRelationInput;
        WhereUnique: Prisma.ExternalAddressWhereUniqueInput;
        Where: Prisma.ExternalAddressWhereInput;
        Create: {};
        Update: {};
        RelationName: "externalNetwork" | "internetGateway" | "floatingIp";
        ListRelations: never;
        Relations: {
            externalNetwork: {
                Shape: ExternalNetwork;
                Name: "ExternalNetwork";
                Nullable: false;
            };
            internetGateway: {
                Shape: InternetGateway | null;
                Name: "InternetGateway";
                Nullable: true;
            };
            floatingIp: {
                Shape: FloatingIp | null;
                Name: "FloatingIp";
                Nullable: true;
            };
        };
    };
    Vpc: {
        Name: "Vpc";
        Shape: Vpc;
        Include: Prisma.VpcInclude;
        Select: Prisma.VpcSelect;
        OrderBy: Prisma.VpcOrderByWithRelationInput;
        WhereUnique: Prisma.VpcWhereUniqueInput;
        Where: Prisma.VpcWhereInput;
        Create: {};
        Update: {};
        RelationName: "project" | "routingTables" | "subnets";
        ListRelations: "routingTables" | "subnets";
        Relations: {
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
            routingTables: {
                Shape: RoutingTable[];
                Name: "RoutingTable";
                Nullable: false;
            };
            subnets: {
                Shape: Subnet[];
                Name: "Subnet";
                Nullable: false;
            };
        };
    };
    RoutingTable: {
        Name: "RoutingTable";
        Shape: RoutingTable;
        Include: Prisma.RoutingTableInclude;
        Select: Prisma.RoutingTableSelect;
        OrderBy: Prisma.RoutingTableOrderByWithRelationInput;
        WhereUnique: Prisma.RoutingTableWhereUniqueInput;
        Where: Prisma.RoutingTableWhereInput;
        Create: {};
        Update: {};
        RelationName: "vpc" | "routes" | "subnets" | "internetGateway";
        ListRelations: "routes" | "subnets";
        Relations: {
            vpc: {
                Shape: Vpc;
                Name: "Vpc";
                Nullable: false;
            };
            routes: {
                Shape: Route[];
                Name: "Route";
                Nullable: false;
            };
            subnets: {
                Shape: Subnet[];
                Name: "Subnet";
                Nullable: false;
            };
            internetGateway: {
                Shape: InternetGateway | null;
                Name: "InternetGateway";
                Nullable: true;
            };
        };
    };
    Subnet: {
        Name: "Subnet";
        Shape: Subnet;
        Include: Prisma.SubnetInclude;
        Select: Prisma.SubnetSelect;
        OrderBy: Prisma.SubnetOrderByWithRelationInput;
        WhereUnique: Prisma.SubnetWhereUniqueInput;
        Where: Prisma.SubnetWhereInput;
        Create: {};
        Update: {};
        RelationName: "vpc" | "routingTable" | "ports";
        ListRelations: "ports";
        Relations: {
            vpc: {
                Shape: Vpc;
                Name: "Vpc";
                Nullable: false;
            };
            routingTable: {
                Shape: RoutingTable;
                Name: "RoutingTable";
                Nullable: false;
            };
            ports: {
                Shape: Port[];
                Name: "Port";
                Nullable: false;
            };
        };
    };
    Port: {
        Name: "Port";
        Shape: Port;
        Include: Prisma.PortInclude;
        Select: Prisma.PortSelect;
        OrderBy: Prisma.PortOrderByWithRelationInput;
        WhereUnique: Prisma.PortWhereUniqueInput;
        Where: Prisma.PortWhereInput;
        Create: {};
        Update: {};
        RelationName: "subnet" | "instance" | "loadBalancer" | "floatingIp";
        ListRelations: never;
        Relations: {
            subnet: {
                Shape: Subnet;
                Name: "Subnet";
                Nullable: false;
            };
            instance: {
                Shape: Instance | null;
                Name: "Instance";
                Nullable: true;
            };
            loadBalancer: {
                Shape: LoadBalancer | null;
                Name: "LoadBalancer";
                Nullable: true;
            };
            floatingIp: {
                Shape: FloatingIp | null;
                Name: "FloatingIp";
                Nullable: true;
            };
        };
    };
    Instance: {
        Name: "Instance";
        Shape: Instance;
        Include: Prisma.InstanceInclude;
        Select: Prisma.InstanceSelect;
        OrderBy: Prisma.InstanceOrderByWithRelationInput;
        WhereUnique: Prisma.InstanceWhereUniqueInput;
        Where: Prisma.InstanceWhereInput;
        Create: {};
        Update: {};
        RelationName: "project" | "port" | "routes";
        ListRelations: "routes";
        Relations: {
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
            port: {
                Shape: Port;
                Name: "Port";
                Nullable: false;
            };
            routes: {
                Shape: Route[];
                Name: "Route";
                Nullable: false;
            };
        };
    };
    LoadBalancer: {
        Name: "LoadBalancer";
        Shape: LoadBalancer;
        Include: Prisma.LoadBalancerInclude;
        Select: Prisma.LoadBalancerSelect;
        OrderBy: Prisma.LoadBalancerOrderByWithRelationInput;
        WhereUnique: Prisma.LoadBalancerWhereUniqueInput;
        Where: Prisma.LoadBalancerWhereInput;
        Create: {};
        Update: {};
        RelationName: "project" | "port";
        ListRelations: never;
        Relations: {
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
            port: {
                Shape: Port;
                Name: "Port";
                Nullable: false;
            };
        };
    };
    FloatingIp: {
        Name: "FloatingIp";
        Shape: FloatingIp;
        Include: Prisma.FloatingIpInclude;
        Select: Prisma.FloatingIpSelect;
        OrderBy: Prisma.FloatingIpOrderByWithRelationInput;
        WhereUnique: Prisma.FloatingIpWhereUniqueInput;
        Where: Prisma.FloatingIpWhereInput;
        Create: {};
        Update: {};
        RelationName: "project" | "externalNetwork" | "address" | "port";
        ListRelations: never;
        Relations: {
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
            externalNetwork: {
                Shape: ExternalNetwork;
                Name: "ExternalNetwork";
                Nullable: false;
            };
            address: {
                Shape: ExternalAddress;
                Name: "ExternalAddress";
                Nullable: false;
            };
            port: {
                Shape: Port | null;
                Name: "Port";
                Nullable: true;
            };
        };
    };
    Route: {
        Name: "Route";
        Shape: Route;
        Include: Prisma.RouteInclude;
        Select: Prisma.RouteSelect;
        OrderBy: Prisma.RouteOrderByWithRelationInput;
        WhereUnique: Prisma.RouteWhereUniqueInput;
        Where: Prisma.RouteWhereInput;
        Create: {};
        Update: {};
        RelationName: "routingTable" | "internetGateway" | "instance";
        ListRelations: never;
        Relations: {
            routingTable: {
                Shape: RoutingTable;
                Name: "RoutingTable";
                Nullable: false;
            };
            internetGateway: {
                Shape: InternetGateway | null;
                Name: "InternetGateway";
                Nullable: true;
            };
            instance: {
                Shape: Instance | null;
                Name: "Instance";
                Nullable: true;
            };
        };
    };
    InternetGateway: {
        Name: "InternetGateway";
        Shape: InternetGateway;
        Include: Prisma.InternetGatewayInclude;
        Select: Prisma.InternetGatewaySelect;
        OrderBy: Prisma.InternetGatewayOrderByWithRelationInput;
        WhereUnique: Prisma.InternetGatewayWhereUniqueInput;
        Where: Prisma.InternetGatewayWhereInput;
        Create: {};
        Update: {};
        RelationName: "project" | "externalNetwork" | "routingTable" | "publicAddress" | "gatewayServer" | "routes" | "restarts" | "restartFailureReports";
        ListRelations: "routes" | "restarts" | "restartFailureReports";
        Relations: {
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
            externalNetwork: {
                Shape: ExternalNetwork;
                Name: "ExternalNetwork";
                Nullable: false;
            };
            routingTable: {
                Shape: RoutingTable | null;
                Name: "RoutingTable";
                Nullable: true;
            };
            publicAddress: {
                Shape: ExternalAddress | null;
                Name: "ExternalAddress";
                Nullable: true;
            };
            gatewayServer: {
                Shape: GatewayServer | null;
                Name: "GatewayServer";
                Nullable: true;
            };
            routes: {
                Shape: Route[];
                Name: "Route";
                Nullable: false;
            };
            restarts: {
                Shape: GatewayRestart[];
                Name: "GatewayRestart";
                Nullable: false;
            };
            restartFailureReports: {
                Shape: RestartFailureReport[];
                Name: "RestartFailureReport";
                Nullable: false;
            };
        };
    };
    GatewayServer: {
        Name: "GatewayServer";
        Shape: GatewayServer;
        Include: Prisma.GatewayServerInclude;
        Select: Prisma.GatewayServerSelect;
        OrderBy: Prisma.GatewayServerOrderByWithRelationInput;
        WhereUnique: Prisma.GatewayServerWhereUniqueInput;
        Where: Prisma.GatewayServerWhereInput;
        Create: {};
        Update: {};
        RelationName: "internetGateways" | "restartsFrom" | "restartsTo";
        ListRelations: "internetGateways" | "restartsFrom" | "restartsTo";
        Relations: {
            internetGateways: {
                Shape: InternetGateway[];
                Name: "InternetGateway";
                Nullable: false;
            };
            restartsFrom: {
                Shape: GatewayRestart[];
                Name: "GatewayRestart";
                Nullable: false;
            };
            restartsTo: {
                Shape: GatewayRestart[];
                Name: "GatewayRestart";
                Nullable: false;
            };
        };
    };
    GatewayRestart: {
        Name: "GatewayRestart";
        Shape: GatewayRestart;
        Include: Prisma.GatewayRestartInclude;
        Select: Prisma.GatewayRestartSelect;
        OrderBy: Prisma.GatewayRestartOrderByWithRelationInput;
        WhereUnique: Prisma.GatewayRestartWhereUniqueInput;
        Where: Prisma.GatewayRestartWhereInput;
        Create: {};
        Update: {};
        RelationName: "internetGateway" | "sourceServer" | "targetServer" | "phaseEvents" | "failureReport";
        ListRelations: "phaseEvents";
        Relations: {
            internetGateway: {
                Shape: InternetGateway;
                Name: "InternetGateway";
                Nullable: false;
            };
            sourceServer: {
                Shape: GatewayServer | null;
                Name: "GatewayServer";
                Nullable: true;
            };
            targetServer: {
                Shape: GatewayServer | null;
                Name: "GatewayServer";
                Nullable: true;
            };
            phaseEvents: {
                Shape: GatewayRestartPhaseEvent[];
                Name: "GatewayRestartPhaseEvent";
                Nullable: false;
            };
            failureReport: {
                Shape: RestartFailureReport | null;
                Name: "RestartFailureReport";
                Nullable: true;
            };
        };
    };
    GatewayRestartPhaseEvent: {
        Name: "GatewayRestartPhaseEvent";
        Shape: GatewayRestartPhaseEvent;
        Include: Prisma.GatewayRestartPhaseEventInclude;
        Select: Prisma.GatewayRestartPhaseEventSelect;
        OrderBy: Prisma.GatewayRestartPhaseEventOrderByWithRelationInput;
        WhereUnique: Prisma.GatewayRestartPhaseEventWhereUniqueInput;
        Where: Prisma.GatewayRestartPhaseEventWhereInput;
        Create: {};
        Update: {};
        RelationName: "restart";
        ListRelations: never;
        Relations: {
            restart: {
                Shape: GatewayRestart;
                Name: "GatewayRestart";
                Nullable: false;
            };
        };
    };
    RestartFailureReport: {
        Name: "RestartFailureReport";
        Shape: RestartFailureReport;
        Include: Prisma.RestartFailureReportInclude;
        Select: Prisma.RestartFailureReportSelect;
        OrderBy: Prisma.RestartFailureReportOrderByWithRelationInput;
        WhereUnique: Prisma.RestartFailureReportWhereUniqueInput;
        Where: Prisma.RestartFailureReportWhereInput;
        Create: {};
        Update: {};
        RelationName: "restart" | "internetGateway" | "project";
        ListRelations: never;
        Relations: {
            restart: {
                Shape: GatewayRestart;
                Name: "GatewayRestart";
                Nullable: false;
            };
            internetGateway: {
                Shape: InternetGateway;
                Name: "InternetGateway";
                Nullable: false;
            };
            project: {
                Shape: Project;
                Name: "Project";
                Nullable: false;
            };
        };
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"Project\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ApiToken\",\"kind\":\"object\",\"name\":\"apiTokens\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ApiTokenToProject\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Vpc\",\"kind\":\"object\",\"name\":\"vpcs\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProjectToVpc\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateways\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToProject\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FloatingIp\",\"kind\":\"object\",\"name\":\"floatingIps\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FloatingIpToProject\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Instance\",\"kind\":\"object\",\"name\":\"instances\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToProject\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"LoadBalancer\",\"kind\":\"object\",\"name\":\"loadBalancers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LoadBalancerToProject\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"RestartFailureReport\",\"kind\":\"object\",\"name\":\"restartFailureReports\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProjectToRestartFailureReport\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ApiToken\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Role\",\"kind\":\"enum\",\"name\":\"role\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ApiTokenToProject\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"secretHash\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ExternalNetwork\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"cidr\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalAddress\",\"kind\":\"object\",\"name\":\"addresses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToExternalNetwork\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateways\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalNetworkToInternetGateway\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FloatingIp\",\"kind\":\"object\",\"name\":\"floatingIps\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalNetworkToFloatingIp\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ExternalAddress\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"externalNetworkId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalNetwork\",\"kind\":\"object\",\"name\":\"externalNetwork\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToExternalNetwork\",\"relationFromFields\":[\"externalNetworkId\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"offset\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"address\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateway\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToInternetGateway\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FloatingIp\",\"kind\":\"object\",\"name\":\"floatingIp\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToFloatingIp\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"externalNetworkId\",\"offset\"]}]},\"Vpc\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProjectToVpc\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"cidr\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"RoutingTable\",\"kind\":\"object\",\"name\":\"routingTables\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RoutingTableToVpc\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Subnet\",\"kind\":\"object\",\"name\":\"subnets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SubnetToVpc\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"RoutingTable\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"vpcId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Vpc\",\"kind\":\"object\",\"name\":\"vpc\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RoutingTableToVpc\",\"relationFromFields\":[\"vpcId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"isDefault\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Route\",\"kind\":\"object\",\"name\":\"routes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RouteToRoutingTable\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Subnet\",\"kind\":\"object\",\"name\":\"subnets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RoutingTableToSubnet\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateway\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRoutingTable\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Subnet\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"vpcId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Vpc\",\"kind\":\"object\",\"name\":\"vpc\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SubnetToVpc\",\"relationFromFields\":[\"vpcId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"routingTableId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"RoutingTable\",\"kind\":\"object\",\"name\":\"routingTable\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RoutingTableToSubnet\",\"relationFromFields\":[\"routingTableId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"cidr\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Port\",\"kind\":\"object\",\"name\":\"ports\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PortToSubnet\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Port\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subnetId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Subnet\",\"kind\":\"object\",\"name\":\"subnet\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PortToSubnet\",\"relationFromFields\":[\"subnetId\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"offset\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"address\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Instance\",\"kind\":\"object\",\"name\":\"instance\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToPort\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"LoadBalancer\",\"kind\":\"object\",\"name\":\"loadBalancer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LoadBalancerToPort\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FloatingIp\",\"kind\":\"object\",\"name\":\"floatingIp\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FloatingIpToPort\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"subnetId\",\"offset\"]}]},\"Instance\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToProject\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"portId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Port\",\"kind\":\"object\",\"name\":\"port\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToPort\",\"relationFromFields\":[\"portId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Route\",\"kind\":\"object\",\"name\":\"routes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToRoute\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"LoadBalancer\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LoadBalancerToProject\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"portId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Port\",\"kind\":\"object\",\"name\":\"port\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LoadBalancerToPort\",\"relationFromFields\":[\"portId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FloatingIp\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FloatingIpToProject\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"externalNetworkId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalNetwork\",\"kind\":\"object\",\"name\":\"externalNetwork\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalNetworkToFloatingIp\",\"relationFromFields\":[\"externalNetworkId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"addressId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalAddress\",\"kind\":\"object\",\"name\":\"address\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToFloatingIp\",\"relationFromFields\":[\"addressId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"portId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Port\",\"kind\":\"object\",\"name\":\"port\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FloatingIpToPort\",\"relationFromFields\":[\"portId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Route\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"routingTableId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"RoutingTable\",\"kind\":\"object\",\"name\":\"routingTable\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RouteToRoutingTable\",\"relationFromFields\":[\"routingTableId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"cidr\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"RouteGatewayType\",\"kind\":\"enum\",\"name\":\"gatewayType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"internetGatewayId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateway\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRoute\",\"relationFromFields\":[\"internetGatewayId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"instanceId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Instance\",\"kind\":\"object\",\"name\":\"instance\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InstanceToRoute\",\"relationFromFields\":[\"instanceId\"],\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"managed\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"routingTableId\",\"cidr\"]}]},\"InternetGateway\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToProject\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"externalNetworkId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalNetwork\",\"kind\":\"object\",\"name\":\"externalNetwork\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalNetworkToInternetGateway\",\"relationFromFields\":[\"externalNetworkId\"],\"isUpdatedAt\":false},{\"type\":\"InternetGatewayStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"routingTableId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"RoutingTable\",\"kind\":\"object\",\"name\":\"routingTable\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRoutingTable\",\"relationFromFields\":[\"routingTableId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"publicAddressId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ExternalAddress\",\"kind\":\"object\",\"name\":\"publicAddress\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ExternalAddressToInternetGateway\",\"relationFromFields\":[\"publicAddressId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"gatewayServerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayServer\",\"kind\":\"object\",\"name\":\"gatewayServer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayServerToInternetGateway\",\"relationFromFields\":[\"gatewayServerId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Route\",\"kind\":\"object\",\"name\":\"routes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRoute\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"GatewayRestart\",\"kind\":\"object\",\"name\":\"restarts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToInternetGateway\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"RestartFailureReport\",\"kind\":\"object\",\"name\":\"restartFailureReports\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRestartFailureReport\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"GatewayServer\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayServerState\",\"kind\":\"enum\",\"name\":\"state\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"maintenanceStartsAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"maintenanceEndsAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"maintenanceDescription\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateways\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayServerToInternetGateway\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"GatewayRestart\",\"kind\":\"object\",\"name\":\"restartsFrom\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RestartSource\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"GatewayRestart\",\"kind\":\"object\",\"name\":\"restartsTo\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RestartTarget\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"GatewayRestart\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"internetGatewayId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateway\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToInternetGateway\",\"relationFromFields\":[\"internetGatewayId\"],\"isUpdatedAt\":false},{\"type\":\"RestartPhase\",\"kind\":\"enum\",\"name\":\"phase\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"progressPercent\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"sourceServerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayServer\",\"kind\":\"object\",\"name\":\"sourceServer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RestartSource\",\"relationFromFields\":[\"sourceServerId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"targetServerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayServer\",\"kind\":\"object\",\"name\":\"targetServer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RestartTarget\",\"relationFromFields\":[\"targetServerId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"finishedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"failureReason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"leaseOwner\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"leaseExpiresAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayRestartPhaseEvent\",\"kind\":\"object\",\"name\":\"phaseEvents\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToGatewayRestartPhaseEvent\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"RestartFailureReport\",\"kind\":\"object\",\"name\":\"failureReport\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToRestartFailureReport\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"GatewayRestartPhaseEvent\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"restartId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayRestart\",\"kind\":\"object\",\"name\":\"restart\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToGatewayRestartPhaseEvent\",\"relationFromFields\":[\"restartId\"],\"isUpdatedAt\":false},{\"type\":\"RestartPhase\",\"kind\":\"enum\",\"name\":\"phase\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"progressPercent\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"message\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"occurredAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":{\"name\":null,\"fields\":[\"restartId\",\"phase\"]},\"uniqueIndexes\":[]},\"RestartFailureReport\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"restartId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"GatewayRestart\",\"kind\":\"object\",\"name\":\"restart\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"GatewayRestartToRestartFailureReport\",\"relationFromFields\":[\"restartId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"internetGatewayId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"InternetGateway\",\"kind\":\"object\",\"name\":\"internetGateway\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"InternetGatewayToRestartFailureReport\",\"relationFromFields\":[\"internetGatewayId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"projectId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Project\",\"kind\":\"object\",\"name\":\"project\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProjectToRestartFailureReport\",\"relationFromFields\":[\"projectId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"reportedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"acknowledgedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"webhookDeliveredAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"webhookAttempts\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"webhookNextAttemptAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"webhookLastError\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]}}}}"); }