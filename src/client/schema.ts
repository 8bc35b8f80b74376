// Generated from openapi/openapi.json by `npm run generate` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers as long as the process serves HTTP; it does not touch the database. No authentication.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers a query, 503 otherwise. No authentication.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description Lists tenants by name: every tenant for SUPER_ADMIN, the tenants in the token's `tenants` claim for anyone else.
         *
         *     **Permission:** `VIEW_TENANTS` (roles: SUPER_ADMIN, ADMIN).
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Creates a tenant. Tenants are platform-level: no `x-tenant-id`.
         *
         *     **Permission:** `CREATE_TENANT` (roles: SUPER_ADMIN).
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/attribute-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attribute keys
         * @description The global catalog of attribute keys, ordered by key. The catalog is the same for every tenant; each tenant sets its own policy per key.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["listAttributeKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @description Always `ok` while the process serves requests
             * @enum {string}
             */
            status: "ok";
        };
        Readiness: {
            /**
             * @description `ready` once the database answers
             * @enum {string}
             */
            status: "ready";
            /** @enum {string} */
            database: "ok";
        };
        /** @description An RFC 9457 problem document */
        Problem: {
            /**
             * @description A URI that identifies the problem type; one per `code`
             * @example urn:problem:reten:validation-failed
             */
            type: string;
            /**
             * @description Short summary of the status
             * @example Bad Request
             */
            title: string;
            /**
             * @description The HTTP status code
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong in this occurrence, for humans
             * @example The request is invalid: see errors
             */
            detail: string;
            /**
             * @description Stable machine-readable code; branch on this
             * @example VALIDATION_FAILED
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNKNOWN_ATTRIBUTE_KEY" | "INVALID_ACTIVITY_STATE" | "COMMERCE_MISMATCH" | "UNAUTHENTICATED" | "TENANT_ACCESS_DENIED" | "PERMISSION_DENIED" | "ENDPOINT_NOT_FOUND" | "TENANT_NOT_FOUND" | "ACTIVITY_NOT_FOUND" | "COMMERCE_NOT_FOUND" | "ROUTE_NOT_FOUND" | "OPERATOR_NOT_FOUND" | "RESULT_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "IDEMPOTENCY_KEY_CONFLICT" | "TENANT_SLUG_CONFLICT" | "TAX_ID_CONFLICT" | "OPERATOR_CONFLICT" | "RESOURCE_CONFLICT" | "INVALID_STATUS_TRANSITION" | "STALE_RESULT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
            /**
             * @description The request path that produced the problem
             * @example /api/activities
             */
            instance?: string;
            /**
             * @description The request id (also in the `x-request-id` header), to quote when reporting
             * @example 0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f
             */
            requestId?: string;
            /** @description Field errors, for validation problems */
            errors?: components["schemas"]["FieldError"][];
            /**
             * Format: uuid
             * @description For `IDEMPOTENCY_KEY_CONFLICT`: the activity that already holds the key
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activityId?: string;
        };
        FieldError: {
            /**
             * @description Where the problem is: `body.`, `query.`, `path.` or `header.` followed by the field path
             * @example body.commerce_id
             */
            path: string;
            /**
             * @description What is wrong with it
             * @example Invalid UUID
             */
            message: string;
        };
        Tenant: {
            /**
             * Format: uuid
             * @description Tenant id: the value of `x-tenant-id`
             * @example 6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b
             */
            id: string;
            /**
             * @description Display name
             * @example Acme Distribution
             */
            name: string;
            /**
             * @description Unique URL-friendly name
             * @example acme
             */
            slug: string;
            /**
             * Format: date-time
             * @description When it was created
             * @example 2025-01-16T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed
             * @example 2025-01-16T09:00:00.000Z
             */
            updatedAt: string;
        };
        CreateTenantBody: {
            /**
             * @description Display name
             * @example Acme Distribution
             */
            name: string;
            /**
             * @description Unique, URL-friendly: lowercase letters, digits and hyphens
             * @example acme
             */
            slug: string;
        };
        AttributeKey: {
            /**
             * Format: uuid
             * @description Attribute key id (`attributeKeyId` in attributes and policies)
             * @example ab0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description The name used in `attribute_keys` and `attributes[].key`
             * @example commerce_info
             */
            key: string;
            /**
             * @description Display name
             * @example Commerce Info
             */
            label: string;
            /**
             * @description What the value holds
             * @example The commerce's name, tax id and primary address
             */
            description: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "database": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The database does not answer (`SERVICE_UNAVAILABLE`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
                     *         "name": "Acme Distribution",
                     *         "slug": "acme",
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Tenant"][];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new tenant */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Distribution",
                 *       "slug": "acme"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTenantBody"];
            };
        };
        responses: {
            /** @description The tenant was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
                     *       "name": "Acme Distribution",
                     *       "slug": "acme",
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug is taken (`TENANT_SLUG_CONFLICT`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit (`PAYLOAD_TOO_LARGE`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAttributeKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "ab0e8400-e29b-41d4-a716-446655440000",
                     *         "key": "commerce_info",
                     *         "label": "Commerce Info",
                     *         "description": "The commerce's name, tax id and primary address: `{ name, taxId, address }`."
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AttributeKey"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
