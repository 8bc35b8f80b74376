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
    "/api/commerces/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update commerces in bulk
         * @description Creates or updates up to 500 commerces, matched by `external_id`, in one transaction: if any item fails,
         *     nothing is written. Fields not given keep their stored values; `metadata` given replaces the stored one.
         *     `addresses` given replaces the commerce's addresses; `users` are matched by their `external_id` (users not
         *     listed are kept), their `roles` and `contacts` replaced when given. A synced placeholder stops being one.
         *     A duplicate `external_id` or `tax_id` inside the request is a 400.
         *
         *     **Permission:** `SYNC_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN).
         */
        post: operations["syncCommerces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commerces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List commerces
         * @description Lists the commerces of the tenant by name, then id.
         *
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["listCommerces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commerces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a commerce
         * @description The commerce with its addresses (the primary first) and its users with their contacts.
         *
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["getCommerce"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a commerce
         * @description Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        patch: operations["updateCommerce"];
        trace?: never;
    };
    "/api/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List operators
         * @description Lists the operators of the tenant by name, then id.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["listOperators"];
        put?: never;
        /**
         * Create an operator
         * @description Creates a salesman, activator or call-center agent. E-mails are stored lower-cased.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["createOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operators/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update operators in bulk
         * @description Creates or updates up to 500 operators, matched by `type` and `external_id`, in one transaction: if any
         *     item fails, nothing is written. Fields not given keep their stored values; `metadata` given replaces the stored
         *     one. A synced placeholder stops being one. A duplicate `type` + `external_id` or `email` inside the request is a 400.
         *
         *     **Permission:** `SYNC_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN).
         */
        post: operations["syncOperators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operator
         * @description One operator.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["getOperator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an operator
         * @description Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        patch: operations["updateOperator"];
        trace?: never;
    };
    "/api/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routes
         * @description Lists the routes of the tenant by name, then id.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["listRoutes"];
        put?: never;
        /**
         * Create a route
         * @description Creates a field route.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a route
         * @description The route with its operator links, by operator name.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        get: operations["getRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a route
         * @description Changes the fields given (at least one); `null` clears `external_id` or `description`. `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        patch: operations["updateRoute"];
        trace?: never;
    };
    "/api/routes/{id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link an operator to a route
         * @description Links an operator to the route. Idempotent: an existing link is reactivated, and its role changed when
         *     `role` is given. The body is snake_case (`operator_id`) like every other body, although the Reten docs print
         *     `operatorId`.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["linkRouteOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/{id}/operators/{operatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an operator from a route
         * @description Deletes the link between the route and the operator (a hard delete).
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        delete: operations["unlinkRouteOperator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description Activities matching every given filter, ordered by `scheduledAt` then `id`. `scheduled_from` and `scheduled_to` are inclusive. A page past the end answers an empty `data` with the right `meta`.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * Create an activity
         * @description Creates a TASK or MESSAGE assigned to a commerce. Attributes named in `attribute_keys` are resolved from the tenant's data; `attributes[]` carry caller values (RESOLVED as CALLER_PROVIDED) or a `fallback` used when resolution fails (FALLBACK). An unknown key is 400 `UNKNOWN_ATTRIBUTE_KEY`. When an attribute fails without a fallback, the activity is still created, with status UNRESOLVED and a RESOLUTION_FAILED event after CREATED. Everything (activity, attributes, events) is written in one transaction.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task activity
         * @description Creates a TASK with its route and operator (`taskDetails`). Attributes named in `attribute_keys` are resolved from the tenant's data; `attributes[]` carry caller values (RESOLVED as CALLER_PROVIDED) or a `fallback` used when resolution fails (FALLBACK). An unknown key is 400 `UNKNOWN_ATTRIBUTE_KEY`. When an attribute fails without a fallback, the activity is still created, with status UNRESOLVED and a RESOLUTION_FAILED event after CREATED. Everything (activity, attributes, events) is written in one transaction.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["createTaskActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity
         * @description One activity with its commerce assignment, task details and every stored field.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/status-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List status events
         * @description The activity's audit trail, oldest first: one event per status change or attempt.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["listActivityStatusEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attributes
         * @description The activity's attributes with their resolution status and values, by key.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["listActivityAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an activity
         * @description Cancels a READY, UNRESOLVED or DISPATCHED activity and records a CANCELED event with the optional `reason`. The body is optional. From COMPLETED, CANCELED or FAILED it is 409 `INVALID_STATUS_TRANSITION`.
         *
         *     **Permission:** `CANCEL_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN).
         */
        post: operations["cancelActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-results/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a task result
         * @description Records what happened to a task and syncs its activity, in one transaction.
         *
         *     - **Matching:** `activity_id` first (404 if it is not in this tenant), then `provider_activity_id`. A match is `RETEN_ACTIVITY`; otherwise the result is `STANDALONE`, and an unknown `commerce_external_id` gets a placeholder commerce (`isPlaceholder: true`). For a matched activity, `commerce_external_id` must be its commerce (400 `COMMERCE_MISMATCH`).
         *     - **One record:** an activity (or, while standalone, a provider activity id) has one result; later submissions update it (200) instead of creating one (201). A standalone record is adopted by its activity once the provider id matches one.
         *     - **Temporal guard:** an update whose `occurred_at` is not strictly later than the stored result's is 409 `STALE_RESULT` and changes nothing.
         *     - **Status sync:** PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it, each with its status event. A change the state machine forbids (e.g. completing a CANCELED activity) is 409 `INVALID_STATUS_TRANSITION` unless `hard_override: true`, which applies it and marks the event `forced`. A result whose status the activity already has changes nothing.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE).
         */
        post: operations["createTaskResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List results
         * @description Results matching every given filter, newest `occurredAt` first. The occurred window is inclusive.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["listActivityResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a result
         * @description One result with its task details and payloads as submitted.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER).
         */
        get: operations["getActivityResult"];
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
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNKNOWN_ATTRIBUTE_KEY" | "INVALID_ACTIVITY_STATE" | "COMMERCE_MISMATCH" | "UNAUTHENTICATED" | "TENANT_ACCESS_DENIED" | "PERMISSION_DENIED" | "ENDPOINT_NOT_FOUND" | "TENANT_NOT_FOUND" | "ACTIVITY_NOT_FOUND" | "COMMERCE_NOT_FOUND" | "ROUTE_NOT_FOUND" | "OPERATOR_NOT_FOUND" | "RESULT_NOT_FOUND" | "DISPATCH_PROVIDER_NOT_FOUND" | "DISPATCH_CONFIG_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "IDEMPOTENCY_KEY_CONFLICT" | "TENANT_SLUG_CONFLICT" | "TAX_ID_CONFLICT" | "OPERATOR_CONFLICT" | "RESOURCE_CONFLICT" | "INVALID_STATUS_TRANSITION" | "STALE_RESULT" | "DISPATCH_IN_PROGRESS" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL_ERROR" | "PROVIDER_FAILED" | "SERVICE_UNAVAILABLE";
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
        SyncCommercesResult: {
            /**
             * @description Commerces created
             * @example 1
             */
            created: number;
            /**
             * @description Commerces that already existed and were updated
             * @example 1
             */
            updated: number;
            /**
             * @description Items in the request
             * @example 2
             */
            total: number;
            /** @description One entry per item, in request order */
            items: {
                /**
                 * Format: uuid
                 * @description Commerce id
                 * @example 880e8400-e29b-41d4-a716-446655440000
                 */
                id: string;
                /**
                 * @description The item’s `external_id`
                 * @example COM-001
                 */
                externalId: string;
                /**
                 * @description What the sync did
                 * @example CREATED
                 * @enum {string}
                 */
                result: "CREATED" | "UPDATED";
            }[];
        };
        SyncCommercesBody: {
            /** @description Commerces to create or update (1 to 500) */
            items: components["schemas"]["CommerceSyncItem"][];
        };
        CommerceSyncItem: {
            /**
             * @description The commerce's id in the tenant's system: the match key
             * @example COM-001
             */
            external_id: string;
            /**
             * @description Display name
             * @example Almacén Don Pepe
             */
            name: string;
            /**
             * @description An id shared across tenants or systems
             * @example GLOBAL-001
             */
            global_external_id?: string | null;
            /**
             * @description Tax id; unique in the tenant
             * @example 76.123.456-7
             */
            tax_id?: string | null;
            /**
             * @description Free-form data; when given, it replaces the stored metadata
             * @example {
             *       "segment": "gold",
             *       "zone": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description When given, the commerce's addresses become exactly this list */
            addresses?: components["schemas"]["CommerceAddressInput"][];
            /** @description Users to create or update by `external_id`; users not listed are kept */
            users?: components["schemas"]["CommerceUserInput"][];
        };
        CommerceAddressInput: {
            /**
             * @description Name of the address
             * @example Main store
             */
            address_alias?: string | null;
            /**
             * @description Primary address (default false)
             * @example true
             */
            is_primary?: boolean;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example CL
             */
            country_code?: string | null;
            /**
             * @description Region or state
             * @example Metropolitana
             */
            region?: string | null;
            /**
             * @description Commune or district
             * @example Providencia
             */
            commune?: string | null;
            /**
             * @description City
             * @example Santiago
             */
            city?: string | null;
            /**
             * @description Street
             * @example Av. Providencia
             */
            street?: string | null;
            /**
             * @description Street number
             * @example 1234
             */
            street_number?: string | null;
            /**
             * @description Unit, floor or apartment
             * @example Local 5
             */
            unit?: string | null;
            /**
             * @description The full address as one line
             * @example Av. Providencia 1234, Santiago
             */
            formatted_address?: string | null;
            /**
             * @description Latitude
             * @example -33.4263
             */
            latitude?: number | null;
            /**
             * @description Longitude
             * @example -70.6109
             */
            longitude?: number | null;
            /**
             * @description The address id in the source system
             * @example ADDR-77
             */
            source_ref?: string | null;
        };
        CommerceUserInput: {
            /**
             * @description The user's id in the tenant's system; unique within the commerce
             * @example USR-001
             */
            external_id: string;
            /**
             * @description Full name; the first word becomes `firstName`, the rest `lastName`
             * @example José Pérez
             */
            name?: string;
            /**
             * @description The user's roles; when given, they replace the stored ones
             * @example [
             *       "OWNER"
             *     ]
             */
            roles?: ("OWNER" | "ORDERS" | "FINANCE" | "ATTENTION" | "ADMIN" | "COMMERCE_REP" | "OTHER")[];
            /** @description When given, the user's contacts become exactly this list */
            contacts?: components["schemas"]["CommerceContactInput"][];
        };
        CommerceContactInput: {
            /**
             * @description Kind of contact
             * @example WHATSAPP
             * @enum {string}
             */
            contact_type: "EMAIL" | "PHONE" | "WHATSAPP" | "OTHER";
            /**
             * @description EMAIL: an e-mail address; PHONE and WHATSAPP: E.164 (`+` and 7 to 15 digits); OTHER: any text
             * @example +56912345678
             */
            value: string;
            /**
             * @description Primary contact of its type (default false)
             * @example true
             */
            is_primary?: boolean;
        };
        CommerceList: {
            data: components["schemas"]["Commerce"][];
            meta: components["schemas"]["PageMeta"];
        };
        Commerce: {
            /**
             * Format: uuid
             * @description Commerce id
             * @example 880e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description Display name
             * @example Almacén Don Pepe
             */
            name: string;
            /**
             * @description The id in the tenant's system; unique in the tenant
             * @example COM-001
             */
            externalId: string;
            /**
             * @description An id shared across tenants or systems, if any
             * @example GLOBAL-001
             */
            globalExternalId: string | null;
            /**
             * @description Tax id; unique in the tenant
             * @example 76.123.456-7
             */
            taxId: string | null;
            /**
             * @description Whether the commerce is active
             * @example true
             */
            isActive: boolean;
            /**
             * @description Created on the fly from a reference to an unknown external id; a sync makes it a real one
             * @example false
             */
            isPlaceholder: boolean;
            /**
             * @description Free-form data of the tenant
             * @example {
             *       "segment": "gold",
             *       "zone": "north"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
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
        PageMeta: {
            /**
             * @description This page
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 25
             */
            limit: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 42
             */
            total: number;
            /**
             * @description Pages at this limit (0 when nothing matches)
             * @example 2
             */
            totalPages: number;
        };
        CommerceDetail: components["schemas"]["Commerce"] & {
            /** @description Addresses, the primary first */
            addresses: components["schemas"]["CommerceAddress"][];
            /** @description People of the commerce */
            users: components["schemas"]["CommerceUser"][];
        };
        CommerceAddress: {
            /**
             * Format: uuid
             * @description Address id
             * @example 0193a0b2-6c1e-7f00-8000-2a2b3c4d5e6f
             */
            id: string;
            /**
             * @description Name of the address
             * @example Main store
             */
            addressAlias: string | null;
            /**
             * @description Street
             * @example Av. Providencia
             */
            street: string | null;
            /**
             * @description Street number
             * @example 1234
             */
            streetNumber: string | null;
            /**
             * @description Unit, floor or apartment
             * @example Local 5
             */
            unit: string | null;
            /**
             * @description City
             * @example Santiago
             */
            city: string | null;
            /**
             * @description Commune or district
             * @example Providencia
             */
            commune: string | null;
            /**
             * @description Region or state
             * @example Metropolitana
             */
            region: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example CL
             */
            countryCode: string | null;
            /**
             * @description The full address as one line
             * @example Av. Providencia 1234, Local 5, Santiago
             */
            formattedAddress: string | null;
            /**
             * @description Latitude in degrees
             * @example -33.4263
             */
            latitude: number | null;
            /**
             * @description Longitude in degrees
             * @example -70.6109
             */
            longitude: number | null;
            /**
             * @description Whether it is the commerce's primary address
             * @example true
             */
            isPrimary: boolean;
            /**
             * @description Whether the address is active
             * @example true
             */
            isActive: boolean;
        };
        CommerceUser: {
            /**
             * Format: uuid
             * @description Commerce user id
             * @example 0193a0b2-6c1e-7f00-8000-4a2b3c4d5e6f
             */
            id: string;
            /**
             * @description The id in the tenant's system
             * @example USR-001
             */
            externalId: string | null;
            /**
             * @description First word of the name
             * @example José
             */
            firstName: string;
            /**
             * @description The rest of the name, if any
             * @example Pérez
             */
            lastName: string | null;
            /**
             * @description Whether the user is active
             * @example true
             */
            isActive: boolean;
            /** @description What the user does for the commerce */
            roles: {
                /**
                 * @description Role
                 * @example OWNER
                 * @enum {string}
                 */
                role: "OWNER" | "ORDERS" | "FINANCE" | "ATTENTION" | "ADMIN" | "COMMERCE_REP" | "OTHER";
            }[];
            /** @description How to reach the user */
            contacts: components["schemas"]["CommerceContact"][];
        };
        CommerceContact: {
            /**
             * Format: uuid
             * @description Contact id
             * @example 0193a0b2-6c1e-7f00-8000-3a2b3c4d5e6f
             */
            id: string;
            /**
             * @description Kind of contact
             * @example WHATSAPP
             * @enum {string}
             */
            type: "EMAIL" | "PHONE" | "WHATSAPP" | "OTHER";
            /**
             * @description E-mail address, E.164 phone number or free text
             * @example +56912345678
             */
            value: string;
            /**
             * @description Whether it is the primary contact of its type
             * @example true
             */
            isPrimary: boolean;
            /**
             * @description Whether the contact is active
             * @example true
             */
            isActive: boolean;
        };
        UpdateCommerceBody: {
            /**
             * @description Display name
             * @example Almacén Don Pepe
             */
            name?: string;
            /**
             * @description Tax id, unique in the tenant; `null` clears it
             * @example 76.123.456-7
             */
            tax_id?: string | null;
            /**
             * @description Global external id; `null` clears it
             * @example GLOBAL-001
             */
            global_external_id?: string | null;
            /**
             * @description Activate or deactivate
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Merged into the stored metadata: keys given are set, keys not given are kept
             * @example {
             *       "segment": "gold",
             *       "zone": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        Operator: {
            /**
             * Format: uuid
             * @description Operator id
             * @example cc0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description Full name, as written
             * @example Ana María Pérez
             */
            name: string;
            /**
             * @description The first word of `name`
             * @example Ana
             */
            firstName: string;
            /**
             * @description The rest of `name`, if any
             * @example María Pérez
             */
            lastName: string | null;
            /**
             * @description E-mail, lower-cased; unique in the tenant
             * @example ana@example.com
             */
            email: string | null;
            /**
             * @description Phone number
             * @example +56912345678
             */
            phone: string | null;
            /**
             * @description What the operator does
             * @example SALESMAN
             * @enum {string}
             */
            type: "SALESMAN" | "ACTIVATOR" | "CALLCENTER";
            /**
             * @description The id in the tenant's system; unique per type in the tenant
             * @example SLS-001
             */
            externalId: string | null;
            /**
             * @description Whether the operator is active
             * @example true
             */
            isActive: boolean;
            /**
             * @description Created from a reference rather than from the source system; a sync makes it a real one
             * @example false
             */
            isPlaceholder: boolean;
            /**
             * @description Free-form data of the tenant
             * @example {
             *       "team": "north"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
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
        CreateOperatorBody: {
            /**
             * @description What the operator does
             * @example SALESMAN
             * @enum {string}
             */
            type: "SALESMAN" | "ACTIVATOR" | "CALLCENTER";
            /**
             * @description Full name; read back whole as `name` and split as `firstName` / `lastName`
             * @example Ana María Pérez
             */
            name: string;
            /**
             * Format: email
             * @description E-mail; unique in the tenant
             * @example ana@example.com
             */
            email?: string | null;
            /**
             * @description Phone number
             * @example +56912345678
             */
            phone?: string | null;
            /**
             * @description The id in the tenant's system; unique per type in the tenant
             * @example SLS-001
             */
            external_id?: string;
            /**
             * @description Mark as a placeholder (default false)
             * @example false
             */
            is_placeholder?: boolean;
            /**
             * @description Free-form data
             * @example {
             *       "team": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        SyncOperatorsResult: {
            /**
             * @description Operators created
             * @example 1
             */
            created: number;
            /**
             * @description Operators that already existed and were updated
             * @example 1
             */
            updated: number;
            /**
             * @description Items in the request
             * @example 2
             */
            total: number;
        };
        SyncOperatorsBody: {
            /** @description Operators to create or update (1 to 500) */
            items: components["schemas"]["OperatorSyncItem"][];
        };
        OperatorSyncItem: {
            /**
             * @description The id in the tenant's system; with `type`, the match key
             * @example SLS-001
             */
            external_id: string;
            /**
             * @description What the operator does; with `external_id`, the match key
             * @example SALESMAN
             * @enum {string}
             */
            type: "SALESMAN" | "ACTIVATOR" | "CALLCENTER";
            /**
             * @description Full name; read back whole as `name` and split as `firstName` / `lastName`
             * @example Ana María Pérez
             */
            name: string;
            /**
             * Format: email
             * @description E-mail; unique in the tenant
             * @example ana@example.com
             */
            email?: string | null;
            /**
             * @description Phone number
             * @example +56912345678
             */
            phone?: string | null;
            /**
             * @description Free-form data; when given, it replaces the stored metadata
             * @example {
             *       "team": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        OperatorList: {
            data: components["schemas"]["Operator"][];
            meta: components["schemas"]["PageMeta"];
        };
        UpdateOperatorBody: {
            /**
             * @description Full name; read back whole as `name` and split as `firstName` / `lastName`
             * @example Ana María Pérez
             */
            name?: string;
            /**
             * Format: email
             * @description E-mail; unique in the tenant
             * @example ana@example.com
             */
            email?: string | null;
            /**
             * @description Phone number
             * @example +56912345678
             */
            phone?: string | null;
            /**
             * @description Activate or deactivate
             * @example false
             */
            is_active?: boolean;
            /**
             * @description Merged into the stored metadata: keys given are set, keys not given are kept
             * @example {
             *       "team": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        Route: {
            /**
             * Format: uuid
             * @description Route id
             * @example dd0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description Display name
             * @example North route
             */
            name: string;
            /**
             * @description The id in the tenant's system; unique in the tenant
             * @example R-100
             */
            externalId: string | null;
            /**
             * @description Free text
             * @example Mon/Wed/Fri, north side
             */
            description: string | null;
            /**
             * @description Whether the route is active
             * @example true
             */
            isActive: boolean;
            /**
             * @description Free-form data of the tenant
             * @example {
             *       "zone": "north"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
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
        CreateRouteBody: {
            /**
             * @description Display name
             * @example North route
             */
            name: string;
            /**
             * @description The id in the tenant's system; unique in the tenant
             * @example R-100
             */
            external_id?: string | null;
            /**
             * @description Free text
             * @example Mon/Wed/Fri, north side
             */
            description?: string | null;
            /**
             * @description Active or not (default true)
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Free-form data
             * @example {
             *       "zone": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        RouteList: {
            data: components["schemas"]["Route"][];
            meta: components["schemas"]["PageMeta"];
        };
        RouteDetail: components["schemas"]["Route"] & {
            /** @description Operators linked to the route, by name */
            operators: {
                /**
                 * Format: uuid
                 * @description Operator id
                 * @example cc0e8400-e29b-41d4-a716-446655440000
                 */
                operatorId: string;
                /**
                 * @description The operator's role on the route
                 * @example LEAD
                 * @enum {string}
                 */
                role: "LEAD" | "MEMBER";
                /**
                 * @description Whether the link is active
                 * @example true
                 */
                isActive: boolean;
                /** @description The linked operator */
                operator: {
                    /**
                     * @description The operator's name
                     * @example Ana María Pérez
                     */
                    name: string;
                    /**
                     * @description The operator's type
                     * @example SALESMAN
                     * @enum {string}
                     */
                    type: "SALESMAN" | "ACTIVATOR" | "CALLCENTER";
                };
            }[];
        };
        UpdateRouteBody: {
            /**
             * @description Display name
             * @example North route
             */
            name?: string;
            /**
             * @description The id in the tenant's system; unique in the tenant
             * @example R-100
             */
            external_id?: string | null;
            /**
             * @description Free text
             * @example Mon/Wed/Fri, north side
             */
            description?: string | null;
            /**
             * @description Active or not (default true)
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Merged into the stored metadata: keys given are set, keys not given are kept
             * @example {
             *       "zone": "north"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        RouteOperatorLink: {
            /**
             * Format: uuid
             * @description Route id
             * @example dd0e8400-e29b-41d4-a716-446655440000
             */
            routeId: string;
            /**
             * Format: uuid
             * @description Operator id
             * @example cc0e8400-e29b-41d4-a716-446655440000
             */
            operatorId: string;
            /**
             * @description The operator's role on the route
             * @example LEAD
             * @enum {string}
             */
            role: "LEAD" | "MEMBER";
            /**
             * @description Whether the link is active
             * @example true
             */
            isActive: boolean;
        };
        LinkRouteOperatorBody: {
            /**
             * Format: uuid
             * @description The operator to link
             * @example cc0e8400-e29b-41d4-a716-446655440000
             */
            operator_id: string;
            /**
             * @description Role on the route: MEMBER for a new link when not given; an existing link keeps its role
             * @example LEAD
             * @enum {string}
             */
            role?: "LEAD" | "MEMBER";
        };
        Activity: {
            /**
             * Format: uuid
             * @description Activity id
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description TASK or MESSAGE
             * @example MESSAGE
             * @enum {string}
             */
            type: "TASK" | "MESSAGE";
            /**
             * @description How the activity reaches the commerce
             * @example WHATSAPP
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * @description Lifecycle status
             * @example READY
             * @enum {string}
             */
            status: "READY" | "UNRESOLVED" | "DISPATCHED" | "COMPLETED" | "CANCELED" | "FAILED";
            /**
             * @description Why the activity exists
             * @example Monthly promotion
             */
            reason: string;
            /**
             * @description The creation key, unique per tenant
             * @example msg-2025-01-15-001
             */
            idempotencyKey: string;
            /**
             * Format: date-time
             * @description When it should be executed
             * @example 2025-01-16T09:00:00.000Z
             */
            scheduledAt: string;
            /**
             * Format: date-time
             * @description Suggested time for execution
             * @example null
             */
            suggestedExecutionTime: string | null;
            /**
             * @description User status context
             * @example null
             */
            userStatus: string | null;
            /**
             * @description Priority score
             * @example null
             */
            score: number | null;
            commerceAssignment: components["schemas"]["CommerceAssignment"];
            taskDetails: components["schemas"]["TaskDetails"];
            /** @description Per-activity target criteria override */
            targetCriteria: components["schemas"]["TargetCriterion"][] | null;
            /**
             * @description The dispatch provider's id for it
             * @example null
             */
            providerActivityId: string | null;
            /**
             * @description Dispatch attempts so far
             * @example 0
             */
            dispatchAttemptCount: number;
            /**
             * Format: date-time
             * @description When it was created
             * @example 2025-01-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed
             * @example 2025-01-15T10:30:00.000Z
             */
            updatedAt: string;
        };
        CommerceAssignment: {
            /**
             * Format: uuid
             * @description The assigned commerce
             * @example 880e8400-e29b-41d4-a716-446655440000
             */
            commerceId: string;
            /**
             * @description Why it was chosen
             * @example null
             */
            assignmentReason: string | null;
            /** @description The commerce, as it is now */
            commerce: {
                /**
                 * @description Commerce name
                 * @example Main Street Store
                 */
                name: string;
                /**
                 * @description The commerce's external id
                 * @example store-001
                 */
                externalId: string;
            };
        };
        /** @description Route and operator, for TASKs; null for MESSAGEs */
        TaskDetails: {
            /**
             * Format: uuid
             * @description Assigned route
             * @example dd0e8400-e29b-41d4-a716-446655440000
             */
            assignedRouteId: string | null;
            /**
             * Format: uuid
             * @description Assigned operator
             * @example cc0e8400-e29b-41d4-a716-446655440000
             */
            assignedOperatorId: string | null;
        } | null;
        TargetCriterion: {
            /**
             * @description Criterion type
             * @example ROLE_MATCH
             * @enum {string}
             */
            type: "ROLE_MATCH" | "LAST_CONTACTED_ALL_CHANNELS" | "LAST_CONTACTED_SAME_CHANNEL";
            /**
             * @description Criterion settings, e.g. `{ "role": "COMMERCE_REP" }`
             * @example {
             *       "role": "COMMERCE_REP"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description Lower is tried first
             * @example 0
             */
            priority?: number;
        };
        CreateActivityBody: {
            /**
             * @description TASK or MESSAGE
             * @example MESSAGE
             * @enum {string}
             */
            type: "TASK" | "MESSAGE";
            /**
             * @description Why the activity exists
             * @example Monthly promotion
             */
            reason: string;
            /**
             * @description How the activity reaches the commerce
             * @example WHATSAPP
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * Format: uuid
             * @description The commerce it is assigned to (in this tenant)
             * @example 880e8400-e29b-41d4-a716-446655440000
             */
            commerce_id: string;
            /**
             * @description Unique per tenant: a second create with the same key answers 409 with the existing `activityId`
             * @example msg-2025-01-15-001
             */
            idempotency_key: string;
            /**
             * Format: date-time
             * @description When it should be executed
             * @example 2025-01-16T09:00:00.000Z
             */
            scheduled_at: string;
            /**
             * Format: date-time
             * @description Suggested time for execution
             * @example 2025-01-16T10:00:00.000Z
             */
            suggested_execution_time?: string;
            /**
             * @description Caller-defined user status context
             * @example at_risk
             */
            user_status?: string;
            /**
             * @description Priority score
             * @example 80
             */
            score?: number;
            /**
             * @description Why the commerce was chosen
             * @example Sales dropped 20% month over month
             */
            assignment_reason?: string;
            /** @description Overrides the tenant's target-resolution criteria for this activity */
            target_criteria?: components["schemas"]["TargetCriterion"][];
            /**
             * @description Catalog keys to resolve (unknown keys are 400)
             * @example [
             *       "commerce_info"
             *     ]
             */
            attribute_keys?: string[];
            /** @description Caller-provided attribute values; they win over `attribute_keys` for the same key */
            attributes?: components["schemas"]["CallerAttribute"][];
        };
        CallerAttribute: {
            /**
             * @description An attribute key of the catalog
             * @example promotions
             */
            key: string;
            /**
             * @description The value (any JSON). Given: the attribute is RESOLVED as CALLER_PROVIDED
             * @example [
             *       {
             *         "sku": "A-1",
             *         "discount": 0.1
             *       }
             *     ]
             */
            value?: unknown;
            /**
             * @description Used, with status FALLBACK, when no `value` is given and resolution fails
             * @example []
             */
            fallback?: unknown;
        };
        CreateTaskBody: {
            /**
             * @description Why the activity exists
             * @example Monthly promotion
             */
            reason: string;
            /**
             * @description How the activity reaches the commerce
             * @example SALESMAN
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * Format: uuid
             * @description The commerce it is assigned to (in this tenant)
             * @example 880e8400-e29b-41d4-a716-446655440000
             */
            commerce_id: string;
            /**
             * @description Unique per tenant: a second create with the same key answers 409 with the existing `activityId`
             * @example msg-2025-01-15-001
             */
            idempotency_key: string;
            /**
             * Format: date-time
             * @description When it should be executed
             * @example 2025-01-16T09:00:00.000Z
             */
            scheduled_at: string;
            /**
             * Format: date-time
             * @description Suggested time for execution
             * @example 2025-01-16T10:00:00.000Z
             */
            suggested_execution_time?: string;
            /**
             * @description Caller-defined user status context
             * @example at_risk
             */
            user_status?: string;
            /**
             * @description Priority score
             * @example 80
             */
            score?: number;
            /**
             * @description Why the commerce was chosen
             * @example Sales dropped 20% month over month
             */
            assignment_reason?: string;
            /** @description Overrides the tenant's target-resolution criteria for this activity */
            target_criteria?: components["schemas"]["TargetCriterion"][];
            /**
             * @description Catalog keys to resolve (unknown keys are 400)
             * @example [
             *       "commerce_info"
             *     ]
             */
            attribute_keys?: string[];
            /** @description Caller-provided attribute values; they win over `attribute_keys` for the same key */
            attributes?: components["schemas"]["CallerAttribute"][];
            /**
             * Format: uuid
             * @description The route (in this tenant)
             * @example dd0e8400-e29b-41d4-a716-446655440000
             */
            assigned_route_id: string;
            /**
             * Format: uuid
             * @description The operator (in this tenant)
             * @example cc0e8400-e29b-41d4-a716-446655440000
             */
            assigned_operator_id: string;
        };
        ActivityPage: {
            data: components["schemas"]["Activity"][];
            meta: components["schemas"]["PageMeta"];
        };
        StatusEvent: {
            /**
             * Format: uuid
             * @description Event id
             * @example ff0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * Format: uuid
             * @description The activity
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activityId: string;
            /**
             * @description What happened
             * @example CREATED
             * @enum {string}
             */
            eventType: "CREATED" | "CREATION_FAILED" | "DISPATCH_ATTEMPT" | "DISPATCH_SUCCESS" | "DISPATCH_FAILED" | "COMPLETED" | "CANCELED" | "FAILED" | "RESOLUTION_FAILED" | "RESOLUTION_RETRY_SUCCESS" | "RESOLUTION_RETRY_FAILED";
            /**
             * @description Status before (null at creation)
             * @example null
             * @enum {string|null}
             */
            fromStatus: "READY" | "UNRESOLVED" | "DISPATCHED" | "COMPLETED" | "CANCELED" | "FAILED" | null;
            /**
             * @description Status after
             * @example READY
             * @enum {string|null}
             */
            toStatus: "READY" | "UNRESOLVED" | "DISPATCHED" | "COMPLETED" | "CANCELED" | "FAILED" | null;
            /**
             * @description Machine code of a failure
             * @example null
             */
            errorCode: string | null;
            /**
             * @description What failed
             * @example null
             */
            errorMessage: string | null;
            /**
             * @description Why, when given (e.g. a cancel reason)
             * @example null
             */
            reason: string | null;
            /**
             * @description True when a `hard_override` result forced a change the state machine forbids
             * @example false
             */
            forced: boolean;
            /**
             * Format: date-time
             * @description When it happened
             * @example 2025-01-15T10:30:00.000Z
             */
            occurredAt: string;
        };
        ActivityAttribute: {
            /**
             * Format: uuid
             * @description Attribute record id
             * @example ff0e8400-e29b-41d4-a716-446655440001
             */
            id: string;
            /**
             * Format: uuid
             * @description Parent activity id
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activityId: string;
            /**
             * Format: uuid
             * @description The global attribute key
             * @example ab0e8400-e29b-41d4-a716-446655440000
             */
            attributeKeyId: string;
            /**
             * @description Resolved value (any JSON), or null if not resolved
             * @example {
             *       "name": "Main Street Store",
             *       "taxId": "12345678-9",
             *       "address": "123 Main St"
             *     }
             */
            value?: unknown;
            /**
             * @description PENDING, RESOLVED, FAILED or FALLBACK
             * @example RESOLVED
             * @enum {string}
             */
            resolutionStatus: "PENDING" | "RESOLVED" | "FAILED" | "FALLBACK";
            /**
             * @description Who resolved it
             * @example INTERNAL_SERVICE
             * @enum {string|null}
             */
            resolverType: "INTERNAL_SERVICE" | "CLIENT_HOOK" | "CALLER_PROVIDED" | null;
            /**
             * Format: date-time
             * @description When it was resolved
             * @example 2025-01-16T09:01:00.000Z
             */
            resolvedAt: string | null;
            /**
             * @description Why resolution failed
             * @example null
             */
            errorMessage: string | null;
            /**
             * Format: date-time
             * @description When it was created
             * @example 2025-01-16T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed
             * @example 2025-01-16T09:01:00.000Z
             */
            updatedAt: string;
        };
        CancelActivityBody: {
            /**
             * @description Why it is canceled (kept on the CANCELED event)
             * @example Commerce closed for renovation
             */
            reason?: string;
        };
        ActivityResult: {
            /**
             * Format: uuid
             * @description Result id
             * @example 770e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * Format: uuid
             * @description The matched activity (null when STANDALONE)
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activityId: string | null;
            /**
             * @description The provider's activity id
             * @example ext-123
             */
            providerActivityId: string | null;
            /**
             * Format: uuid
             * @description The commerce
             * @example 880e8400-e29b-41d4-a716-446655440000
             */
            commerceId: string;
            /**
             * @description RETEN_ACTIVITY when it matched an activity, STANDALONE otherwise
             * @example RETEN_ACTIVITY
             * @enum {string}
             */
            source: "RETEN_ACTIVITY" | "STANDALONE";
            /**
             * @description PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it
             * @example COMPLETED
             * @enum {string}
             */
            resultStatus: "PENDING" | "COMPLETED" | "NOT_EXECUTED" | "CANCELED" | "TRANSFERRED";
            /**
             * @description Provider-specific status
             * @example null
             */
            externalStatus: string | null;
            /**
             * Format: date-time
             * @description When it happened
             * @example 2025-01-16T14:30:00.000Z
             */
            occurredAt: string;
            taskDetails: components["schemas"]["TaskResultDetails"];
            /**
             * @description The raw provider payload as given
             * @example null
             */
            rawPayload: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Whether the last submission asked for `hard_override`
             * @example false
             */
            hardOverride: boolean;
            /**
             * Format: date-time
             * @description First submission
             * @example 2025-01-16T14:30:05.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last accepted submission
             * @example 2025-01-16T14:30:05.000Z
             */
            updatedAt: string;
        };
        TaskResultDetails: {
            /**
             * @description Result type code
             * @example success
             */
            result: string;
            /**
             * @description Free text
             * @example Order placed successfully
             */
            comment: string | null;
            /**
             * @description Who started the contact
             * @example OUTBOUND
             * @enum {string|null}
             */
            contactType: "INBOUND" | "OUTBOUND" | null;
            /**
             * @description The operator's external id
             * @example null
             */
            operatorExternalId: string | null;
            /**
             * Format: date-time
             * @description Suggested follow-up date
             * @example null
             */
            futureScheduledAt: string | null;
            /**
             * @description Task-specific data as given
             * @example null
             */
            payload: {
                [key: string]: unknown;
            } | null;
        };
        CreateTaskResultBody: {
            /**
             * Format: uuid
             * @description The Reten activity; wins over `provider_activity_id`. One of the two is required
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activity_id?: string;
            /**
             * @description The provider's activity id; matches an activity that carries it, else the result is STANDALONE
             * @example ext-123
             */
            provider_activity_id?: string;
            /**
             * @description The commerce's external id; must be the matched activity's commerce. Unknown on a standalone result: a placeholder commerce is created
             * @example store-001
             */
            commerce_external_id: string;
            /**
             * Format: date-time
             * @description When it happened (provider clock)
             * @example 2025-01-16T14:30:00.000Z
             */
            occurred_at: string;
            /**
             * @description PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it
             * @example COMPLETED
             * @enum {string}
             */
            status: "PENDING" | "COMPLETED" | "NOT_EXECUTED" | "CANCELED" | "TRANSFERRED";
            /**
             * @description Provider-specific status
             * @example DONE
             */
            external_status?: string;
            /**
             * @description Apply a status change the state machine forbids (recorded as `forced` on the event)
             * @example false
             */
            hard_override?: boolean;
            /**
             * @description The raw provider payload, stored and returned as given
             * @example {
             *       "source": "yom"
             *     }
             */
            raw_payload?: {
                [key: string]: unknown;
            };
            task_result: components["schemas"]["TaskResultInput"];
        };
        TaskResultInput: {
            /**
             * @description Result type code
             * @example success
             */
            result: string;
            /**
             * @description Free text
             * @example Order placed successfully
             */
            comment?: string;
            /**
             * @description Who started the contact
             * @example OUTBOUND
             * @enum {string}
             */
            contact_type?: "INBOUND" | "OUTBOUND";
            /**
             * @description The operator's external id
             * @example op-77
             */
            operator_external_id?: string;
            /**
             * Format: date-time
             * @description Suggested date for a follow-up
             * @example 2025-02-01T09:00:00.000Z
             */
            future_scheduled_at?: string;
            /**
             * @description Task-specific data, stored and returned as given
             * @example {
             *       "orderId": "SO-1001"
             *     }
             */
            payload?: {
                [key: string]: unknown;
            };
        };
        ActivityResultPage: {
            data: components["schemas"]["ActivityResult"][];
            meta: components["schemas"]["PageMeta"];
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
    syncCommerces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The commerces */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "external_id": "COM-001",
                 *           "name": "Almacén Don Pepe",
                 *           "tax_id": "76.123.456-7",
                 *           "metadata": {
                 *             "segment": "gold"
                 *           },
                 *           "addresses": [
                 *             {
                 *               "street": "Av. Providencia",
                 *               "street_number": "1234",
                 *               "city": "Santiago",
                 *               "is_primary": true
                 *             }
                 *           ],
                 *           "users": [
                 *             {
                 *               "external_id": "USR-001",
                 *               "name": "José Pérez",
                 *               "roles": [
                 *                 "OWNER"
                 *               ],
                 *               "contacts": [
                 *                 {
                 *                   "contact_type": "WHATSAPP",
                 *                   "value": "+56912345678",
                 *                   "is_primary": true
                 *                 }
                 *               ]
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SyncCommercesBody"];
            };
        };
        responses: {
            /** @description What the sync did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created": 1,
                     *       "updated": 0,
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "id": "880e8400-e29b-41d4-a716-446655440000",
                     *           "externalId": "COM-001",
                     *           "result": "CREATED"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncCommercesResult"];
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
            /** @description Another commerce of the tenant has this `tax_id` (`TAX_ID_CONFLICT`) */
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
    listCommerces: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (default 25, max 100) */
                per_page?: number;
                /** @description Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given */
                limit?: number;
                /** @description Part of the name or external id; case- and accent-insensitive */
                search?: string;
                /** @description Exact external id */
                external_id?: string;
                /** @description Exact global external id */
                global_external_id?: string;
                /** @description Only active (`true`) or inactive (`false`) commerces */
                is_active?: "true" | "false";
                /** @description Only placeholders (`true`) or real commerces (`false`) */
                is_placeholder?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of commerces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "880e8400-e29b-41d4-a716-446655440000",
                     *           "name": "Almacén Don Pepe",
                     *           "externalId": "COM-001",
                     *           "globalExternalId": "GLOBAL-001",
                     *           "taxId": "76.123.456-7",
                     *           "isActive": true,
                     *           "isPlaceholder": false,
                     *           "metadata": {
                     *             "segment": "gold"
                     *           },
                     *           "createdAt": "2025-01-16T09:00:00.000Z",
                     *           "updatedAt": "2025-01-16T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "page": 1,
                     *         "limit": 25,
                     *         "total": 1,
                     *         "totalPages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CommerceList"];
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
    getCommerce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Commerce id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commerce */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "880e8400-e29b-41d4-a716-446655440000",
                     *       "name": "Almacén Don Pepe",
                     *       "externalId": "COM-001",
                     *       "globalExternalId": "GLOBAL-001",
                     *       "taxId": "76.123.456-7",
                     *       "isActive": true,
                     *       "isPlaceholder": false,
                     *       "metadata": {
                     *         "segment": "gold"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z",
                     *       "addresses": [
                     *         {
                     *           "id": "0193a0b2-6c1e-7f00-8000-2a2b3c4d5e6f",
                     *           "addressAlias": "Main store",
                     *           "street": "Av. Providencia",
                     *           "streetNumber": "1234",
                     *           "unit": null,
                     *           "city": "Santiago",
                     *           "commune": "Providencia",
                     *           "region": "Metropolitana",
                     *           "countryCode": "CL",
                     *           "formattedAddress": null,
                     *           "latitude": -33.4263,
                     *           "longitude": -70.6109,
                     *           "isPrimary": true,
                     *           "isActive": true
                     *         }
                     *       ],
                     *       "users": [
                     *         {
                     *           "id": "0193a0b2-6c1e-7f00-8000-4a2b3c4d5e6f",
                     *           "externalId": "USR-001",
                     *           "firstName": "José",
                     *           "lastName": "Pérez",
                     *           "isActive": true,
                     *           "roles": [
                     *             {
                     *               "role": "OWNER"
                     *             }
                     *           ],
                     *           "contacts": [
                     *             {
                     *               "id": "0193a0b2-6c1e-7f00-8000-3a2b3c4d5e6f",
                     *               "type": "WHATSAPP",
                     *               "value": "+56912345678",
                     *               "isPrimary": true,
                     *               "isActive": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CommerceDetail"];
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
            /** @description No commerce has this id in this tenant (`COMMERCE_NOT_FOUND`), or the tenant does not exist */
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
    updateCommerce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Commerce id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Almacén Don Pepe Ltda.",
                 *       "metadata": {
                 *         "segment": "platinum"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCommerceBody"];
            };
        };
        responses: {
            /** @description The updated commerce */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "880e8400-e29b-41d4-a716-446655440000",
                     *       "name": "Almacén Don Pepe",
                     *       "externalId": "COM-001",
                     *       "globalExternalId": "GLOBAL-001",
                     *       "taxId": "76.123.456-7",
                     *       "isActive": true,
                     *       "isPlaceholder": false,
                     *       "metadata": {
                     *         "segment": "gold"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Commerce"];
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
            /** @description No commerce has this id in this tenant (`COMMERCE_NOT_FOUND`), or the tenant does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another commerce of the tenant has this `tax_id` (`TAX_ID_CONFLICT`) */
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
    listOperators: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (default 25, max 100) */
                per_page?: number;
                /** @description Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given */
                limit?: number;
                /** @description Part of the name or e-mail; case- and accent-insensitive */
                search?: string;
                /** @description Only operators of this type */
                type?: "SALESMAN" | "ACTIVATOR" | "CALLCENTER";
                /** @description Only active (`true`) or inactive (`false`) operators */
                is_active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of operators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cc0e8400-e29b-41d4-a716-446655440000",
                     *           "name": "Ana María Pérez",
                     *           "firstName": "Ana",
                     *           "lastName": "María Pérez",
                     *           "email": "ana@example.com",
                     *           "phone": "+56912345678",
                     *           "type": "SALESMAN",
                     *           "externalId": "SLS-001",
                     *           "isActive": true,
                     *           "isPlaceholder": false,
                     *           "metadata": {
                     *             "team": "north"
                     *           },
                     *           "createdAt": "2025-01-16T09:00:00.000Z",
                     *           "updatedAt": "2025-01-16T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "page": 1,
                     *         "limit": 25,
                     *         "total": 1,
                     *         "totalPages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OperatorList"];
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
    createOperator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The operator */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "SALESMAN",
                 *       "name": "Ana María Pérez",
                 *       "email": "ana@example.com",
                 *       "phone": "+56912345678",
                 *       "external_id": "SLS-001",
                 *       "metadata": {
                 *         "team": "north"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateOperatorBody"];
            };
        };
        responses: {
            /** @description The operator was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cc0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "Ana María Pérez",
                     *       "firstName": "Ana",
                     *       "lastName": "María Pérez",
                     *       "email": "ana@example.com",
                     *       "phone": "+56912345678",
                     *       "type": "SALESMAN",
                     *       "externalId": "SLS-001",
                     *       "isActive": true,
                     *       "isPlaceholder": false,
                     *       "metadata": {
                     *         "team": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Operator"];
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
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
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
    syncOperators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The operators */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "external_id": "SLS-001",
                 *           "type": "SALESMAN",
                 *           "name": "Ana María Pérez",
                 *           "email": "ana@example.com"
                 *         },
                 *         {
                 *           "external_id": "CC-007",
                 *           "type": "CALLCENTER",
                 *           "name": "Luis Soto",
                 *           "phone": "+56922222222"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SyncOperatorsBody"];
            };
        };
        responses: {
            /** @description What the sync did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created": 1,
                     *       "updated": 1,
                     *       "total": 2
                     *     }
                     */
                    "application/json": components["schemas"]["SyncOperatorsResult"];
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
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
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
    getOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Operator id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cc0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "Ana María Pérez",
                     *       "firstName": "Ana",
                     *       "lastName": "María Pérez",
                     *       "email": "ana@example.com",
                     *       "phone": "+56912345678",
                     *       "type": "SALESMAN",
                     *       "externalId": "SLS-001",
                     *       "isActive": true,
                     *       "isPlaceholder": false,
                     *       "metadata": {
                     *         "team": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Operator"];
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
            /** @description No operator has this id in this tenant (`OPERATOR_NOT_FOUND`), or the tenant does not exist */
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
    updateOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Operator id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+56933333333",
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOperatorBody"];
            };
        };
        responses: {
            /** @description The updated operator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cc0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "Ana María Pérez",
                     *       "firstName": "Ana",
                     *       "lastName": "María Pérez",
                     *       "email": "ana@example.com",
                     *       "phone": "+56912345678",
                     *       "type": "SALESMAN",
                     *       "externalId": "SLS-001",
                     *       "isActive": true,
                     *       "isPlaceholder": false,
                     *       "metadata": {
                     *         "team": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Operator"];
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
            /** @description No operator has this id in this tenant (`OPERATOR_NOT_FOUND`), or the tenant does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
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
    listRoutes: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (default 25, max 100) */
                per_page?: number;
                /** @description Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given */
                limit?: number;
                /** @description Part of the name or external id; case- and accent-insensitive */
                search?: string;
                /** @description Only active (`true`) or inactive (`false`) routes */
                is_active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of routes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "dd0e8400-e29b-41d4-a716-446655440000",
                     *           "name": "North route",
                     *           "externalId": "R-100",
                     *           "description": "Mon/Wed/Fri, north side",
                     *           "isActive": true,
                     *           "metadata": {
                     *             "zone": "north"
                     *           },
                     *           "createdAt": "2025-01-16T09:00:00.000Z",
                     *           "updatedAt": "2025-01-16T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "page": 1,
                     *         "limit": 25,
                     *         "total": 1,
                     *         "totalPages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RouteList"];
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
    createRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The route */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "North route",
                 *       "external_id": "R-100",
                 *       "description": "Mon/Wed/Fri, north side",
                 *       "metadata": {
                 *         "zone": "north"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRouteBody"];
            };
        };
        responses: {
            /** @description The route was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dd0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "North route",
                     *       "externalId": "R-100",
                     *       "description": "Mon/Wed/Fri, north side",
                     *       "isActive": true,
                     *       "metadata": {
                     *         "zone": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Route"];
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
            /** @description Another route of the tenant has this `external_id` (`RESOURCE_CONFLICT`) */
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
    getRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Route id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dd0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "North route",
                     *       "externalId": "R-100",
                     *       "description": "Mon/Wed/Fri, north side",
                     *       "isActive": true,
                     *       "metadata": {
                     *         "zone": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z",
                     *       "operators": [
                     *         {
                     *           "operatorId": "cc0e8400-e29b-41d4-a716-446655440000",
                     *           "role": "LEAD",
                     *           "isActive": true,
                     *           "operator": {
                     *             "name": "Ana María Pérez",
                     *             "type": "SALESMAN"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RouteDetail"];
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
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`), or the tenant does not exist */
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
    updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Route id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "North route (new)",
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRouteBody"];
            };
        };
        responses: {
            /** @description The updated route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dd0e8400-e29b-41d4-a716-446655440000",
                     *       "name": "North route",
                     *       "externalId": "R-100",
                     *       "description": "Mon/Wed/Fri, north side",
                     *       "isActive": true,
                     *       "metadata": {
                     *         "zone": "north"
                     *       },
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Route"];
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
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`), or the tenant does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another route of the tenant has this `external_id` (`RESOURCE_CONFLICT`) */
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
    linkRouteOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Route id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The operator and its role */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operator_id": "cc0e8400-e29b-41d4-a716-446655440000",
                 *       "role": "LEAD"
                 *     }
                 */
                "application/json": components["schemas"]["LinkRouteOperatorBody"];
            };
        };
        responses: {
            /** @description The link, created or updated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "routeId": "dd0e8400-e29b-41d4-a716-446655440000",
                     *       "operatorId": "cc0e8400-e29b-41d4-a716-446655440000",
                     *       "role": "LEAD",
                     *       "isActive": true
                     *     }
                     */
                    "application/json": components["schemas"]["RouteOperatorLink"];
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
            /** @description No route (`ROUTE_NOT_FOUND`) or no operator (`OPERATOR_NOT_FOUND`) has this id in this tenant, or the tenant does not exist */
            404: {
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
    unlinkRouteOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Route id */
                id: string;
                /** @description Operator id */
                operatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link was deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`), the operator is not linked to it (`OPERATOR_NOT_FOUND`), or the tenant does not exist */
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
    listActivities: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (default 25, max 100) */
                per_page?: number;
                /** @description Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given */
                limit?: number;
                /** @description Lifecycle status */
                status?: "READY" | "UNRESOLVED" | "DISPATCHED" | "COMPLETED" | "CANCELED" | "FAILED";
                /** @description TASK or MESSAGE */
                type?: "TASK" | "MESSAGE";
                /** @description How the activity reaches the commerce */
                channel?: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
                /** @description Only this commerce */
                commerce_id?: string;
                /** @description Scheduled at or after (inclusive) */
                scheduled_from?: string;
                /** @description Scheduled at or before (inclusive) */
                scheduled_to?: string;
                /** @description Case- and accent-insensitive text contained in the reason, the idempotency key, the commerce name or the commerce external id */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *           "type": "MESSAGE",
                     *           "channel": "WHATSAPP",
                     *           "status": "READY",
                     *           "reason": "Monthly promotion",
                     *           "idempotencyKey": "msg-2025-01-15-001",
                     *           "scheduledAt": "2025-01-16T09:00:00.000Z",
                     *           "suggestedExecutionTime": null,
                     *           "userStatus": null,
                     *           "score": null,
                     *           "commerceAssignment": {
                     *             "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *             "assignmentReason": null,
                     *             "commerce": {
                     *               "name": "Main Street Store",
                     *               "externalId": "store-001"
                     *             }
                     *           },
                     *           "taskDetails": null,
                     *           "targetCriteria": null,
                     *           "providerActivityId": null,
                     *           "dispatchAttemptCount": 0,
                     *           "createdAt": "2025-01-15T10:30:00.000Z",
                     *           "updatedAt": "2025-01-15T10:30:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "page": 1,
                     *         "limit": 25,
                     *         "total": 1,
                     *         "totalPages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityPage"];
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
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The activity */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "MESSAGE",
                 *       "reason": "Monthly promotion",
                 *       "channel": "WHATSAPP",
                 *       "commerce_id": "880e8400-e29b-41d4-a716-446655440000",
                 *       "idempotency_key": "msg-2025-01-15-001",
                 *       "scheduled_at": "2025-01-16T09:00:00.000Z",
                 *       "attribute_keys": [
                 *         "commerce_info"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateActivityBody"];
            };
        };
        responses: {
            /** @description The activity was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "type": "MESSAGE",
                     *       "channel": "WHATSAPP",
                     *       "status": "READY",
                     *       "reason": "Monthly promotion",
                     *       "idempotencyKey": "msg-2025-01-15-001",
                     *       "scheduledAt": "2025-01-16T09:00:00.000Z",
                     *       "suggestedExecutionTime": null,
                     *       "userStatus": null,
                     *       "score": null,
                     *       "commerceAssignment": {
                     *         "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *         "assignmentReason": null,
                     *         "commerce": {
                     *           "name": "Main Street Store",
                     *           "externalId": "store-001"
                     *         }
                     *       },
                     *       "taskDetails": null,
                     *       "targetCriteria": null,
                     *       "providerActivityId": null,
                     *       "dispatchAttemptCount": 0,
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description The commerce is not in this tenant (`COMMERCE_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The idempotency key is already used in this tenant (`IDEMPOTENCY_KEY_CONFLICT`); `activityId` names the existing activity */
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
    createTaskActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The task */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Monthly visit",
                 *       "channel": "SALESMAN",
                 *       "commerce_id": "880e8400-e29b-41d4-a716-446655440000",
                 *       "idempotency_key": "task-2025-01-15-001",
                 *       "assigned_route_id": "dd0e8400-e29b-41d4-a716-446655440000",
                 *       "assigned_operator_id": "cc0e8400-e29b-41d4-a716-446655440000",
                 *       "scheduled_at": "2025-01-16T09:00:00.000Z",
                 *       "attribute_keys": [
                 *         "commerce_info",
                 *         "promotions"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskBody"];
            };
        };
        responses: {
            /** @description The task was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "type": "TASK",
                     *       "channel": "SALESMAN",
                     *       "status": "READY",
                     *       "reason": "Monthly visit",
                     *       "idempotencyKey": "task-2025-01-15-001",
                     *       "scheduledAt": "2025-01-16T09:00:00.000Z",
                     *       "suggestedExecutionTime": null,
                     *       "userStatus": null,
                     *       "score": null,
                     *       "commerceAssignment": {
                     *         "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *         "assignmentReason": null,
                     *         "commerce": {
                     *           "name": "Main Street Store",
                     *           "externalId": "store-001"
                     *         }
                     *       },
                     *       "taskDetails": {
                     *         "assignedRouteId": "dd0e8400-e29b-41d4-a716-446655440000",
                     *         "assignedOperatorId": "cc0e8400-e29b-41d4-a716-446655440000"
                     *       },
                     *       "targetCriteria": null,
                     *       "providerActivityId": null,
                     *       "dispatchAttemptCount": 0,
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description The commerce, route or operator is not in this tenant (`COMMERCE_NOT_FOUND`, `ROUTE_NOT_FOUND`, `OPERATOR_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The idempotency key is already used in this tenant (`IDEMPOTENCY_KEY_CONFLICT`); `activityId` names the existing activity */
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
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "type": "MESSAGE",
                     *       "channel": "WHATSAPP",
                     *       "status": "READY",
                     *       "reason": "Monthly promotion",
                     *       "idempotencyKey": "msg-2025-01-15-001",
                     *       "scheduledAt": "2025-01-16T09:00:00.000Z",
                     *       "suggestedExecutionTime": null,
                     *       "userStatus": null,
                     *       "score": null,
                     *       "commerceAssignment": {
                     *         "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *         "assignmentReason": null,
                     *         "commerce": {
                     *           "name": "Main Street Store",
                     *           "externalId": "store-001"
                     *         }
                     *       },
                     *       "taskDetails": null,
                     *       "targetCriteria": null,
                     *       "providerActivityId": null,
                     *       "dispatchAttemptCount": 0,
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`) */
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
    listActivityStatusEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "ff0e8400-e29b-41d4-a716-446655440000",
                     *         "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *         "eventType": "CREATED",
                     *         "fromStatus": null,
                     *         "toStatus": "READY",
                     *         "errorCode": null,
                     *         "errorMessage": null,
                     *         "reason": null,
                     *         "forced": false,
                     *         "occurredAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusEvent"][];
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
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`) */
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
    listActivityAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attributes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "ff0e8400-e29b-41d4-a716-446655440001",
                     *         "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *         "attributeKeyId": "ab0e8400-e29b-41d4-a716-446655440000",
                     *         "value": {
                     *           "name": "Main Street Store",
                     *           "taxId": "12345678-9",
                     *           "address": "123 Main St"
                     *         },
                     *         "resolutionStatus": "RESOLVED",
                     *         "resolverType": "INTERNAL_SERVICE",
                     *         "resolvedAt": "2025-01-16T09:01:00.000Z",
                     *         "errorMessage": null,
                     *         "createdAt": "2025-01-16T09:00:00.000Z",
                     *         "updatedAt": "2025-01-16T09:01:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ActivityAttribute"][];
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
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`) */
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
    cancelActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why, optionally */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Commerce closed for renovation"
                 *     }
                 */
                "application/json": components["schemas"]["CancelActivityBody"];
            };
        };
        responses: {
            /** @description The canceled activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "type": "MESSAGE",
                     *       "channel": "WHATSAPP",
                     *       "status": "CANCELED",
                     *       "reason": "Monthly promotion",
                     *       "idempotencyKey": "msg-2025-01-15-001",
                     *       "scheduledAt": "2025-01-16T09:00:00.000Z",
                     *       "suggestedExecutionTime": null,
                     *       "userStatus": null,
                     *       "score": null,
                     *       "commerceAssignment": {
                     *         "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *         "assignmentReason": null,
                     *         "commerce": {
                     *           "name": "Main Street Store",
                     *           "externalId": "store-001"
                     *         }
                     *       },
                     *       "taskDetails": null,
                     *       "targetCriteria": null,
                     *       "providerActivityId": null,
                     *       "dispatchAttemptCount": 0,
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The activity is already COMPLETED, CANCELED or FAILED (`INVALID_STATUS_TRANSITION`) */
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
    createTaskResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The result */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "provider_activity_id": "ext-123",
                 *       "commerce_external_id": "store-001",
                 *       "status": "COMPLETED",
                 *       "occurred_at": "2025-01-16T14:30:00.000Z",
                 *       "task_result": {
                 *         "result": "success",
                 *         "comment": "Order placed successfully",
                 *         "contact_type": "OUTBOUND"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskResultBody"];
            };
        };
        responses: {
            /** @description The stored result was updated by a later one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "770e8400-e29b-41d4-a716-446655440000",
                     *       "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "providerActivityId": "ext-123",
                     *       "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *       "source": "RETEN_ACTIVITY",
                     *       "resultStatus": "COMPLETED",
                     *       "externalStatus": null,
                     *       "occurredAt": "2025-01-16T14:30:00.000Z",
                     *       "taskDetails": {
                     *         "result": "success",
                     *         "comment": "Order placed successfully",
                     *         "contactType": "OUTBOUND",
                     *         "operatorExternalId": null,
                     *         "futureScheduledAt": null,
                     *         "payload": null
                     *       },
                     *       "rawPayload": null,
                     *       "hardOverride": false,
                     *       "createdAt": "2025-01-16T14:30:05.000Z",
                     *       "updatedAt": "2025-01-16T14:30:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            /** @description A new result was recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "770e8400-e29b-41d4-a716-446655440000",
                     *       "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "providerActivityId": "ext-123",
                     *       "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *       "source": "RETEN_ACTIVITY",
                     *       "resultStatus": "COMPLETED",
                     *       "externalStatus": null,
                     *       "occurredAt": "2025-01-16T14:30:00.000Z",
                     *       "taskDetails": {
                     *         "result": "success",
                     *         "comment": "Order placed successfully",
                     *         "contactType": "OUTBOUND",
                     *         "operatorExternalId": null,
                     *         "futureScheduledAt": null,
                     *         "payload": null
                     *       },
                     *       "rawPayload": null,
                     *       "hardOverride": false,
                     *       "createdAt": "2025-01-16T14:30:05.000Z",
                     *       "updatedAt": "2025-01-16T14:30:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityResult"];
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
            /** @description The `activity_id` is not in this tenant (`ACTIVITY_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not later than the stored result (`STALE_RESULT`), or a forbidden status change without `hard_override` (`INVALID_STATUS_TRANSITION`) */
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
    listActivityResults: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (default 25, max 100) */
                per_page?: number;
                /** @description Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given */
                limit?: number;
                /** @description Only this activity */
                activity_id?: string;
                /** @description Only this provider's id */
                provider_activity_id?: string;
                /** @description Only this commerce */
                commerce_id?: string;
                /** @description PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it */
                status?: "PENDING" | "COMPLETED" | "NOT_EXECUTED" | "CANCELED" | "TRANSFERRED";
                /** @description RETEN_ACTIVITY when it matched an activity, STANDALONE otherwise */
                source?: "RETEN_ACTIVITY" | "STANDALONE";
                /** @description Occurred at or after (inclusive) */
                occurred_from?: string;
                /** @description Occurred at or before (inclusive) */
                occurred_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "770e8400-e29b-41d4-a716-446655440000",
                     *           "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *           "providerActivityId": "ext-123",
                     *           "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *           "source": "RETEN_ACTIVITY",
                     *           "resultStatus": "COMPLETED",
                     *           "externalStatus": null,
                     *           "occurredAt": "2025-01-16T14:30:00.000Z",
                     *           "taskDetails": {
                     *             "result": "success",
                     *             "comment": "Order placed successfully",
                     *             "contactType": "OUTBOUND",
                     *             "operatorExternalId": null,
                     *             "futureScheduledAt": null,
                     *             "payload": null
                     *           },
                     *           "rawPayload": null,
                     *           "hardOverride": false,
                     *           "createdAt": "2025-01-16T14:30:05.000Z",
                     *           "updatedAt": "2025-01-16T14:30:05.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "page": 1,
                     *         "limit": 25,
                     *         "total": 1,
                     *         "totalPages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityResultPage"];
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
    getActivityResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Result id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "770e8400-e29b-41d4-a716-446655440000",
                     *       "activityId": "ee0e8400-e29b-41d4-a716-446655440000",
                     *       "providerActivityId": "ext-123",
                     *       "commerceId": "880e8400-e29b-41d4-a716-446655440000",
                     *       "source": "RETEN_ACTIVITY",
                     *       "resultStatus": "COMPLETED",
                     *       "externalStatus": null,
                     *       "occurredAt": "2025-01-16T14:30:00.000Z",
                     *       "taskDetails": {
                     *         "result": "success",
                     *         "comment": "Order placed successfully",
                     *         "contactType": "OUTBOUND",
                     *         "operatorExternalId": null,
                     *         "futureScheduledAt": null,
                     *         "payload": null
                     *       },
                     *       "rawPayload": null,
                     *       "hardOverride": false,
                     *       "createdAt": "2025-01-16T14:30:05.000Z",
                     *       "updatedAt": "2025-01-16T14:30:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityResult"];
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
            /** @description No result with this id in the tenant (`RESULT_NOT_FOUND`) */
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
