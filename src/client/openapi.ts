/**
 * Generated from archgate's OpenAPI document by `npm run gen:client` (scripts/gen-client.ts). Do not edit:
 * test/openapi.test.ts compares this file with what the running server's /docs/json gives.
 */

export interface paths {
    "/archgate/v1/{project_id}/approvals/orphaned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Applications under review whose approver is no longer registered (deleted, demoted or gone), newest first */
        get: operations["ArchgateListOrphanedApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/approvals/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archgate extension (not in the cloud API). Name a registered approver on applications under review, all or none */
        post: operations["ArchgateReassignApprovals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List the project's audit records, newest first (domain administrators) */
        get: operations["ArchgateListAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Export the project's audit records as NDJSON, oldest first, streamed (domain administrators) */
        get: operations["ArchgateExportAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Walk the project's hash chain and name the first record changed, removed or inserted (domain administrators) */
        get: operations["ArchgateVerifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List batches, newest first (items left out) */
        get: operations["ArchgateListBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/batches/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Read a batch (BatchOperationVO), scheduled ones included */
        get: operations["ArchgateShowBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archgate extension (not in the cloud API). What a publish or offline batch would do and break */
        post: operations["ArchgatePreviewImpact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). The caller, and the workspaces of the project they belong to with their role */
        get: operations["ArchgateShowMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List objects, filtered by biz_type, status and name */
        get: operations["ArchgateListObjects"];
        put?: never;
        /** archgate extension (not in the cloud API). Register 1 to 10,000 objects; they start as DRAFT */
        post: operations["ArchgateCreateObjects"];
        /** archgate extension (not in the cloud API). Delete DRAFT, OFFLINE or REJECT objects */
        delete: operations["ArchgateDeleteObjects"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Read one object */
        get: operations["ArchgateShowObject"];
        /** archgate extension (not in the cloud API). Edit an object: in place when DRAFT, OFFLINE or REJECT; as its pending edit (new_biz) when PUBLISHED */
        put: operations["ArchgateUpdateObject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). The workspace's webhooks (workspace admins) */
        get: operations["ArchgateListWebhooks"];
        put?: never;
        /** archgate extension (not in the cloud API). Register a webhook: a URL, the events it is sent and the secret that signs them (workspace admins) */
        post: operations["ArchgateCreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** archgate extension (not in the cloud API). Remove a webhook and its deliveries (workspace admins) */
        delete: operations["ArchgateDeleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). A webhook's deliveries, newest first, each with every attempt (workspace admins) */
        get: operations["ArchgateListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archgate extension (not in the cloud API). Send a delivery again now, under the same event id (workspace admins) */
        post: operations["ArchgateRedeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List workspaces (all for domain administrators, else one's own) */
        get: operations["ArchgateListWorkspaces"];
        put?: never;
        /** archgate extension (not in the cloud API). Create a workspace (domain administrators); the creator becomes its admin */
        post: operations["ArchgateCreateWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/workspaces/{workspace_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List a workspace's members and roles */
        get: operations["ArchgateListMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/workspaces/{workspace_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** archgate extension (not in the cloud API). Add a member or change its role (workspace admins) */
        put: operations["ArchgatePutMember"];
        post?: never;
        /** archgate extension (not in the cloud API). Remove a member (workspace admins) */
        delete: operations["ArchgateDeleteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/{project_id}/workspaces/{workspace_id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). A workspace's settings (workspace admins) */
        get: operations["ArchgateShowWorkspaceSettings"];
        /** archgate extension (not in the cloud API). Turn the reference rules off or on for a workspace (workspace admins) */
        put: operations["ArchgateUpdateWorkspaceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archgate extension (not in the cloud API). Advance the test clock (ARCHGATE_CLOCK=test only; administrators) */
        post: operations["ArchgateAdvanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). List the domain's projects */
        get: operations["ArchgateListProjects"];
        put?: never;
        /** archgate extension (not in the cloud API). Create a project (domain administrators) */
        post: operations["ArchgateCreateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/archgate/v1/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archgate extension (not in the cloud API). Empty the store and bootstrap it again with the same ids and password (ARCHGATE_MODE=ci only; administrators) */
        post: operations["ArchgateReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Liveness: 200 while the process serves (no credentials) */
        get: operations["ArchgateHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** archgate extension (not in the cloud API). Readiness: 200 when the store answers a query, every migration has run and the worker id is leased; 503 with the reason otherwise and while shutting down (no credentials) */
        get: operations["ArchgateHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obtaining an Application */
        get: operations["SearchApprovals"];
        /** Withdrawing an Application */
        put: operations["RollbackApproval"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Application Processing (resolve or reject) */
        put: operations["ConfirmApprovals"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/batch-offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taking Services Offline in Batches */
        post: operations["BatchOffline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/batch-publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Batch Publish */
        post: operations["BatchPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/business/{biz_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deleting an Entity (the pending edit) */
        delete: operations["DeleteDesignLatestApproval"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/business/{biz_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Difference between the pending edit and the released entity */
        get: operations["SearchDesignLatestApprovalDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/approvals/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Querying the Approver List */
        get: operations["ListApprovers"];
        put?: never;
        /** Create Approver */
        post: operations["CreateApprover"];
        /** Delete Approver */
        delete: operations["DeleteApprover"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/table-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the table models of a model */
        get: operations["ListTableModels"];
        /** Update a table model (id in the body); a published one gets a pending edit */
        put: operations["UpdateTableModel"];
        /** Create a table model */
        post: operations["CreateTableModel"];
        /** Delete table models (DRAFT, OFFLINE or REJECT) */
        delete: operations["DeleteTableModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/table-model/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a table model; latest=true shows its pending edit */
        get: operations["ShowTableModelById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List models */
        get: operations["ListWorkspaces"];
        /** Update a model (id in the body) */
        put: operations["UpdateWorkspace"];
        /** Create a model */
        post: operations["CreateWorkspace"];
        /** Delete models */
        delete: operations["DeleteWorkspaces"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/design/workspaces/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a model */
        get: operations["ShowWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-CREDENTIAL/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's permanent access keys */
        get: operations["ListPermanentAccessKeys"];
        put?: never;
        /** Create a permanent access key; the secret is shown only here */
        post: operations["CreatePermanentAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-CREDENTIAL/credentials/{access_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a permanent access key */
        delete: operations["DeletePermanentAccessKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-CREDENTIAL/securitytokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a temporary access key and security token from a token */
        post: operations["CreateTemporaryAccessKeyByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-USER/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an IAM user (domain administrators) */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-USER/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a user's password or email (domain administrators); a new password revokes its tokens and keys */
        put: operations["UpdateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3.0/OS-USER/users/{user_id}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set one's own email address (`mobile` is accepted and not kept: archgate sends no SMS) */
        put: operations["UpdateUserInformation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/design/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subjects */
        get: operations["SearchSubjectNew"];
        /** Update a subject (id in the body); a published one gets a pending edit */
        put: operations["UpdateSubjectNew"];
        /** Create a subject */
        post: operations["CreateSubjectNew"];
        /** Delete subjects (DRAFT, OFFLINE or REJECT, without children) */
        delete: operations["DeleteSubjectNew"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Obtaining a user token (password, project scope) */
        post: operations["KeystoneCreateUserTokenByPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects of the caller's domain, by name (domain administrators) */
        get: operations["KeystoneListProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the IAM users of the domain */
        get: operations["KeystoneListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a user; revokes its tokens and keys */
        delete: operations["KeystoneDeleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password; revokes one's tokens and keys */
        post: operations["KeystoneUpdateUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ArchgateListOrphanedApprovals: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    /** @enum {unknown} */
                                    approval_status: "DEVELOPING" | "APPROVED" | "REJECT" | "WITHDREW";
                                    approval_time: string | null;
                                    /** @enum {unknown} */
                                    approval_type: "PUBLISH" | "OFFLINE";
                                    approver: string | null;
                                    biz_id: string;
                                    biz_info: string | null;
                                    biz_info_obj: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @enum {unknown} */
                                    biz_status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    biz_type: string;
                                    biz_version: number;
                                    create_by: string;
                                    directory_path: string | null;
                                    email: string | null;
                                    id: string;
                                    l1: string | null;
                                    l2: string | null;
                                    l3: string | null;
                                    msg: string | null;
                                    name_ch: string | null;
                                    name_en: string | null;
                                    submit_time: string;
                                    tenant_id: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateReassignApprovals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a registered approver of the workspace */
                    approver_user_id: string;
                    /** @description applications under review (DEVELOPING) */
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description number of applications reassigned */
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListAuditRecords: {
        parameters: {
            query?: {
                /** @description Records at or after this time */
                begin_time?: string;
                /** @description Records before this time */
                end_time?: string;
                limit?: number;
                /** @description Records that touched this object (or application, user, key) id */
                object_id?: string;
                offset?: number;
                /** @description The operation, e.g. BatchOffline */
                operation?: string;
                /** @description The acting user id */
                user_id?: string;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    access_key: string | null;
                                    /** @description token, permanent-key, temporary-key (the credential of the request); password (a successful login); scheduler (a scheduled run); local (a command on the server's machine, such as admin reset-password); failed-token, failed-aksk, failed-password (a failed authentication) */
                                    auth: string;
                                    /** @description SHA-256 of this record, hex */
                                    hash: string;
                                    /** @description The operation id of the request (its cloud name) */
                                    operation: string;
                                    outcome: {
                                        [key: string]: unknown;
                                    };
                                    /** @description SHA-256 of the record before, hex (64 zeros for the first) */
                                    prev_hash: string;
                                    /** @description Empty for a failed authentication that named no known project */
                                    project_id: string;
                                    request_id: string | null;
                                    /** @description Position in the project chain, from 1 */
                                    seq: number;
                                    source_ip: string | null;
                                    targets: {
                                        after: string | null;
                                        before: string | null;
                                        id: string;
                                    }[];
                                    time: string;
                                    user_id: string;
                                    user_name: string;
                                    workspace_id: string | null;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateExportAuditRecords: {
        parameters: {
            query?: {
                /** @description Records at or after this time */
                begin_time?: string;
                /** @description Records before this time */
                end_time?: string;
                /** @description Records that touched this object (or application, user, key) id */
                object_id?: string;
                /** @description The operation, e.g. BatchOffline */
                operation?: string;
                /** @description The acting user id */
                user_id?: string;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One AuditRecordVO per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateVerifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                /** @description Records found sound (before the first bad one) */
                                checked: number;
                                first_bad?: {
                                    /** @enum {unknown} */
                                    reason: "changed" | "removed" | "inserted" | "unlinked";
                                    seq: number;
                                };
                                ok: boolean;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListBatches: {
        parameters: {
            query?: {
                create_by?: string;
                limit?: number;
                offset?: number;
                operation_status?: "RUNNING" | "SUCCESS" | "FAILED";
                operation_type?: "PUBLISH" | "OFFLINE" | "APPROVAL";
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    biz_id: string | null;
                                    biz_info: string | null;
                                    biz_name: string | null;
                                    create_by: string;
                                    failed: number;
                                    group_id: string;
                                    groups: {
                                        biz_id: string | null;
                                        biz_info: string | null;
                                        biz_name: string | null;
                                        create_by: string;
                                        failed: number;
                                        group_id: string;
                                        /** @enum {object|null} */
                                        groups: never | null;
                                        id: string | null;
                                        logs: string | null;
                                        /** @enum {unknown} */
                                        operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                        operation_type: string;
                                        rate: string | null;
                                        remark: string | null;
                                        success: number;
                                        tenant_id: string;
                                        total: number;
                                    }[] | null;
                                    id: string | null;
                                    logs: string | null;
                                    /** @enum {unknown} */
                                    operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                    operation_type: string;
                                    rate: string | null;
                                    remark: string | null;
                                    success: number;
                                    tenant_id: string;
                                    total: number;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateShowBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                group_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The batch at the top level (id null), one child per object in groups */
                            value: {
                                biz_id: string | null;
                                biz_info: string | null;
                                biz_name: string | null;
                                create_by: string;
                                failed: number;
                                group_id: string;
                                groups: {
                                    biz_id: string | null;
                                    biz_info: string | null;
                                    biz_name: string | null;
                                    create_by: string;
                                    failed: number;
                                    group_id: string;
                                    /** @enum {object|null} */
                                    groups: never | null;
                                    id: string | null;
                                    logs: string | null;
                                    /** @enum {unknown} */
                                    operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                    operation_type: string;
                                    rate: string | null;
                                    remark: string | null;
                                    success: number;
                                    tenant_id: string;
                                    total: number;
                                }[] | null;
                                id: string | null;
                                logs: string | null;
                                /** @enum {unknown} */
                                operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                operation_type: string;
                                rate: string | null;
                                remark: string | null;
                                success: number;
                                tenant_id: string;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgatePreviewImpact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "OFFLINE" | "PUBLISH";
                    biz_infos: {
                        /** @description Snowflake id as a decimal string */
                        biz_id: string;
                        /** @enum {unknown} */
                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                        /** @enum {unknown} */
                        env_type?: "INVALID_TYPE" | "DEV_TYPE" | "PROD_TYPE" | "DEV_PROD_TYPE";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                /** @enum {unknown} */
                                action: "PUBLISH" | "OFFLINE";
                                /** @description OFFLINE: what would have to go offline together for every item to pass; PUBLISH: what would have to be published */
                                closure: {
                                    biz_id: string;
                                    biz_type: string;
                                    depth: number;
                                    name: string;
                                    status: string;
                                }[];
                                /** @description pass as ?impact_token= to batch-offline to refuse it (409) if the graph changed meanwhile */
                                impact_token: string;
                                items: {
                                    biz_id: string;
                                    biz_type: string;
                                    name: string;
                                    passes: boolean;
                                    remark: string;
                                }[];
                                /** @description the order the batch would process its items in */
                                order: string[];
                                /** @description OFFLINE: every online dependant, transitively; PUBLISH: every unpublished prerequisite */
                                tree: {
                                    biz_id: string;
                                    biz_type: string;
                                    /** @description the same shape, one level deeper */
                                    children: {
                                        [key: string]: unknown;
                                    }[];
                                    depth: number;
                                    name: string;
                                    status: string;
                                }[];
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateShowMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                project: {
                                    id: string;
                                    name: string;
                                };
                                /** @description The projects of the caller's domain they can work in (a member of one of its workspaces; all of them for a domain administrator), this one included. A token for another is obtained as for this one, scoped to it */
                                projects: {
                                    id: string;
                                    name: string;
                                }[];
                                user: {
                                    domain_id: string;
                                    domain_name: string;
                                    id: string;
                                    is_domain_admin: boolean;
                                    name: string;
                                };
                                workspaces: {
                                    id: string;
                                    mode: string;
                                    name: string;
                                    /** @description The operations the role may call (src/iam/permissions.ts) */
                                    operations: string[];
                                    role: string;
                                }[];
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListObjects: {
        parameters: {
            query?: {
                biz_type?: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                limit?: number;
                name?: string;
                offset?: number;
                /** @description only the direct children of this object (a subject) */
                parent_id?: string;
                status?: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    biz_info: {
                                        [key: string]: unknown;
                                    };
                                    biz_type: string;
                                    biz_version: number;
                                    code: string | null;
                                    create_by: string;
                                    create_time: string;
                                    description: string | null;
                                    dev_version: number;
                                    env_type: string | null;
                                    id: string;
                                    name_ch: string | null;
                                    name_en: string;
                                    new_biz: {
                                        biz_id: string;
                                        biz_info: string;
                                        biz_type: string;
                                        biz_version: number;
                                        create_time: string;
                                        id: string;
                                        status: string;
                                        update_time: string;
                                    } | null;
                                    parent_id: string | null;
                                    prod_version: number;
                                    references: {
                                        biz_id: string;
                                        /** @enum {unknown} */
                                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                                    }[];
                                    /** @enum {unknown} */
                                    status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    tenant_id: string;
                                    update_time: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateCreateObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objects: {
                        biz_info?: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                        code?: string | null;
                        description?: string | null;
                        name_ch?: string | null;
                        name_en: string;
                        parent_id?: string | null;
                        references?: {
                            biz_id: string;
                            /** @enum {unknown} */
                            biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    biz_info: {
                                        [key: string]: unknown;
                                    };
                                    biz_type: string;
                                    biz_version: number;
                                    code: string | null;
                                    create_by: string;
                                    create_time: string;
                                    description: string | null;
                                    dev_version: number;
                                    env_type: string | null;
                                    id: string;
                                    name_ch: string | null;
                                    name_en: string;
                                    new_biz: {
                                        biz_id: string;
                                        biz_info: string;
                                        biz_type: string;
                                        biz_version: number;
                                        create_time: string;
                                        id: string;
                                        status: string;
                                        update_time: string;
                                    } | null;
                                    parent_id: string | null;
                                    prod_version: number;
                                    references: {
                                        biz_id: string;
                                        /** @enum {unknown} */
                                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                                    }[];
                                    /** @enum {unknown} */
                                    status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    tenant_id: string;
                                    update_time: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateDeleteObjects: {
        parameters: {
            query: {
                /** @description Object ids, comma-separated, at most 1000 */
                ids: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateShowObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_info: {
                                    [key: string]: unknown;
                                };
                                biz_type: string;
                                biz_version: number;
                                code: string | null;
                                create_by: string;
                                create_time: string;
                                description: string | null;
                                dev_version: number;
                                env_type: string | null;
                                id: string;
                                name_ch: string | null;
                                name_en: string;
                                new_biz: {
                                    biz_id: string;
                                    biz_info: string;
                                    biz_type: string;
                                    biz_version: number;
                                    create_time: string;
                                    id: string;
                                    status: string;
                                    update_time: string;
                                } | null;
                                parent_id: string | null;
                                prod_version: number;
                                references: {
                                    biz_id: string;
                                    /** @enum {unknown} */
                                    biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                                }[];
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                tenant_id: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateUpdateObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    biz_info?: {
                        [key: string]: unknown;
                    };
                    code?: string | null;
                    description?: string | null;
                    name_ch?: string | null;
                    name_en: string;
                    parent_id?: string | null;
                    references?: {
                        biz_id: string;
                        /** @enum {unknown} */
                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_info: {
                                    [key: string]: unknown;
                                };
                                biz_type: string;
                                biz_version: number;
                                code: string | null;
                                create_by: string;
                                create_time: string;
                                description: string | null;
                                dev_version: number;
                                env_type: string | null;
                                id: string;
                                name_ch: string | null;
                                name_en: string;
                                new_biz: {
                                    biz_id: string;
                                    biz_info: string;
                                    biz_type: string;
                                    biz_version: number;
                                    create_time: string;
                                    id: string;
                                    status: string;
                                    update_time: string;
                                } | null;
                                parent_id: string | null;
                                prod_version: number;
                                references: {
                                    biz_id: string;
                                    /** @enum {unknown} */
                                    biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                                }[];
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                tenant_id: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                total: number;
                                webhooks: {
                                    create_by: string;
                                    create_time: string;
                                    events: string[];
                                    format: string;
                                    id: string;
                                    url: string;
                                }[];
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateCreateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    events: ("application.submitted" | "application.resolved" | "application.rejected" | "application.withdrawn" | "batch.completed" | "batch.scheduled_run" | "object.status_changed")[];
                    /**
                     * @description The payload shape: json (archgate's signed event), feishu (Feishu/Lark custom bot), dingtalk (DingTalk custom robot), wecom (WeCom group robot), slack (Slack incoming webhook)
                     * @enum {unknown}
                     */
                    format?: "json" | "feishu" | "dingtalk" | "wecom" | "slack";
                    /** @description Signs each delivery (X-Archgate-Signature-256); never shown again */
                    secret: string;
                    /** @description http(s) URL; loopback and private addresses are refused unless ARCHGATE_WEBHOOK_ALLOW names them */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                create_by: string;
                                create_time: string;
                                events: string[];
                                format: string;
                                id: string;
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateDeleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                project_id: string;
                /** @description Snowflake id as a decimal string */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: boolean;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                project_id: string;
                /** @description Snowflake id as a decimal string */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                deliveries: {
                                    attempts: {
                                        /** @description From 1 */
                                        attempt: number;
                                        duration_ms: number;
                                        error: string | null;
                                        /** @enum {unknown} */
                                        outcome: "ok" | "failed";
                                        /** @description The receiver's HTTP status; null when none came (refused, timed out, unreachable) */
                                        status_code: number | null;
                                        time: string;
                                    }[];
                                    create_time: string;
                                    event: string;
                                    /** @description The same for every attempt and redelivery of the event */
                                    event_id: string;
                                    id: string;
                                    next_attempt_time: string | null;
                                    /**
                                     * @description ready: waiting for its next attempt; dead: retried for 24 h in vain
                                     * @enum {unknown}
                                     */
                                    state: "ready" | "running" | "done" | "dead";
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateRedeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Snowflake id as a decimal string */
                delivery_id: string;
                project_id: string;
                /** @description Snowflake id as a decimal string */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: boolean;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    create_time: string;
                                    id: string;
                                    mode: string;
                                    name: string;
                                    project_id: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateCreateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    /** @enum {unknown} */
                    mode?: "simple" | "enterprise";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                create_time: string;
                                id: string;
                                mode: string;
                                name: string;
                                project_id: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    role: string;
                                    user_id: string;
                                    user_name?: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgatePutMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    role: "admin" | "developer" | "operator" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                role: string;
                                user_id: string;
                                user_name?: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateDeleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateShowWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                enforce_references: boolean;
                                mode: string;
                                workspace_id: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateUpdateWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enforce_references?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                enforce_references: boolean;
                                mode: string;
                                workspace_id: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateAdvanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    advance_ms: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                now: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateListProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    create_time: string;
                                    domain_id: string;
                                    id: string;
                                    name: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateCreateProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                create_time: string;
                                domain_id: string;
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                /** @description time the reset took inside archgate */
                                elapsed_ms: number;
                                project_id: string;
                                user_name: string;
                                workspace_id: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ArchgateHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    SearchApprovals: {
        parameters: {
            query?: {
                approval_status?: "DEVELOPING" | "FINISHED";
                approval_status_detail?: "DEVELOPING" | "APPROVED" | "REJECT";
                approval_type?: "PUBLISH" | "OFFLINE";
                approver?: string;
                /** @description archgate extension: only the applications whose designated approver is this IAM user id (the one ConfirmApprovals checks), whatever approver_user_name the submission gave */
                approver_user_id?: string;
                begin_time?: string;
                biz_id?: string;
                biz_type?: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                create_by?: string;
                /** @description archgate extension: only the applications submitted by this IAM user id (create_by is the submitter's name, which a later user may reuse) */
                create_by_id?: string;
                end_time?: string;
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
                /** @description Seen in official examples; ignored */
                is_approval_time?: string;
                limit?: number;
                name?: string;
                offset?: number;
                /** @description archgate extension: by submit time, oldest (asc) or newest (desc, the default) first */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    /** @enum {unknown} */
                                    approval_status: "DEVELOPING" | "APPROVED" | "REJECT" | "WITHDREW";
                                    approval_time: string | null;
                                    /** @enum {unknown} */
                                    approval_type: "PUBLISH" | "OFFLINE";
                                    approver: string | null;
                                    biz_id: string;
                                    biz_info: string | null;
                                    biz_info_obj: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @enum {unknown} */
                                    biz_status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    biz_type: string;
                                    biz_version: number;
                                    create_by: string;
                                    directory_path: string | null;
                                    email: string | null;
                                    id: string;
                                    l1: string | null;
                                    l2: string | null;
                                    l3: string | null;
                                    msg: string | null;
                                    name_ch: string | null;
                                    name_en: string | null;
                                    submit_time: string;
                                    tenant_id: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    RollbackApproval: {
        parameters: {
            query: {
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
                /** @description Application ids, comma-separated, at most 1000 */
                ids: string;
            };
            header?: {
                /** @description archgate extension: a repeat with the same key and request returns the first answer and changes nothing */
                "idempotency-key"?: string;
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description number of applications withdrawn, as a decimal string */
                            value: string;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ConfirmApprovals: {
        parameters: {
            query: {
                "action-id": "resolve" | "reject";
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
            };
            header?: {
                /** @description archgate extension: a repeat with the same key and request returns the first answer and changes nothing */
                "idempotency-key"?: string;
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    msg: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The batch at the top level (id null), one child per object in groups */
                            value: {
                                biz_id: string | null;
                                biz_info: string | null;
                                biz_name: string | null;
                                create_by: string;
                                failed: number;
                                group_id: string;
                                groups: {
                                    biz_id: string | null;
                                    biz_info: string | null;
                                    biz_name: string | null;
                                    create_by: string;
                                    failed: number;
                                    group_id: string;
                                    /** @enum {object|null} */
                                    groups: never | null;
                                    id: string | null;
                                    logs: string | null;
                                    /** @enum {unknown} */
                                    operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                    operation_type: string;
                                    rate: string | null;
                                    remark: string | null;
                                    success: number;
                                    tenant_id: string;
                                    total: number;
                                }[] | null;
                                id: string | null;
                                logs: string | null;
                                /** @enum {unknown} */
                                operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                operation_type: string;
                                rate: string | null;
                                remark: string | null;
                                success: number;
                                tenant_id: string;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    BatchOffline: {
        parameters: {
            query?: {
                /** @description archgate extension: also take every online dependant offline, dependants first */
                cascade?: boolean;
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
                /** @description archgate extension: from POST /archgate/v1/{project_id}/impact; 409 and no change when the graph changed since */
                impact_token?: string;
            };
            header?: {
                /** @description archgate extension: a repeat with the same key and request returns the first answer and changes nothing */
                "idempotency-key"?: string;
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approver_user_id: string;
                    approver_user_name: string;
                    /** @description 1 to 10000 distinct objects */
                    biz_infos: {
                        /** @description Snowflake id as a decimal string */
                        biz_id: string;
                        /** @enum {unknown} */
                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                        /** @enum {unknown} */
                        env_type?: "INVALID_TYPE" | "DEV_TYPE" | "PROD_TYPE" | "DEV_PROD_TYPE";
                    }[];
                    email?: string | null;
                    env_type?: ("INVALID_TYPE" | "DEV_TYPE" | "PROD_TYPE" | "DEV_PROD_TYPE") | (never | null);
                    fast_approval?: boolean | null;
                    /** @description mm_hh, e.g. 30_18 = 18:30 */
                    schedule_time?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The batch at the top level (id null), one child per object in groups */
                            value: {
                                biz_id: string | null;
                                biz_info: string | null;
                                biz_name: string | null;
                                create_by: string;
                                failed: number;
                                group_id: string;
                                groups: {
                                    biz_id: string | null;
                                    biz_info: string | null;
                                    biz_name: string | null;
                                    create_by: string;
                                    failed: number;
                                    group_id: string;
                                    /** @enum {object|null} */
                                    groups: never | null;
                                    id: string | null;
                                    logs: string | null;
                                    /** @enum {unknown} */
                                    operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                    operation_type: string;
                                    rate: string | null;
                                    remark: string | null;
                                    success: number;
                                    tenant_id: string;
                                    total: number;
                                }[] | null;
                                id: string | null;
                                logs: string | null;
                                /** @enum {unknown} */
                                operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                operation_type: string;
                                rate: string | null;
                                remark: string | null;
                                success: number;
                                tenant_id: string;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    BatchPublish: {
        parameters: {
            query?: {
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
            };
            header?: {
                /** @description archgate extension: a repeat with the same key and request returns the first answer and changes nothing */
                "idempotency-key"?: string;
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approver_user_id: string;
                    approver_user_name: string;
                    /** @description 1 to 10000 distinct objects */
                    biz_infos: {
                        /** @description Snowflake id as a decimal string */
                        biz_id: string;
                        /** @enum {unknown} */
                        biz_type: "AGGREGATION_LOGIC_TABLE" | "ATOMIC_INDEX" | "ATOMIC_METRIC" | "BIZ_CATALOG" | "BIZ_METRIC" | "CODE_TABLE" | "COMMON_CONDITION" | "COMPOSITE_METRIC" | "COMPOUND_METRIC" | "CONDITION_GROUP" | "DEGENERATE_DIMENSION" | "DERIVATIVE_INDEX" | "DERIVED_METRIC" | "DIMENSION" | "DIMENSION_ATTRIBUTE" | "DIMENSION_HIERARCHIES" | "DIMENSION_LOGIC_TABLE" | "DIMENSION_TABLE_ATTRIBUTE" | "DIRECTORY" | "FACT_ATTRIBUTE" | "FACT_DIMENSION" | "FACT_LOGIC_TABLE" | "FACT_MEASURE" | "FUNCTION" | "INFO_ARCH" | "MODEL" | "QUALITY_RULE" | "SECRECY_LEVEL" | "STANDARD_ELEMENT" | "STANDARD_ELEMENT_TEMPLATE" | "SUBJECT" | "SUMMARY_DIMENSION_ATTRIBUTE" | "SUMMARY_INDEX" | "SUMMARY_TIME" | "TABLE_MODEL" | "TABLE_MODEL_ATTRIBUTE" | "TABLE_MODEL_LOGIC" | "TABLE_TYPE" | "TAG" | "TIME_CONDITION";
                        /** @enum {unknown} */
                        env_type?: "INVALID_TYPE" | "DEV_TYPE" | "PROD_TYPE" | "DEV_PROD_TYPE";
                    }[];
                    email?: string | null;
                    env_type?: ("INVALID_TYPE" | "DEV_TYPE" | "PROD_TYPE" | "DEV_PROD_TYPE") | (never | null);
                    fast_approval?: boolean | null;
                    /** @description mm_hh, e.g. 30_18 = 18:30 */
                    schedule_time?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The batch at the top level (id null), one child per object in groups */
                            value: {
                                biz_id: string | null;
                                biz_info: string | null;
                                biz_name: string | null;
                                create_by: string;
                                failed: number;
                                group_id: string;
                                groups: {
                                    biz_id: string | null;
                                    biz_info: string | null;
                                    biz_name: string | null;
                                    create_by: string;
                                    failed: number;
                                    group_id: string;
                                    /** @enum {object|null} */
                                    groups: never | null;
                                    id: string | null;
                                    logs: string | null;
                                    /** @enum {unknown} */
                                    operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                    operation_type: string;
                                    rate: string | null;
                                    remark: string | null;
                                    success: number;
                                    tenant_id: string;
                                    total: number;
                                }[] | null;
                                id: string | null;
                                logs: string | null;
                                /** @enum {unknown} */
                                operation_status: "RUNNING" | "SUCCESS" | "FAILED";
                                operation_type: string;
                                rate: string | null;
                                remark: string | null;
                                success: number;
                                tenant_id: string;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    DeleteDesignLatestApproval: {
        parameters: {
            query: {
                biz_type: "ATOMIC_INDEX" | "DERIVATIVE_INDEX" | "DIMENSION" | "FACT_LOGIC_TABLE" | "TABLE_MODEL" | "STANDARD_ELEMENT" | "AGGREGATION_LOGIC_TABLE" | "CODE_TABLE" | "BIZ_METRIC" | "COMPOUND_METRIC";
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                biz_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 1 when a pending edit was deleted, 0 when there was none */
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    SearchDesignLatestApprovalDiff: {
        parameters: {
            query: {
                biz_type: "ATOMIC_INDEX" | "DERIVATIVE_INDEX" | "DIMENSION" | "FACT_LOGIC_TABLE" | "TABLE_MODEL" | "STANDARD_ELEMENT" | "AGGREGATION_LOGIC_TABLE" | "CODE_TABLE" | "BIZ_METRIC" | "COMPOUND_METRIC";
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                biz_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_id: string;
                                biz_info: string;
                                biz_info_vo: {
                                    [key: string]: unknown;
                                };
                                biz_metric: string | null;
                                biz_type: string;
                                business_asset: string | null;
                                /** @description JSON array of {name, old_value, new_value}: the fields the pending edit changes */
                                change_props: string;
                                create_by: string;
                                create_time: string;
                                data_quality: string | null;
                                description: string | null;
                                dev_physical_table: string | null;
                                dlf_task: string | null;
                                effect_objs: string | null;
                                id: string;
                                is_current_version: boolean;
                                materialization: string | null;
                                meta_data_link: string | null;
                                physical_table: string | null;
                                publish_to_dlm: string | null;
                                sql_ddl: string | null;
                                summary_status: string | null;
                                technical_asset: string | null;
                                version_name: string | null;
                                version_tag: string | null;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ListApprovers: {
        parameters: {
            query?: {
                approver_name?: string;
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    app_name: string | null;
                                    approver_name: string;
                                    create_by: string;
                                    create_time: string;
                                    email: string | null;
                                    id: string;
                                    phone_number: string | null;
                                    project_id: string;
                                    topic_urn: string | null;
                                    user_id: string;
                                    user_name: string;
                                    user_type: ("BIZ_METRIC_OWNER" | "APPROVER" | "BIZ_METRIC_OWNER_AND_APPROVER") | (never | null);
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    CreateApprover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    app_name?: string | null;
                    approver_name: string;
                    email?: string | null;
                    email_notify?: boolean | null;
                    phone_number?: string | null;
                    sms_notify?: boolean | null;
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                app_name: string | null;
                                approver_name: string;
                                create_by: string;
                                create_time: string;
                                email: string | null;
                                id: string;
                                phone_number: string | null;
                                project_id: string;
                                topic_urn: string | null;
                                user_id: string;
                                user_name: string;
                                user_type: ("BIZ_METRIC_OWNER" | "APPROVER" | "BIZ_METRIC_OWNER_AND_APPROVER") | (never | null);
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    DeleteApprover: {
        parameters: {
            query: {
                /** @description Approver record ids (ApproverVO.id), comma-separated, at most 1000 */
                approver_ids: string;
                /** @description Seen as from=standard in official examples; ignored */
                from?: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description number of approvers deleted */
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ListTableModels: {
        parameters: {
            query: {
                biz_catalog_id?: string;
                create_by?: string;
                limit?: number;
                model_id: string;
                name?: string;
                no_attr?: boolean;
                offset?: number;
                status?: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: ({
                                    attributes: {
                                        [key: string]: unknown;
                                    }[];
                                    id: string;
                                    logic_tb_name: string | null;
                                    model_id: string | null;
                                    /** @enum {unknown} */
                                    status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    tb_name: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    UpdateTableModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        /** @description fields beyond these are kept as sent, as free JSON (x-free-json: depth and size capped) */
        requestBody: {
            content: {
                "application/json": {
                    attributes: (({
                        data_type: string;
                        description?: string | null;
                        id?: (string | number) | (never | null);
                        name_ch: string;
                        name_en: string;
                        ordinal?: (number | string) | (never | null);
                    } & {
                        [key: string]: unknown;
                    }) | null)[];
                    biz_catalog_id?: string | null;
                    description: string;
                    dw_type: string;
                    id?: string | null;
                    logic_tb_name: string;
                    model_id: string;
                    tb_name: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                attributes: {
                                    [key: string]: unknown;
                                }[];
                                id: string;
                                logic_tb_name: string | null;
                                model_id: string | null;
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                tb_name: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    CreateTableModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        /** @description fields beyond these are kept as sent, as free JSON (x-free-json: depth and size capped) */
        requestBody: {
            content: {
                "application/json": {
                    attributes: (({
                        data_type: string;
                        description?: string | null;
                        id?: (string | number) | (never | null);
                        name_ch: string;
                        name_en: string;
                        ordinal?: (number | string) | (never | null);
                    } & {
                        [key: string]: unknown;
                    }) | null)[];
                    biz_catalog_id?: string | null;
                    description: string;
                    dw_type: string;
                    id?: string | null;
                    logic_tb_name: string;
                    model_id: string;
                    tb_name: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                attributes: {
                                    [key: string]: unknown;
                                }[];
                                id: string;
                                logic_tb_name: string | null;
                                model_id: string | null;
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                tb_name: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    DeleteTableModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    del_type?: string | null;
                    del_types?: string | null;
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ShowTableModelById: {
        parameters: {
            query?: {
                latest?: boolean;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                attributes: {
                                    [key: string]: unknown;
                                }[];
                                id: string;
                                logic_tb_name: string | null;
                                model_id: string | null;
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                tb_name: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ListWorkspaces: {
        parameters: {
            query?: {
                dw_type?: string;
                limit?: number;
                name?: string;
                offset?: number;
                workspace_type?: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    biz_catalog_ids: string | null;
                                    create_by: string;
                                    create_time: string;
                                    databases: string[] | null;
                                    description: string | null;
                                    dw_type: string;
                                    frequent: boolean;
                                    id: string;
                                    is_physical: boolean;
                                    level: string | null;
                                    name: string;
                                    table_model_prefix: string | null;
                                    top: boolean;
                                    type: string | null;
                                    update_by: string;
                                    update_time: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    UpdateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    biz_catalog_ids?: string | null;
                    databases?: string[] | null;
                    description?: string | null;
                    dw_type?: string | null;
                    frequent?: boolean | null;
                    id?: string | null;
                    is_physical?: boolean | null;
                    level?: ("SDI" | "DWI" | "DWR" | "DM") | (never | null);
                    name: string;
                    table_model_prefix?: string | null;
                    top?: boolean | null;
                    /** @enum {unknown} */
                    type: "THIRD_NF" | "DIMENSION";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_catalog_ids: string | null;
                                create_by: string;
                                create_time: string;
                                databases: string[] | null;
                                description: string | null;
                                dw_type: string;
                                frequent: boolean;
                                id: string;
                                is_physical: boolean;
                                level: string | null;
                                name: string;
                                table_model_prefix: string | null;
                                top: boolean;
                                type: string | null;
                                update_by: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    CreateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    biz_catalog_ids?: string | null;
                    databases?: string[] | null;
                    description?: string | null;
                    dw_type?: string | null;
                    frequent?: boolean | null;
                    id?: string | null;
                    is_physical?: boolean | null;
                    level?: ("SDI" | "DWI" | "DWR" | "DM") | (never | null);
                    name: string;
                    table_model_prefix?: string | null;
                    top?: boolean | null;
                    /** @enum {unknown} */
                    type: "THIRD_NF" | "DIMENSION";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_catalog_ids: string | null;
                                create_by: string;
                                create_time: string;
                                databases: string[] | null;
                                description: string | null;
                                dw_type: string;
                                frequent: boolean;
                                id: string;
                                is_physical: boolean;
                                level: string | null;
                                name: string;
                                table_model_prefix: string | null;
                                top: boolean;
                                type: string | null;
                                update_by: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    DeleteWorkspaces: {
        parameters: {
            query: {
                /** @description Model ids, comma-separated, at most 1000 */
                ids: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ShowWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                model_id: string;
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                biz_catalog_ids: string | null;
                                create_by: string;
                                create_time: string;
                                databases: string[] | null;
                                description: string | null;
                                dw_type: string;
                                frequent: boolean;
                                id: string;
                                is_physical: boolean;
                                level: string | null;
                                name: string;
                                table_model_prefix: string | null;
                                top: boolean;
                                type: string | null;
                                update_by: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    ListPermanentAccessKeys: {
        parameters: {
            query?: {
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credentials: {
                            access: string;
                            create_time: string;
                            description: string | null;
                            status: string;
                            user_id: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    CreatePermanentAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    credential: {
                        description?: string | null;
                        user_id: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: {
                            access: string;
                            create_time: string;
                            description: string | null;
                            secret: string;
                            status: string;
                            user_id: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    DeletePermanentAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                access_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    CreateTemporaryAccessKeyByToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auth: {
                        identity: {
                            methods: string[];
                            token?: {
                                duration_seconds?: number;
                                id?: string;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: {
                            access: string;
                            expires_at: string;
                            secret: string;
                            securitytoken: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        description?: string | null;
                        domain_id?: string;
                        email?: string | null;
                        enabled?: boolean;
                        name: string;
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            create_time: string;
                            domain_id: string;
                            email?: string | null;
                            enabled: boolean;
                            id: string;
                            is_domain_owner: boolean;
                            name: string;
                            pwd_status: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        email?: string | null;
                        password?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            create_time: string;
                            domain_id: string;
                            email?: string | null;
                            enabled: boolean;
                            id: string;
                            is_domain_owner: boolean;
                            name: string;
                            pwd_status: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    UpdateUserInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        email?: string | null;
                        mobile?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    SearchSubjectNew: {
        parameters: {
            query?: {
                begin_time?: string;
                create_by?: string;
                end_time?: string;
                level?: number;
                limit?: number;
                name?: string;
                name_ch?: string;
                name_en?: string;
                offset?: number;
                owner?: string;
                /** @description empty: all; -1: top level */
                parent_id?: string;
                status?: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                with_relation?: string;
            };
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                records: {
                                    alias: string | null;
                                    /** @enum {object|null} */
                                    children: never | null;
                                    children_num: number | null;
                                    code: string | null;
                                    create_by: string;
                                    create_time: string;
                                    data_department: string | null;
                                    data_owner: string | null;
                                    data_owner_list: string;
                                    description: string | null;
                                    from_public: boolean | null;
                                    guid: string | null;
                                    id: string;
                                    level: number;
                                    name_ch: string;
                                    name_en: string;
                                    new_biz: {
                                        biz_id: string;
                                        biz_info: string;
                                        biz_type: string;
                                        biz_version: number;
                                        create_time: string;
                                        id: string;
                                        status: string;
                                        update_time: string;
                                    } | null;
                                    ordinal: number | null;
                                    owner: string | null;
                                    parent_id: string | null;
                                    path: string;
                                    qualified_id: string | null;
                                    qualified_name: string;
                                    self_defined_fields: {
                                        fd_name_ch?: string | null;
                                        fd_name_en?: string | null;
                                        fd_value?: string | null;
                                        not_null?: boolean | null;
                                    }[];
                                    /** @enum {unknown} */
                                    status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                    swap_order_id: string | null;
                                    update_by: string;
                                    update_time: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    UpdateSubjectNew: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alias?: string | null;
                    data_owner?: string | null;
                    /** @description data owners, e.g. ["user_1"] as a string, or a plain name */
                    data_owner_list: string;
                    description?: string | null;
                    id?: string | null;
                    level: number;
                    name_ch: string;
                    name_en: string;
                    parent_id?: string | null;
                    self_defined_fields?: {
                        fd_name_ch?: string | null;
                        fd_name_en?: string | null;
                        fd_value?: string | null;
                        not_null?: boolean | null;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                alias: string | null;
                                /** @enum {object|null} */
                                children: never | null;
                                children_num: number | null;
                                code: string | null;
                                create_by: string;
                                create_time: string;
                                data_department: string | null;
                                data_owner: string | null;
                                data_owner_list: string;
                                description: string | null;
                                from_public: boolean | null;
                                guid: string | null;
                                id: string;
                                level: number;
                                name_ch: string;
                                name_en: string;
                                new_biz: {
                                    biz_id: string;
                                    biz_info: string;
                                    biz_type: string;
                                    biz_version: number;
                                    create_time: string;
                                    id: string;
                                    status: string;
                                    update_time: string;
                                } | null;
                                ordinal: number | null;
                                owner: string | null;
                                parent_id: string | null;
                                path: string;
                                qualified_id: string | null;
                                qualified_name: string;
                                self_defined_fields: {
                                    fd_name_ch?: string | null;
                                    fd_name_en?: string | null;
                                    fd_value?: string | null;
                                    not_null?: boolean | null;
                                }[];
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                swap_order_id: string | null;
                                update_by: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    CreateSubjectNew: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alias?: string | null;
                    data_owner?: string | null;
                    /** @description data owners, e.g. ["user_1"] as a string, or a plain name */
                    data_owner_list: string;
                    description?: string | null;
                    id?: string | null;
                    level: number;
                    name_ch: string;
                    name_en: string;
                    parent_id?: string | null;
                    self_defined_fields?: {
                        fd_name_ch?: string | null;
                        fd_name_en?: string | null;
                        fd_value?: string | null;
                        not_null?: boolean | null;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: {
                                alias: string | null;
                                /** @enum {object|null} */
                                children: never | null;
                                children_num: number | null;
                                code: string | null;
                                create_by: string;
                                create_time: string;
                                data_department: string | null;
                                data_owner: string | null;
                                data_owner_list: string;
                                description: string | null;
                                from_public: boolean | null;
                                guid: string | null;
                                id: string;
                                level: number;
                                name_ch: string;
                                name_en: string;
                                new_biz: {
                                    biz_id: string;
                                    biz_info: string;
                                    biz_type: string;
                                    biz_version: number;
                                    create_time: string;
                                    id: string;
                                    status: string;
                                    update_time: string;
                                } | null;
                                ordinal: number | null;
                                owner: string | null;
                                parent_id: string | null;
                                path: string;
                                qualified_id: string | null;
                                qualified_name: string;
                                self_defined_fields: {
                                    fd_name_ch?: string | null;
                                    fd_name_en?: string | null;
                                    fd_value?: string | null;
                                    not_null?: boolean | null;
                                }[];
                                /** @enum {unknown} */
                                status: "DRAFT" | "PUBLISH_DEVELOPING" | "PUBLISHED" | "OFFLINE_DEVELOPING" | "OFFLINE" | "REJECT";
                                swap_order_id: string | null;
                                update_by: string;
                                update_time: string;
                            };
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    DeleteSubjectNew: {
        parameters: {
            query?: never;
            header?: {
                /** @description Project ID (AK/SK, multi-project) */
                "x-project-id"?: string;
            };
            path: {
                /** @description Project ID */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    del_type?: string | null;
                    del_types?: string | null;
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            value: number;
                        };
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data?: never | null;
                        error_code: string;
                        error_msg: string;
                        errors?: {
                            error_code: string;
                            error_msg: string;
                            request_id: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    KeystoneCreateUserTokenByPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auth: {
                        identity: {
                            methods: string[];
                            password: {
                                user: {
                                    domain: {
                                        name: string;
                                    };
                                    name: string;
                                    password: string;
                                };
                            };
                        };
                        scope: {
                            project: {
                                id?: string;
                                name?: string;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            catalog: {
                                [key: string]: unknown;
                            }[];
                            expires_at: string;
                            issued_at: string;
                            methods: string[];
                            project: {
                                domain: {
                                    id: string;
                                    name: string;
                                };
                                id: string;
                                name: string;
                            };
                            roles: {
                                id: string;
                                name: string;
                            }[];
                            user: {
                                domain: {
                                    id: string;
                                    name: string;
                                };
                                id: string;
                                name: string;
                                password_expires_at: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    KeystoneListProjects: {
        parameters: {
            query?: {
                domain_id?: string;
                enabled?: boolean;
                is_domain?: boolean;
                name?: string;
                page?: number;
                parent_id?: string;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        links: {
                            next: string | null;
                            previous: string | null;
                            self: string;
                        };
                        projects: {
                            description: string;
                            domain_id: string;
                            enabled: boolean;
                            id: string;
                            is_domain: boolean;
                            links: {
                                self: string;
                            };
                            name: string;
                            parent_id: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    KeystoneListUsers: {
        parameters: {
            query?: {
                domain_id?: string;
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        links: {
                            self: string;
                        };
                        users: {
                            create_time: string;
                            domain_id: string;
                            email?: string | null;
                            enabled: boolean;
                            id: string;
                            is_domain_owner: boolean;
                            name: string;
                            pwd_status: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    KeystoneDeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    KeystoneUpdateUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        original_password: string;
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: number;
                            message: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
}
