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
         * @description Answers 200 when the database answers a query within `READY_TIMEOUT_MS` (1.5 s by default), 503 with `Retry-After` otherwise, and 503 at once while the server shuts down (so load balancers stop routing to it). No authentication.
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
         *     **Permission:** `VIEW_TENANTS` (roles: SUPER_ADMIN, ADMIN; a user's token only).
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Creates a tenant. Tenants are platform-level: no `x-tenant-id`.
         *
         *     **Permission:** `CREATE_TENANT` (roles: SUPER_ADMIN; a user's token only).
         */
        post: operations["createTenant"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightTenants"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listAttributeKeys"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigAttributeKeys"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/attribute-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attribute policies
         * @description The tenant's policy per attribute key. A key without a policy is resolved UPFRONT by the internal resolver when one exists for it, and fails otherwise.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listAttributePolicies"];
        put?: never;
        /**
         * Create or update an attribute policy
         * @description Sets how one attribute key is resolved in this tenant, replacing any policy the key had (one per key). UPFRONT resolves at creation with the resolver type; ON_DISPATCH leaves the attribute PENDING until dispatch; CALLER_PROVIDED takes the value from `attributes[]` (FALLBACK with its `fallback`, FAILED without). An id outside the catalog is 400 `UNKNOWN_ATTRIBUTE_KEY`.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["upsertAttributePolicy"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigAttributePolicies"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/client-hook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the client hook
         * @description The tenant's client hook, without its secret.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["getClientHook"];
        /**
         * Set the client hook
         * @description Sets where CLIENT_HOOK attributes are resolved. For each such attribute the server POSTs `{ key, activity: { id?, type, channel, reason }, commerce: { id, externalId, name, taxId }, targetUserId }` as JSON with `x-reten-timestamp` (Unix seconds) and `x-reten-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`. A 2xx JSON answer `{ "value": <any JSON> }` resolves the attribute; a timeout, another status, a redirect or a malformed answer fails it with the reason in `errorMessage`. The hook is called before the activity is written, never inside a database transaction. The secret is stored encrypted (AES-256-GCM) and never returned.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        put: operations["putClientHook"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigClientHook"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/target-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List target-resolution configs
         * @description The tenant's target-resolution configs by priority. The active one with the lowest priority applies to activities without their own `target_criteria`; with neither, activities have no target user.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listTargetResolutionConfigs"];
        put?: never;
        /**
         * Create a target-resolution config
         * @description Creates a config. Criteria are tried by priority: ROLE_MATCH (`config.role`), LAST_CONTACTED_ALL_CHANNELS and LAST_CONTACTED_SAME_CHANNEL (the commerce user most recently targeted by a DISPATCHED or COMPLETED activity of the commerce); then the commerce representative and the owner when the fallbacks are on. For WHATSAPP, SMS, EMAIL and PUSH only users with an active WHATSAPP, PHONE, EMAIL or OTHER contact qualify. Priorities are unique among active configs (409 `RESOURCE_CONFLICT`).
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["createTargetResolutionConfig"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigTargetResolution"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/target-resolution/{id}": {
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
         * Delete a target-resolution config
         * @description Deletes a config. Activities already created keep their target users.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        delete: operations["deleteTargetResolutionConfig"];
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigTargetResolutionId"];
        head?: never;
        /**
         * Update a target-resolution config
         * @description Changes the given fields; `criteria`, when given, replaces the list. Criteria are tried by priority: ROLE_MATCH (`config.role`), LAST_CONTACTED_ALL_CHANNELS and LAST_CONTACTED_SAME_CHANNEL (the commerce user most recently targeted by a DISPATCHED or COMPLETED activity of the commerce); then the commerce representative and the owner when the fallbacks are on. For WHATSAPP, SMS, EMAIL and PUSH only users with an active WHATSAPP, PHONE, EMAIL or OTHER contact qualify. Priorities are unique among active configs (409 `RESOURCE_CONFLICT`).
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        patch: operations["updateTargetResolutionConfig"];
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
         *     **Permission:** `SYNC_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["syncCommerces"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightCommercesSync"];
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
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["listCommerces"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightCommerces"];
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
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["getCommerce"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightCommercesId"];
        head?: never;
        /**
         * Update a commerce
         * @description Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_COMMERCES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
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
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["listOperators"];
        put?: never;
        /**
         * Create an operator
         * @description Creates a salesman, activator or call-center agent. E-mails are stored lower-cased.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["createOperator"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightOperators"];
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
         *     **Permission:** `SYNC_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["syncOperators"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightOperatorsSync"];
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
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["getOperator"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightOperatorsId"];
        head?: never;
        /**
         * Update an operator
         * @description Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_OPERATORS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
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
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["listRoutes"];
        put?: never;
        /**
         * Create a route
         * @description Creates a field route.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["createRoute"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightRoutes"];
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
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        get: operations["getRoute"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightRoutesId"];
        head?: never;
        /**
         * Update a route
         * @description Changes the fields given (at least one); `null` clears `external_id` or `description`. `metadata` is merged shallowly: keys given are set, keys not given are kept.
         *
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
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
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["linkRouteOperator"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightRoutesIdOperators"];
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
         *     **Permission:** `MANAGE_ROUTES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        delete: operations["unlinkRouteOperator"];
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightRoutesIdOperatorsOperatorId"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * Create an activity
         * @description Creates a TASK or MESSAGE assigned to a commerce. Attributes named in `attribute_keys` are resolved from the tenant's data; `attributes[]` carry caller values (RESOLVED as CALLER_PROVIDED) or a `fallback` used when resolution fails (FALLBACK). An unknown key is 400 `UNKNOWN_ATTRIBUTE_KEY`. When an attribute fails without a fallback, the activity is still created, with status UNRESOLVED and a RESOLUTION_FAILED event after CREATED. Everything (activity, attributes, events) is written in one transaction.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["createActivity"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivities"];
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
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["createTaskActivity"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesTasks"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesId"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listActivityStatusEvents"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdStatusEvents"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listActivityAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdAttributes"];
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
         *     **Permission:** `CANCEL_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["cancelActivity"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdCancel"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/target-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List target users
         * @description Whom the activity addresses. An activity has a target user when its `target_criteria` or the tenant's active target-resolution config asks for one; otherwise the list is empty.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listActivityTargetUsers"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdTargetUsers"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/target-users/{targetUserId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdTargetUsersTargetUserIdResolve"];
        head?: never;
        /**
         * Assign a target user by hand
         * @description Sets a user of the activity's commerce as the target. Only a PENDING or FAILED target without a lock can be assigned; the result is LOCKED with lock reason MANUAL_ASSIGNMENT. An UNRESOLVED activity becomes READY through `retry-resolution`.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        patch: operations["assignActivityTargetUser"];
        trace?: never;
    };
    "/api/activities/{id}/retry-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesIdRetryResolution"];
        head?: never;
        /**
         * Retry resolution
         * @description Retries every FAILED target user and attribute of an UNRESOLVED activity. When all resolve, the activity becomes READY (RESOLUTION_RETRY_SUCCESS); otherwise it stays UNRESOLVED (RESOLUTION_RETRY_FAILED, with the reasons). No body. Any other status is 400 `INVALID_ACTIVITY_STATE`, which is also what the loser of two concurrent retries gets.
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        patch: operations["retryActivityResolution"];
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
         *     - **Final is final:** every status but PENDING is final. A PENDING result never replaces a final one, and is never stored beside an activity in a final status (COMPLETED, CANCELED, FAILED): 409 `RESULT_FINAL`, with or without `hard_override`, so the stored result and the activity always agree.
         *
         *     Every case (checked in this order: final is final, then the temporal guard, then the status sync):
         *
         *     | stored result | activity | incoming | without `hard_override` | with `hard_override: true` |
         *     |---|---|---|---|---|
         *     | none or PENDING | not final | PENDING | stored; activity unchanged | the same |
         *     | none or PENDING | not final | final | stored; activity moves if the state machine allows it, else 409 `INVALID_STATUS_TRANSITION` | stored; activity moves (`forced` if the machine forbids it) |
         *     | any | final | PENDING | 409 `RESULT_FINAL` | 409 `RESULT_FINAL` |
         *     | final | any | PENDING | 409 `RESULT_FINAL` | 409 `RESULT_FINAL` |
         *     | none, PENDING or final | final | final | stored if it maps to the activity's status (activity unchanged), else 409 `INVALID_STATUS_TRANSITION` | stored; activity moves, event `forced` |
         *     | any stored | any | not later (`occurred_at`) than the stored one | 409 `STALE_RESULT` | 409 `STALE_RESULT` |
         *
         *     **Permission:** `CREATE_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE; or an API key holding it, in its tenant).
         */
        post: operations["createTaskResult"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityResultsTasks"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listActivityResults"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityResults"];
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
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["getActivityResult"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityResultsId"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dispatch providers
         * @description The global provider catalog (the same for every tenant), by code, each with its channel definitions: which channels it serves and which credentials and settings a config needs. `MOCK` always succeeds and sends nothing; `WEBHOOK` POSTs each activity to `{base_url}/activities`.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listDispatchProviders"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightDispatchProviders"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-providers/{id}/channel-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a provider's channel definitions
         * @description The channels one provider serves, with the credentials and settings each needs.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listDispatchChannelDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightDispatchProvidersIdChannelDefinitions"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dispatch configs
         * @description The tenant's dispatch configs, oldest first. Credentials are never returned (`hasCredentials` says whether there are any).
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listDispatchConfigs"];
        put?: never;
        /**
         * Create a dispatch config
         * @description Chooses the provider for one channel of the tenant. READY activities of that channel are sent to it once due. `base_url` is required for REST providers. Credentials are checked against the channel definition (`credentialSchema`: required keys present, no unknown keys), encrypted at rest with AES-256-GCM and never returned: responses carry `hasCredentials` only. A tenant has at most one active config per channel.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["createDispatchConfig"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightDispatchConfigs"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-configs/{id}": {
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
         * Delete a dispatch config
         * @description Deletes the config and its credentials. The channel's READY activities then stay READY until a config is active again.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        delete: operations["deleteDispatchConfig"];
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightDispatchConfigsId"];
        head?: never;
        /**
         * Update a dispatch config
         * @description Changes the given fields; the provider and channel stay (create another config to change them). `credentials`, when given, replace the whole stored set. Credentials are checked against the channel definition (`credentialSchema`: required keys present, no unknown keys), encrypted at rest with AES-256-GCM and never returned: responses carry `hasCredentials` only.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        patch: operations["updateDispatchConfig"];
        trace?: never;
    };
    "/api/activities/tasks/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch a task now
         * @description Sends a READY TASK to the provider of its channel now, whatever its `scheduled_at` or retry time, through the same steps as the dispatcher: a DISPATCH_ATTEMPT event and one more `dispatchAttemptCount`, then DISPATCH_SUCCESS (the task becomes DISPATCHED, `providerActivityId` is stored) and 204. When the provider fails, DISPATCH_FAILED is recorded exactly as the dispatcher records it and the answer is 502 `PROVIDER_FAILED`: the task stays READY and the dispatcher retries it after the backoff (30 s, then 2 min), or, if that was the 3rd attempt, the task is FAILED. When target users or attributes due at dispatch (ON_DISPATCH) cannot be resolved, no provider is called: as with the dispatcher, the task becomes UNRESOLVED with a RESOLUTION_FAILED event, the attempt is given back (`dispatchAttemptCount` unchanged), and the answer is 409 `RESOLUTION_FAILED` with the reason; `retry-resolution` or a manual target assignment recovers it. No body.
         *
         *     **Permission:** `DISPATCH_ACTIVITY` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["dispatchTask"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivitiesTasksIdDispatch"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/task-result-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task result types
         * @description The result codes partners may send on the integration API (`task_result.result`), by code. A tenant starts with SALE_COMPLETED, NOT_INTERESTED, RESCHEDULE (which requires a future date) and NO_CONTACT.
         *
         *     **Permission:** `VIEW_ACTIVITIES` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN, FDE, VIEWER; or an API key holding it, in its tenant).
         */
        get: operations["listTaskResultTypes"];
        put?: never;
        /**
         * Create a task result type
         * @description Adds a result code partners may send. The code is fixed once created (partners store it).
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        post: operations["createTaskResultType"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigTaskResultTypes"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activity-config/task-result-types/{id}": {
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
         * Delete a task result type
         * @description Partners can no longer send its code; results already stored keep it.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        delete: operations["deleteTaskResultType"];
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightActivityConfigTaskResultTypesId"];
        head?: never;
        /**
         * Update a task result type
         * @description Changes the label or whether a future date is required; the code stays.
         *
         *     **Permission:** `MANAGE_ACTIVITY_CONFIG` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; or an API key holding it, in its tenant).
         */
        patch: operations["updateTaskResultType"];
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's API keys
         * @description The caller's keys in this tenant, newest first, revoked and expired ones included (`isActive: false`).
         *
         *     **Permission:** `MANAGE_API_KEYS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; a user's token only).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Makes a key for the caller in this tenant, for a partner system to send as `x-api-key`. Its permissions must be ones the caller's roles hold (403 otherwise). The key itself is in this answer only (`plaintextKey`): only its SHA-256 hash is kept, with `keyPrefix` to recognise it by. A lost key cannot be shown again: revoke it and make another.
         *
         *     **Permission:** `MANAGE_API_KEYS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; a user's token only).
         */
        post: operations["createApiKey"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightKeys"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Revokes one of the caller's keys: a soft delete (the record stays, `revokedAt` set). Requests with the key are refused (401) at once on the instance that revoked it and within 5 seconds on every other.
         *
         *     **Permission:** `MANAGE_API_KEYS` in the tenant named by `x-tenant-id` (roles: SUPER_ADMIN, ADMIN; a user's token only).
         */
        post: operations["revokeApiKey"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightKeysIdRevoke"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is calling
         * @description The principal behind the request: a user (the JWT subject, its roles and tenants) or an API key (its tenant, permissions, prefix and expiry). A partner can check its key with it.
         *
         *     **Permission:** none: any authenticated caller, with a token or an API key.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightAuthMe"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/task-result-type-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's result codes
         * @description The codes a partner sends as `task_result.result`, by code: the tenant's task result types (`/api/activity-config/task-result-types`). A partner's first call: it also proves the key works.
         *
         *     **Permission:** `VIEW_ACTIVITIES` (an API key holding it, in its tenant; a token is not accepted).
         */
        get: operations["listTaskResultTypeConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightIntegrationTaskResultTypeConfigs"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/activities/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pull task changes
         * @description The tenant's TASK activities in the order of their changes, for a partner that pulls its work: every change (the creation and each later update) is delivered at least once and in order, each time with the task as it is now. Keep `nextCursor` and send it as `cursor` to get what changed since; with `hasMore`, call again at once.
         *
         *     A change is delivered once every transaction that started before it has ended: a write that commits late is never skipped, and one still running holds back what follows it (for at most the database's statement and idle-in-transaction timeouts). The filters apply to each call; a task that changes again is delivered again, after the cursor.
         *
         *     **Permission:** `VIEW_ACTIVITIES` (an API key holding it, in its tenant; a token is not accepted).
         */
        get: operations["pullTasks"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightIntegrationActivitiesTasks"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/activity-results/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a task result (partner)
         * @description A partner's result for a task it was given: the same engine as `POST /api/activity-results/tasks` (matching, temporal guard, status sync, one record per activity), with a partner's rules:
         *
         *     - `status`: EFFECTIVE completes the task (stored as COMPLETED), NOT_EFFECTIVE fails it (NOT_EXECUTED), PENDING changes nothing.
         *     - `task_result.result` must be one of the tenant's result codes (400 `UNKNOWN_RESULT_CODE`, listing them); when the code requires it, `task_result.future_scheduled_at` is required and in the future (400).
         *     - `activity_id` wins over `provider_activity_id`; a task that neither names is 404 (no STANDALONE result here), and so is a `commerce_external_id` the tenant does not have.
         *     - A final result over the final result the activity already has is 409 `RESULT_FINAL` unless `hard_override: true`.
         *
         *     **Permission:** `SUBMIT_ACTIVITY_RESULT` (an API key holding it, in its tenant; a token is not accepted).
         */
        post: operations["submitIntegrationResult"];
        delete?: never;
        /**
         * CORS preflight
         * @description What a browser asks before a call from a page of another origin. A configured origin (`CORS_ORIGINS`; in dev mode any localhost page) gets `Access-Control-Allow-Origin` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer 600 s.
         */
        options: operations["preflightIntegrationActivityResultsTasks"];
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
             * Format: int32
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
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "MALFORMED_REQUEST" | "UNKNOWN_ATTRIBUTE_KEY" | "INVALID_ACTIVITY_STATE" | "COMMERCE_MISMATCH" | "API_KEY_REVOKED" | "UNKNOWN_RESULT_CODE" | "UNAUTHENTICATED" | "TENANT_ACCESS_DENIED" | "PERMISSION_DENIED" | "ENDPOINT_NOT_FOUND" | "TENANT_NOT_FOUND" | "ACTIVITY_NOT_FOUND" | "COMMERCE_NOT_FOUND" | "ROUTE_NOT_FOUND" | "OPERATOR_NOT_FOUND" | "RESULT_NOT_FOUND" | "TARGET_USER_NOT_FOUND" | "COMMERCE_USER_NOT_FOUND" | "CLIENT_HOOK_NOT_FOUND" | "TARGET_RESOLUTION_CONFIG_NOT_FOUND" | "DISPATCH_PROVIDER_NOT_FOUND" | "DISPATCH_CONFIG_NOT_FOUND" | "API_KEY_NOT_FOUND" | "TASK_RESULT_TYPE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "REQUEST_TIMEOUT" | "IDEMPOTENCY_KEY_CONFLICT" | "TENANT_SLUG_CONFLICT" | "TAX_ID_CONFLICT" | "OPERATOR_CONFLICT" | "RESOURCE_CONFLICT" | "INVALID_STATUS_TRANSITION" | "STALE_RESULT" | "RESULT_FINAL" | "PROVIDER_MISMATCH" | "TARGET_USER_LOCKED" | "DISPATCH_IN_PROGRESS" | "RESOLUTION_FAILED" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "UNSUPPORTED_MEDIA_TYPE" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "PROVIDER_FAILED" | "SERVICE_UNAVAILABLE";
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
            /** @description Field errors, for validation problems (the first 50; the detail counts the rest) */
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
        AttributePolicy: {
            /**
             * Format: uuid
             * @description Policy id
             * @example ac0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * Format: uuid
             * @description The attribute key
             * @example ab0e8400-e29b-41d4-a716-446655440000
             */
            attributeKeyId: string;
            /**
             * @description UPFRONT: resolved at creation; ON_DISPATCH: left PENDING until dispatch; CALLER_PROVIDED: taken from `attributes[]`
             * @example UPFRONT
             * @enum {string}
             */
            strategy: "UPFRONT" | "ON_DISPATCH" | "CALLER_PROVIDED";
            /**
             * @description Who resolves it
             * @example INTERNAL_SERVICE
             * @enum {string}
             */
            resolverType: "INTERNAL_SERVICE" | "CLIENT_HOOK";
            /** @description The key it applies to */
            attributeKey: {
                /**
                 * @description Key name
                 * @example commerce_info
                 */
                key: string;
                /**
                 * @description Display name
                 * @example Commerce Info
                 */
                label: string;
            };
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
        UpsertAttributePolicyBody: {
            /**
             * Format: uuid
             * @description An attribute key of the catalog (the id of one listed by `GET /api/activity-config/attribute-keys`)
             * @example ab0e8400-e29b-41d4-a716-446655440000
             * @enum {string}
             */
            attribute_key_id: "ab0e8400-e29b-41d4-a716-446655440000" | "ab0e8400-e29b-41d4-a716-446655440001" | "ab0e8400-e29b-41d4-a716-446655440002";
            /**
             * @description When and how it is resolved
             * @example UPFRONT
             * @enum {string}
             */
            strategy: "UPFRONT" | "ON_DISPATCH" | "CALLER_PROVIDED";
            /**
             * @description Who resolves it
             * @example INTERNAL_SERVICE
             * @enum {string}
             */
            resolver_type: "INTERNAL_SERVICE" | "CLIENT_HOOK";
        };
        ClientHook: {
            /**
             * Format: uri
             * @description An http(s) URL
             * @example https://hooks.example.com/reten/attributes
             */
            url: string;
            /**
             * Format: int32
             * @description How long a call may take
             * @example 2000
             */
            timeoutMs: number;
            /**
             * @description A secret is set; it is never returned
             * @example true
             * @enum {boolean}
             */
            hasSecret: true;
            /**
             * Format: date-time
             * @description When it last changed
             * @example 2025-01-15T10:30:00.000Z
             */
            updatedAt: string;
        };
        PutClientHookBody: {
            /**
             * Format: uri
             * @description An http(s) URL
             * @example https://hooks.example.com/reten/attributes
             */
            url: string;
            /**
             * @description Shared secret for the `x-reten-signature` HMAC; stored encrypted, never returned
             * @example whsec_5f2b8c1d9e0a4b7c
             */
            secret: string;
            /**
             * Format: int32
             * @description Call timeout (default 2000)
             * @default 2000
             * @example 2000
             */
            timeout_ms?: number;
        };
        TargetResolutionConfig: {
            /**
             * Format: uuid
             * @description Config id
             * @example ad0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description When targets are resolved
             * @example ON_CREATION
             * @enum {string}
             */
            resolutionStrategy: "ON_CREATION" | "ON_DISPATCH" | "MANUAL";
            /**
             * @description Fall back to the commerce representative
             * @example true
             */
            fallbackToCommerceRep: boolean;
            /**
             * @description Then fall back to the owner
             * @example true
             */
            fallbackToOwner: boolean;
            /**
             * Format: int32
             * @description Lower wins among active configs
             * @example 0
             */
            priority: number;
            /**
             * @description Only active configs apply
             * @example true
             */
            isActive: boolean;
            /** @description Tried by priority */
            criteria: {
                /**
                 * Format: uuid
                 * @description Criterion id
                 * @example ae0e8400-e29b-41d4-a716-446655440000
                 */
                id: string;
                /**
                 * @description Criterion type
                 * @example ROLE_MATCH
                 * @enum {string}
                 */
                criteriaType: "ROLE_MATCH" | "LAST_CONTACTED_ALL_CHANNELS" | "LAST_CONTACTED_SAME_CHANNEL";
                /**
                 * @description Its settings
                 * @example {
                 *       "role": "COMMERCE_REP"
                 *     }
                 */
                criteriaConfig: {
                    [key: string]: unknown;
                };
                /**
                 * Format: int32
                 * @description Lower is tried first
                 * @example 0
                 */
                priority: number;
            }[];
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
        CreateTargetResolutionConfigBody: {
            /**
             * @description ON_CREATION, ON_DISPATCH or MANUAL
             * @example ON_CREATION
             * @enum {string}
             */
            resolution_strategy: "ON_CREATION" | "ON_DISPATCH" | "MANUAL";
            /**
             * @description Default true
             * @default true
             * @example true
             */
            fallback_to_commerce_rep?: boolean;
            /**
             * @description Default true
             * @default true
             * @example true
             */
            fallback_to_owner?: boolean;
            /**
             * Format: int32
             * @description Unique among active configs (default 0)
             * @default 0
             * @example 0
             */
            priority?: number;
            /**
             * @description Default true
             * @default true
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Criteria, tried by priority
             * @default []
             */
            criteria?: components["schemas"]["TargetCriterion"][];
        };
        TargetCriterion: components["schemas"]["RoleMatchCriterion"] | components["schemas"]["LastContactedCriterion"];
        RoleMatchCriterion: {
            /**
             * @description A commerce user with this role (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ROLE_MATCH";
            /**
             * @description Which role
             * @example {
             *       "role": "COMMERCE_REP"
             *     }
             */
            config: {
                /**
                 * @description The commerce user role
                 * @example COMMERCE_REP
                 * @enum {string}
                 */
                role: "OWNER" | "ORDERS" | "FINANCE" | "ATTENTION" | "ADMIN" | "COMMERCE_REP" | "OTHER";
            };
            /**
             * Format: int32
             * @description Lower is tried first (default 0)
             * @example 0
             */
            priority?: number;
        };
        LastContactedCriterion: {
            /**
             * @description The commerce user most recently targeted, on any channel or on the activity's (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "LAST_CONTACTED_ALL_CHANNELS" | "LAST_CONTACTED_SAME_CHANNEL";
            /**
             * @description Not read: these criteria have no settings
             * @example {}
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description Lower is tried first (default 0)
             * @example 0
             */
            priority?: number;
        };
        UpdateTargetResolutionConfigBody: {
            /**
             * @description ON_CREATION, ON_DISPATCH or MANUAL
             * @example ON_CREATION
             * @enum {string}
             */
            resolution_strategy?: "ON_CREATION" | "ON_DISPATCH" | "MANUAL";
            /**
             * @description Default true
             * @example true
             */
            fallback_to_commerce_rep?: boolean;
            /**
             * @description Default true
             * @example true
             */
            fallback_to_owner?: boolean;
            /**
             * Format: int32
             * @description Unique among active configs (default 0)
             * @example 0
             */
            priority?: number;
            /**
             * @description Default true
             * @example true
             */
            is_active?: boolean;
            /** @description Criteria, tried by priority */
            criteria?: components["schemas"]["TargetCriterion"][];
        };
        SyncCommercesResult: {
            /**
             * Format: int32
             * @description Commerces created
             * @example 1
             */
            created: number;
            /**
             * Format: int32
             * @description Commerces that already existed and were updated
             * @example 1
             */
            updated: number;
            /**
             * Format: int32
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
        CommerceContactInput: components["schemas"]["EmailContactInput"] | components["schemas"]["PhoneContactInput"] | components["schemas"]["OtherContactInput"];
        EmailContactInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            contact_type: "EMAIL";
            /**
             * Format: email
             * @description An e-mail address
             * @example ana@example.com
             */
            value: string;
            /**
             * @description Primary contact of its type (default false)
             * @example true
             */
            is_primary?: boolean;
        };
        PhoneContactInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            contact_type: "PHONE" | "WHATSAPP";
            /**
             * @description E.164: `+` and 7 to 15 digits
             * @example +56912345678
             */
            value: string;
            /**
             * @description Primary contact of its type (default false)
             * @example true
             */
            is_primary?: boolean;
        };
        OtherContactInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            contact_type: "OTHER";
            /**
             * @description Any text
             * @example Ask at the counter
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
             * Format: int32
             * @description This page
             * @example 1
             */
            page: number;
            /**
             * Format: int32
             * @description Items per page
             * @example 25
             */
            limit: number;
            /**
             * Format: int64
             * @description Items matching the filters, over all pages
             * @example 42
             */
            total: number;
            /**
             * Format: int64
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
             * Format: int32
             * @description Operators created
             * @example 1
             */
            created: number;
            /**
             * Format: int32
             * @description Operators that already existed and were updated
             * @example 1
             */
            updated: number;
            /**
             * Format: int32
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
             * Format: int32
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
             * Format: int32
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
             * Format: int32
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
            attribute_keys?: ("commerce_info" | "promotions" | "target_contact")[];
            /** @description Caller-provided attribute values; they win over `attribute_keys` for the same key */
            attributes?: components["schemas"]["CallerAttribute"][];
        };
        CallerAttribute: {
            /**
             * @description An attribute key of the catalog
             * @example promotions
             * @enum {string}
             */
            key: "commerce_info" | "promotions" | "target_contact";
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
             * Format: int32
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
            attribute_keys?: ("commerce_info" | "promotions" | "target_contact")[];
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
        TargetUser: {
            /**
             * Format: uuid
             * @description Target user record id
             * @example 9a0e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * Format: uuid
             * @description The chosen commerce user (null until resolved)
             * @example ba0e8400-e29b-41d4-a716-446655440000
             */
            commerceUserId: string | null;
            /**
             * @description PENDING (waiting: ON_DISPATCH, MANUAL or a retry), RESOLVED (chosen by criteria or a fallback), LOCKED (assigned by hand; immutable), FAILED (nobody matched)
             * @example RESOLVED
             * @enum {string}
             */
            resolutionStatus: "PENDING" | "RESOLVED" | "LOCKED" | "FAILED";
            /**
             * @description When it is resolved
             * @example ON_CREATION
             * @enum {string}
             */
            resolutionStrategy: "ON_CREATION" | "ON_DISPATCH" | "MANUAL";
            /**
             * @description How it was chosen
             * @example CRITERIA_MATCH
             * @enum {string|null}
             */
            lockReason: "CRITERIA_MATCH" | "FALLBACK_COMMERCE_REP" | "FALLBACK_OWNER" | "MANUAL_ASSIGNMENT" | null;
            /**
             * Format: date-time
             * @description When it was resolved
             * @example 2025-01-15T10:30:00.000Z
             */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @description When it was locked (manual assignment)
             * @example null
             */
            lockedAt: string | null;
            /**
             * @description Why resolution failed
             * @example null
             */
            errorMessage: string | null;
            /** @description The chosen commerce user */
            commerceUser: {
                /**
                 * @description First name
                 * @example María
                 */
                firstName: string;
                /**
                 * @description Last name
                 * @example González
                 */
                lastName: string | null;
            } | null;
        };
        AssignTargetUserBody: {
            /**
             * Format: uuid
             * @description A user of the activity's commerce
             * @example ba0e8400-e29b-41d4-a716-446655440000
             */
            commerce_user_id: string;
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
            /**
             * @description PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it
             * @example COMPLETED
             * @enum {string}
             */
            status: "PENDING" | "COMPLETED" | "NOT_EXECUTED" | "CANCELED" | "TRANSFERRED";
        } | unknown | unknown;
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
        DispatchProvider: {
            /**
             * Format: uuid
             * @description Provider id (`dispatch_provider_id` of a config)
             * @example 0195b4a0-1000-7000-8000-000000000002
             */
            id: string;
            /**
             * @description Stable provider code: `MOCK`, `WEBHOOK`
             * @example WEBHOOK
             */
            code: string;
            /**
             * @description Display name
             * @example Generic REST webhook
             */
            name: string;
            /**
             * @description `REST`: the server POSTs to the config's `base_url`; `INTERNAL`: handled in-process (MOCK)
             * @example REST
             * @enum {string}
             */
            protocolType: "REST" | "INTERNAL";
            /**
             * @description Whether new configs may use it
             * @example true
             */
            isActive: boolean;
            /** @description The channels it serves, each with what a config needs */
            channelDefinitions: {
                /**
                 * @description The activity channel this applies to
                 * @example SALESMAN
                 * @enum {string}
                 */
                channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
                /**
                 * @description The credentials a config for this channel takes
                 * @example [
                 *       {
                 *         "key": "apiKey",
                 *         "label": "API key",
                 *         "type": "password",
                 *         "required": true,
                 *         "header": "x-api-key"
                 *       }
                 *     ]
                 */
                credentialSchema: components["schemas"]["DispatchCredentialField"][];
                /**
                 * @description The settings a config for this channel takes
                 * @example []
                 */
                settingsSchema: components["schemas"]["DispatchSettingField"][];
            }[];
        };
        DispatchCredentialField: {
            /**
             * @description The key in a config's `credentials`
             * @example apiKey
             */
            key: string;
            /**
             * @description Display name
             * @example API key
             */
            label: string;
            /**
             * @description `password`: a secret, never shown again once saved
             * @example password
             * @enum {string}
             */
            type: "password" | "text";
            /**
             * @description Whether a config must give it
             * @example true
             */
            required: boolean;
            /**
             * @description The HTTP request header it is sent in when dispatching; null when not sent as a header
             * @example x-api-key
             */
            header: string | null;
        };
        DispatchSettingField: {
            /**
             * @description The key in a config's `settings`
             * @example region
             */
            key: string;
            /**
             * @description Display name
             * @example Region
             */
            label: string;
            /**
             * @description Value type
             * @example string
             * @enum {string}
             */
            type: "string" | "number" | "boolean";
            /**
             * @description Whether a config must give it
             * @example false
             */
            required: boolean;
        };
        DispatchChannelDefinition: {
            /**
             * Format: uuid
             * @description Channel definition id
             * @example 0195b4a0-1000-7000-8000-000000000010
             */
            id: string;
            /**
             * Format: uuid
             * @description The provider
             * @example 0195b4a0-1000-7000-8000-000000000002
             */
            dispatchProviderId: string;
            /**
             * @description The activity channel this applies to
             * @example SALESMAN
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * @description The credentials a config for this channel takes
             * @example [
             *       {
             *         "key": "apiKey",
             *         "label": "API key",
             *         "type": "password",
             *         "required": true,
             *         "header": "x-api-key"
             *       }
             *     ]
             */
            credentialSchema: components["schemas"]["DispatchCredentialField"][];
            /**
             * @description The settings a config for this channel takes
             * @example []
             */
            settingsSchema: components["schemas"]["DispatchSettingField"][];
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
        DispatchConfig: {
            /**
             * Format: uuid
             * @description Dispatch config id
             * @example 0195b4a0-2000-7000-8000-000000000002
             */
            id: string;
            /**
             * Format: uuid
             * @description The provider
             * @example 0195b4a0-1000-7000-8000-000000000002
             */
            dispatchProviderId: string;
            /**
             * @description The activity channel this applies to
             * @example SALESMAN
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * @description Where REST providers are called (`POST {baseUrl}/activities`); null for MOCK
             * @example https://provider.example.com/api
             */
            baseUrl: string | null;
            /**
             * @description Provider settings, as given
             * @example {}
             */
            settings: {
                [key: string]: unknown;
            };
            /**
             * @description Active configs receive the channel's activities; at most one per channel
             * @example true
             */
            isActive: boolean;
            /**
             * @description Whether credentials are stored. They are encrypted at rest and never returned
             * @example true
             */
            hasCredentials: boolean;
            /** @description The provider, for display */
            dispatchProvider: {
                /**
                 * @description Provider code
                 * @example WEBHOOK
                 */
                code: string;
                /**
                 * @description Provider name
                 * @example Generic REST webhook
                 */
                name: string;
            };
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
        CreateDispatchConfigBody: {
            /**
             * Format: uuid
             * @description A provider of the catalog
             * @example 0195b4a0-1000-7000-8000-000000000002
             */
            dispatch_provider_id: string;
            /**
             * @description The activity channel this applies to
             * @example SALESMAN
             * @enum {string}
             */
            channel: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
            /**
             * Format: uri
             * @description Required for REST providers (WEBHOOK): activities are POSTed to `{base_url}/activities`
             * @example https://provider.example.com/api
             */
            base_url?: string;
            /**
             * @description Secrets for the provider, checked against the channel definition's `credentialSchema` (required keys present, no unknown keys, string values). Encrypted at rest (AES-256-GCM); never returned
             * @example {
             *       "apiKey": "sk-xxx"
             *     }
             */
            credentials?: {
                [key: string]: string;
            };
            /**
             * @description Provider settings (any JSON object), returned as given
             * @example {}
             */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description Default true. A second active config for the channel is 409
             * @example true
             */
            is_active?: boolean;
        };
        UpdateDispatchConfigBody: {
            /**
             * Format: uri
             * @description The new base URL (null clears it, which REST providers refuse)
             * @example https://provider.example.com/api/v2
             */
            base_url?: string | null;
            /**
             * @description Replaces every stored credential (the whole set, validated again)
             * @example {
             *       "apiKey": "sk-xxx"
             *     }
             */
            credentials?: {
                [key: string]: string;
            };
            /**
             * @description Replaces the settings
             * @example {}
             */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description Activate or deactivate; activating beside another active config is 409
             * @example false
             */
            is_active?: boolean;
        };
        TaskResultType: components["schemas"]["TaskResultTypeConfig"] & {
            /**
             * Format: uuid
             * @description Type id
             * @example 0193a0b2-6c1e-7f00-8000-6a2b3c4d5e6f
             */
            id: string;
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
        TaskResultTypeConfig: {
            /**
             * @description What to send as `task_result.result`
             * @example RESCHEDULE
             */
            code: string;
            /**
             * @description What operators see
             * @example Reschedule the visit
             */
            label: string;
            /**
             * @description A result with this code must carry a future `task_result.future_scheduled_at`
             * @example true
             */
            requiresFutureScheduledAt: boolean;
        };
        CreateTaskResultTypeBody: {
            /**
             * @description What partners send as `task_result.result`; unique in the tenant
             * @example RESCHEDULE
             */
            code: string;
            /**
             * @description What operators see
             * @example Reschedule the visit
             */
            label: string;
            /**
             * @description A result with this code must carry a future `task_result.future_scheduled_at`
             * @default false
             * @example true
             */
            requires_future_scheduled_at?: boolean;
        };
        UpdateTaskResultTypeBody: {
            /**
             * @description What operators see
             * @example Reschedule the visit
             */
            label?: string;
            /**
             * @description A result with this code must carry a future `task_result.future_scheduled_at`
             * @example true
             */
            requires_future_scheduled_at?: boolean;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The key itself: shown in this answer only, never again (only its hash is kept)
             * @example rtn_sk_Xb3kPq9wE2rT7yU1iO4pA6sD8fG0hJ3kL5zX7cV9bN1
             */
            plaintextKey: string;
        };
        ApiKey: {
            /**
             * Format: uuid
             * @description Key id
             * @example 0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f
             */
            id: string;
            /**
             * @description What the key is for
             * @example YOM field-sales integration
             */
            name: string;
            /**
             * @description The start of the key, to recognise it by
             * @example rtn_sk_Xb3kP
             */
            keyPrefix: string;
            /**
             * @description The subject of the token that created it
             * @example user-42
             */
            userId: string;
            /**
             * Format: uuid
             * @description The tenant it acts in
             * @example 6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b
             */
            tenantId: string;
            /**
             * @description Neither revoked nor expired
             * @example true
             */
            isActive: boolean;
            /** @description What it may do */
            permissions: ("CREATE_TENANT" | "VIEW_TENANTS" | "MANAGE_COMMERCES" | "SYNC_COMMERCES" | "MANAGE_OPERATORS" | "SYNC_OPERATORS" | "MANAGE_ROUTES" | "VIEW_ACTIVITIES" | "CREATE_ACTIVITY" | "CANCEL_ACTIVITY" | "MANAGE_ACTIVITY_CONFIG" | "DISPATCH_ACTIVITY" | "SUBMIT_ACTIVITY_RESULT" | "MANAGE_API_KEYS")[];
            /**
             * Format: date-time
             * @description When it stops working (null: never)
             * @example null
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description When it was last used, to the minute or so (null: never)
             * @example null
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When it was created
             * @example 2025-01-16T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was revoked (null: it was not)
             * @example null
             */
            revokedAt: string | null;
        };
        CreateApiKeyBody: {
            /**
             * @description What the key is for
             * @example YOM field-sales integration
             */
            name: string;
            /**
             * @description What the key may do: at least one, all held by the caller's own roles (a repeat counts once)
             * @example [
             *       "VIEW_ACTIVITIES",
             *       "SUBMIT_ACTIVITY_RESULT"
             *     ]
             */
            permissions: ("CREATE_TENANT" | "VIEW_TENANTS" | "MANAGE_COMMERCES" | "SYNC_COMMERCES" | "MANAGE_OPERATORS" | "SYNC_OPERATORS" | "MANAGE_ROUTES" | "VIEW_ACTIVITIES" | "CREATE_ACTIVITY" | "CANCEL_ACTIVITY" | "MANAGE_ACTIVITY_CONFIG" | "DISPATCH_ACTIVITY" | "SUBMIT_ACTIVITY_RESULT" | "MANAGE_API_KEYS")[];
            /**
             * Format: date-time
             * @description When the key stops working (a past time makes a key that is already expired). Absent: never
             * @example 2026-12-31T23:59:59.000Z
             */
            expires_at?: string;
        };
        RevokedApiKey: {
            /**
             * @description What happened
             * @example API key revoked successfully
             */
            message: string;
        };
        Me: {
            /**
             * @description The token's subject, or `api-key:<key id>`
             * @example user-42
             */
            id: string;
            /**
             * @description A user token or an API key
             * @example USER
             * @enum {string}
             */
            kind: "USER" | "API_KEY";
            /**
             * @description The tenants it may act in (a SUPER_ADMIN: any)
             * @example [
             *       "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b"
             *     ]
             */
            tenantIds: string[];
            /**
             * @description A token's roles; none for a key
             * @example [
             *       "ADMIN"
             *     ]
             */
            roles: ("SUPER_ADMIN" | "ADMIN" | "FDE" | "VIEWER")[];
            /**
             * @description What it may do
             * @example [
             *       "VIEW_ACTIVITIES"
             *     ]
             */
            permissions: ("CREATE_TENANT" | "VIEW_TENANTS" | "MANAGE_COMMERCES" | "SYNC_COMMERCES" | "MANAGE_OPERATORS" | "SYNC_OPERATORS" | "MANAGE_ROUTES" | "VIEW_ACTIVITIES" | "CREATE_ACTIVITY" | "CANCEL_ACTIVITY" | "MANAGE_ACTIVITY_CONFIG" | "DISPATCH_ACTIVITY" | "SUBMIT_ACTIVITY_RESULT" | "MANAGE_API_KEYS")[];
            /** @description For an API key: which one; null for a token */
            apiKey: {
                /**
                 * Format: uuid
                 * @description Key id
                 * @example 0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f
                 */
                id: string;
                /**
                 * @description The start of the key
                 * @example rtn_sk_Xb3kP
                 */
                keyPrefix: string;
                /**
                 * Format: date-time
                 * @description When it stops working
                 * @example null
                 */
                expiresAt: string | null;
                /**
                 * @description Who created it
                 * @example user-42
                 */
                userId: string;
            } | null;
        };
        TaskChanges: {
            /** @description Tasks, in the order of their last change */
            data: components["schemas"]["Activity"][];
            /**
             * @description Send it as `cursor` next time to get what changed since; null only when nothing was delivered and no cursor was sent
             * @example 48213_0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f
             */
            nextCursor: string | null;
            /**
             * @description More changes are ready now: call again at once
             * @example false
             */
            hasMore: boolean;
        };
        IntegrationTaskResultBody: {
            /**
             * Format: uuid
             * @description The Reten activity; wins over `provider_activity_id`. One of the two is required
             * @example ee0e8400-e29b-41d4-a716-446655440000
             */
            activity_id?: string;
            /**
             * @description The provider's activity id of a task given to the partner (404 if no task has it)
             * @example ext-123
             */
            provider_activity_id?: string;
            /**
             * @description The task's commerce (404 if the tenant has no commerce with this external id)
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
             * @description Provider-specific status
             * @example DONE
             */
            external_status?: string;
            /**
             * @description Replace a final result the activity already has (409 without it)
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
            task_result: components["schemas"]["IntegrationTaskResultInput"];
            /**
             * @description EFFECTIVE completes the task (stored as COMPLETED), NOT_EFFECTIVE fails it (NOT_EXECUTED), PENDING changes nothing
             * @example EFFECTIVE
             * @enum {string}
             */
            status: "EFFECTIVE" | "NOT_EFFECTIVE" | "PENDING";
        } | unknown | unknown;
        IntegrationTaskResultInput: {
            /**
             * @description One of the tenant's result codes (`GET /api/integration/task-result-type-configs`)
             * @example SALE_COMPLETED
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description What is left of each rate limit, e.g. `"tenant";r=5990;t=42, "principal";r=1190;t=42`: requests remaining (`r`) and seconds until the window resets (`t`). Sent when rate limits are on (IETF draft-ietf-httpapi-ratelimit-headers) */
        RateLimit: string;
        /** @description The rate limits, e.g. `"tenant";q=6000;w=60, "principal";q=1200;w=60`: a quota (`q`) of requests per window of `w` seconds. Sent when rate limits are on */
        "RateLimit-Policy": string;
        /** @description A weak validator of this representation: sent back as `If-None-Match`, it gets 304 while the representation is current */
        ETag: string;
        /** @description Seconds to wait before a retry may succeed (at most a rate-limit window) */
        "Retry-After": number;
    };
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
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database did not answer in time, or the server is shutting down (`SERVICE_UNAVAILABLE`, with `Retry-After`) */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug is taken (`TENANT_SLUG_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightTenants: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigAttributeKeys: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAttributePolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies, by key */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "ac0e8400-e29b-41d4-a716-446655440000",
                     *         "attributeKeyId": "ab0e8400-e29b-41d4-a716-446655440000",
                     *         "strategy": "UPFRONT",
                     *         "resolverType": "INTERNAL_SERVICE",
                     *         "attributeKey": {
                     *           "key": "commerce_info",
                     *           "label": "Commerce Info"
                     *         },
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AttributePolicy"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upsertAttributePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The policy */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attribute_key_id": "ab0e8400-e29b-41d4-a716-446655440000",
                 *       "strategy": "UPFRONT",
                 *       "resolver_type": "INTERNAL_SERVICE"
                 *     }
                 */
                "application/json": components["schemas"]["UpsertAttributePolicyBody"];
            };
        };
        responses: {
            /** @description The policy as stored */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ac0e8400-e29b-41d4-a716-446655440000",
                     *       "attributeKeyId": "ab0e8400-e29b-41d4-a716-446655440000",
                     *       "strategy": "UPFRONT",
                     *       "resolverType": "INTERNAL_SERVICE",
                     *       "attributeKey": {
                     *         "key": "commerce_info",
                     *         "label": "Commerce Info"
                     *       },
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AttributePolicy"];
                };
            };
            /** @description The id is not one of the catalog (`UNKNOWN_ATTRIBUTE_KEY`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigAttributePolicies: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClientHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hook */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://hooks.example.com/reten/attributes",
                     *       "timeoutMs": 2000,
                     *       "hasSecret": true,
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ClientHook"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No hook is configured (`CLIENT_HOOK_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putClientHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The hook */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/reten/attributes",
                 *       "secret": "whsec_5f2b8c1d9e0a4b7c",
                 *       "timeout_ms": 2000
                 *     }
                 */
                "application/json": components["schemas"]["PutClientHookBody"];
            };
        };
        responses: {
            /** @description The hook as stored */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://hooks.example.com/reten/attributes",
                     *       "timeoutMs": 2000,
                     *       "hasSecret": true,
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ClientHook"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigClientHook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "PUT";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTargetResolutionConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configs */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "ad0e8400-e29b-41d4-a716-446655440000",
                     *         "resolutionStrategy": "ON_CREATION",
                     *         "fallbackToCommerceRep": true,
                     *         "fallbackToOwner": true,
                     *         "priority": 0,
                     *         "isActive": true,
                     *         "criteria": [
                     *           {
                     *             "id": "ae0e8400-e29b-41d4-a716-446655440000",
                     *             "criteriaType": "ROLE_MATCH",
                     *             "criteriaConfig": {
                     *               "role": "COMMERCE_REP"
                     *             },
                     *             "priority": 0
                     *           },
                     *           {
                     *             "id": "af0e8400-e29b-41d4-a716-446655440000",
                     *             "criteriaType": "LAST_CONTACTED_SAME_CHANNEL",
                     *             "criteriaConfig": {},
                     *             "priority": 1
                     *           }
                     *         ],
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TargetResolutionConfig"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTargetResolutionConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The config */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution_strategy": "ON_CREATION",
                 *       "fallback_to_commerce_rep": true,
                 *       "fallback_to_owner": true,
                 *       "priority": 0,
                 *       "criteria": [
                 *         {
                 *           "type": "ROLE_MATCH",
                 *           "config": {
                 *             "role": "COMMERCE_REP"
                 *           },
                 *           "priority": 0
                 *         },
                 *         {
                 *           "type": "LAST_CONTACTED_SAME_CHANNEL",
                 *           "priority": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTargetResolutionConfigBody"];
            };
        };
        responses: {
            /** @description The config was created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ad0e8400-e29b-41d4-a716-446655440000",
                     *       "resolutionStrategy": "ON_CREATION",
                     *       "fallbackToCommerceRep": true,
                     *       "fallbackToOwner": true,
                     *       "priority": 0,
                     *       "isActive": true,
                     *       "criteria": [
                     *         {
                     *           "id": "ae0e8400-e29b-41d4-a716-446655440000",
                     *           "criteriaType": "ROLE_MATCH",
                     *           "criteriaConfig": {
                     *             "role": "COMMERCE_REP"
                     *           },
                     *           "priority": 0
                     *         },
                     *         {
                     *           "id": "af0e8400-e29b-41d4-a716-446655440000",
                     *           "criteriaType": "LAST_CONTACTED_SAME_CHANNEL",
                     *           "criteriaConfig": {},
                     *           "priority": 1
                     *         }
                     *       ],
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TargetResolutionConfig"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The priority is taken by another active config (`RESOURCE_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigTargetResolution: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTargetResolutionConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Config id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such config in this tenant (`TARGET_RESOLUTION_CONFIG_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigTargetResolutionId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "PATCH" | "DELETE";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Config id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTargetResolutionConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Config id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTargetResolutionConfigBody"];
            };
        };
        responses: {
            /** @description The config as stored */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ad0e8400-e29b-41d4-a716-446655440000",
                     *       "resolutionStrategy": "ON_CREATION",
                     *       "fallbackToCommerceRep": true,
                     *       "fallbackToOwner": true,
                     *       "priority": 0,
                     *       "isActive": false,
                     *       "criteria": [
                     *         {
                     *           "id": "ae0e8400-e29b-41d4-a716-446655440000",
                     *           "criteriaType": "ROLE_MATCH",
                     *           "criteriaConfig": {
                     *             "role": "COMMERCE_REP"
                     *           },
                     *           "priority": 0
                     *         },
                     *         {
                     *           "id": "af0e8400-e29b-41d4-a716-446655440000",
                     *           "criteriaType": "LAST_CONTACTED_SAME_CHANNEL",
                     *           "criteriaConfig": {},
                     *           "priority": 1
                     *         }
                     *       ],
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TargetResolutionConfig"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such config in this tenant (`TARGET_RESOLUTION_CONFIG_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The priority is taken by another active config (`RESOURCE_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another commerce of the tenant has this `tax_id` (`TAX_ID_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightCommercesSync: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightCommerces: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            header?: {
                /** @description The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
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
            /** @description Not modified: the `If-None-Match` named the current representation's `ETag`; no body */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No commerce has this id in this tenant (`COMMERCE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightCommercesId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "PATCH";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Commerce id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No commerce has this id in this tenant (`COMMERCE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another commerce of the tenant has this `tax_id` (`TAX_ID_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightOperators: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightOperatorsSync: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            header?: {
                /** @description The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
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
            /** @description Not modified: the `If-None-Match` named the current representation's `ETag`; no body */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No operator has this id in this tenant (`OPERATOR_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightOperatorsId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "PATCH";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Operator id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No operator has this id in this tenant (`OPERATOR_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another route of the tenant has this `external_id` (`RESOURCE_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightRoutes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            header?: {
                /** @description The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
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
            /** @description Not modified: the `If-None-Match` named the current representation's `ETag`; no body */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightRoutesId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "PATCH";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Route id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another route of the tenant has this `external_id` (`RESOURCE_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No route (`ROUTE_NOT_FOUND`) or no operator (`OPERATOR_NOT_FOUND`) has this id in this tenant, or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightRoutesIdOperators: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Route id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No route has this id in this tenant (`ROUTE_NOT_FOUND`) or the operator is not linked to it (`OPERATOR_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightRoutesIdOperatorsOperatorId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "DELETE";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
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
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description An attribute key is not in the catalog (`UNKNOWN_ATTRIBUTE_KEY`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The commerce is not in this tenant (`COMMERCE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The idempotency key is already used in this tenant (`IDEMPOTENCY_KEY_CONFLICT`); `activityId` names the existing activity */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivities: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description An attribute key is not in the catalog (`UNKNOWN_ATTRIBUTE_KEY`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The commerce, route or operator is not in this tenant (`COMMERCE_NOT_FOUND`, `ROUTE_NOT_FOUND`, `OPERATOR_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The idempotency key is already used in this tenant (`IDEMPOTENCY_KEY_CONFLICT`); `activityId` names the existing activity */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesTasks: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            header?: {
                /** @description The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
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
            /** @description Not modified: the `If-None-Match` named the current representation's `ETag`; no body */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdStatusEvents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            /** @description The attributes, one per catalog key at most */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdAttributes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The activity is already COMPLETED, CANCELED or FAILED (`INVALID_STATUS_TRANSITION`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdCancel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivityTargetUsers: {
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
            /** @description The target users */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "9a0e8400-e29b-41d4-a716-446655440000",
                     *         "commerceUserId": "ba0e8400-e29b-41d4-a716-446655440000",
                     *         "resolutionStatus": "RESOLVED",
                     *         "resolutionStrategy": "ON_CREATION",
                     *         "lockReason": "CRITERIA_MATCH",
                     *         "resolvedAt": "2025-01-15T10:30:00.000Z",
                     *         "lockedAt": null,
                     *         "errorMessage": null,
                     *         "commerceUser": {
                     *           "firstName": "María",
                     *           "lastName": "González"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TargetUser"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdTargetUsers: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdTargetUsersTargetUserIdResolve: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "PATCH";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
                /** @description Target user record id */
                targetUserId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignActivityTargetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id */
                id: string;
                /** @description Target user record id */
                targetUserId: string;
            };
            cookie?: never;
        };
        /** @description The commerce user */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commerce_user_id": "ba0e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["AssignTargetUserBody"];
            };
        };
        responses: {
            /** @description The assigned target */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a0e8400-e29b-41d4-a716-446655440000",
                     *       "commerceUserId": "ba0e8400-e29b-41d4-a716-446655440000",
                     *       "resolutionStatus": "LOCKED",
                     *       "resolutionStrategy": "MANUAL",
                     *       "lockReason": "MANUAL_ASSIGNMENT",
                     *       "resolvedAt": "2025-01-15T10:30:00.000Z",
                     *       "lockedAt": "2025-01-15T10:30:00.000Z",
                     *       "errorMessage": null,
                     *       "commerceUser": {
                     *         "firstName": "María",
                     *         "lastName": "González"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TargetUser"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such activity, target user, or active user of its commerce (`ACTIVITY_NOT_FOUND`, `TARGET_USER_NOT_FOUND`, `COMMERCE_USER_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The target is already RESOLVED or LOCKED (`TARGET_USER_LOCKED`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesIdRetryResolution: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "PATCH";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryActivityResolution: {
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
            /** @description The activity after the retry */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description The activity is not UNRESOLVED (`INVALID_ACTIVITY_STATE`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description `commerce_external_id` is not the matched activity's commerce (`COMMERCE_MISMATCH`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `activity_id` is not in this tenant (`ACTIVITY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A PENDING result after a final one or on a final activity (`RESULT_FINAL`), not later than the stored result (`STALE_RESULT`), or a forbidden status change without `hard_override` (`INVALID_STATUS_TRANSITION`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityResultsTasks: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityResults: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
            header?: {
                /** @description The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
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
            /** @description Not modified: the `If-None-Match` named the current representation's `ETag`; no body */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No result with this id in the tenant (`RESULT_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityResultsId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Result id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The providers */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0195b4a0-1000-7000-8000-000000000001",
                     *         "code": "MOCK",
                     *         "name": "Mock provider",
                     *         "protocolType": "INTERNAL",
                     *         "isActive": true,
                     *         "channelDefinitions": [
                     *           {
                     *             "channel": "SALESMAN",
                     *             "credentialSchema": [],
                     *             "settingsSchema": []
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "id": "0195b4a0-1000-7000-8000-000000000002",
                     *         "code": "WEBHOOK",
                     *         "name": "Generic REST webhook",
                     *         "protocolType": "REST",
                     *         "isActive": true,
                     *         "channelDefinitions": [
                     *           {
                     *             "channel": "SALESMAN",
                     *             "credentialSchema": [
                     *               {
                     *                 "key": "apiKey",
                     *                 "label": "API key",
                     *                 "type": "password",
                     *                 "required": true,
                     *                 "header": "x-api-key"
                     *               }
                     *             ],
                     *             "settingsSchema": []
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DispatchProvider"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightDispatchProviders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchChannelDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Dispatch provider id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel definitions */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0195b4a0-1000-7000-8000-000000000010",
                     *         "dispatchProviderId": "0195b4a0-1000-7000-8000-000000000002",
                     *         "channel": "SALESMAN",
                     *         "credentialSchema": [
                     *           {
                     *             "key": "apiKey",
                     *             "label": "API key",
                     *             "type": "password",
                     *             "required": true,
                     *             "header": "x-api-key"
                     *           }
                     *         ],
                     *         "settingsSchema": [],
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DispatchChannelDefinition"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No provider with this id (`DISPATCH_PROVIDER_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightDispatchProvidersIdChannelDefinitions: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Dispatch provider id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configs */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0195b4a0-2000-7000-8000-000000000001",
                     *         "dispatchProviderId": "0195b4a0-1000-7000-8000-000000000001",
                     *         "channel": "SALESMAN",
                     *         "baseUrl": null,
                     *         "settings": {},
                     *         "isActive": true,
                     *         "hasCredentials": false,
                     *         "dispatchProvider": {
                     *           "code": "MOCK",
                     *           "name": "Mock provider"
                     *         },
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       },
                     *       {
                     *         "id": "0195b4a0-2000-7000-8000-000000000002",
                     *         "dispatchProviderId": "0195b4a0-1000-7000-8000-000000000002",
                     *         "channel": "WHATSAPP",
                     *         "baseUrl": "https://provider.example.com/api",
                     *         "settings": {},
                     *         "isActive": true,
                     *         "hasCredentials": true,
                     *         "dispatchProvider": {
                     *           "code": "WEBHOOK",
                     *           "name": "Generic REST webhook"
                     *         },
                     *         "createdAt": "2025-01-15T10:30:00.000Z",
                     *         "updatedAt": "2025-01-15T10:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DispatchConfig"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDispatchConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The config */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dispatch_provider_id": "0195b4a0-1000-7000-8000-000000000002",
                 *       "channel": "WHATSAPP",
                 *       "base_url": "https://provider.example.com/api",
                 *       "credentials": {
                 *         "apiKey": "sk-xxx"
                 *       },
                 *       "settings": {}
                 *     }
                 */
                "application/json": components["schemas"]["CreateDispatchConfigBody"];
            };
        };
        responses: {
            /** @description The config was created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0195b4a0-2000-7000-8000-000000000002",
                     *       "dispatchProviderId": "0195b4a0-1000-7000-8000-000000000002",
                     *       "channel": "WHATSAPP",
                     *       "baseUrl": "https://provider.example.com/api",
                     *       "settings": {},
                     *       "isActive": true,
                     *       "hasCredentials": true,
                     *       "dispatchProvider": {
                     *         "code": "WEBHOOK",
                     *         "name": "Generic REST webhook"
                     *       },
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DispatchConfig"];
                };
            };
            /** @description The provider does not serve the channel, `base_url` is missing, or the credentials do not match the channel definition (`VALIDATION_FAILED`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No active provider with this id (`DISPATCH_PROVIDER_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant already has an active config for this channel (`RESOURCE_CONFLICT`): deactivate it first */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightDispatchConfigs: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDispatchConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Dispatch config id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The config was deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No dispatch config with this id in the tenant (`DISPATCH_CONFIG_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightDispatchConfigsId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "PATCH" | "DELETE";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Dispatch config id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDispatchConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Dispatch config id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "settings": {
                 *         "team": "north"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDispatchConfigBody"];
            };
        };
        responses: {
            /** @description The updated config */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0195b4a0-2000-7000-8000-000000000001",
                     *       "dispatchProviderId": "0195b4a0-1000-7000-8000-000000000001",
                     *       "channel": "SALESMAN",
                     *       "baseUrl": null,
                     *       "settings": {
                     *         "team": "north"
                     *       },
                     *       "isActive": true,
                     *       "hasCredentials": false,
                     *       "dispatchProvider": {
                     *         "code": "MOCK",
                     *         "name": "Mock provider"
                     *       },
                     *       "createdAt": "2025-01-15T10:30:00.000Z",
                     *       "updatedAt": "2025-01-15T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DispatchConfig"];
                };
            };
            /** @description The `base_url` is one the server may not call (`VALIDATION_FAILED`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No dispatch config with this id in the tenant (`DISPATCH_CONFIG_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant already has an active config for this channel (`RESOURCE_CONFLICT`): deactivate it first, or the change does not fit the config's provider: `base_url` removed from a REST provider's config, or credentials that do not match the channel definition (`PROVIDER_MISMATCH`, with field `errors`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Activity id (a TASK) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider accepted the task; it is now DISPATCHED */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The activity is not a TASK or not READY (`INVALID_ACTIVITY_STATE`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or no active dispatch config for its channel (`DISPATCH_CONFIG_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The dispatcher is sending this task right now (`DISPATCH_IN_PROGRESS`); its status events will show the outcome. Or what it needs at dispatch did not resolve (`RESOLUTION_FAILED`): nothing was sent, the task is now UNRESOLVED */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider failed, timed out or could not be reached (`PROVIDER_FAILED`); DISPATCH_FAILED was recorded and `detail` says whether it will be retried */
            502: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivitiesTasksIdDispatch: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Activity id (a TASK) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTaskResultTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The types */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0193a0b2-6c1e-7f00-8000-6a2b3c4d5e6f",
                     *         "code": "RESCHEDULE",
                     *         "label": "Reschedule the visit",
                     *         "requiresFutureScheduledAt": true,
                     *         "createdAt": "2025-01-16T09:00:00.000Z",
                     *         "updatedAt": "2025-01-16T09:00:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TaskResultType"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTaskResultType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The type */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "ORDER_TAKEN",
                 *       "label": "Order taken",
                 *       "requires_future_scheduled_at": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskResultTypeBody"];
            };
        };
        responses: {
            /** @description The type was created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b2-6c1e-7f00-8000-6a2b3c4d5e6f",
                     *       "code": "RESCHEDULE",
                     *       "label": "Reschedule the visit",
                     *       "requiresFutureScheduledAt": true,
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TaskResultType"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant already has a type with this code (`RESOURCE_CONFLICT`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigTaskResultTypes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTaskResultType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The type was deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No task result type has this id in this tenant (`TASK_RESULT_TYPE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightActivityConfigTaskResultTypesId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "PATCH" | "DELETE";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Type id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTaskResultType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Reschedule"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskResultTypeBody"];
            };
        };
        responses: {
            /** @description The updated type */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b2-6c1e-7f00-8000-6a2b3c4d5e6f",
                     *       "code": "RESCHEDULE",
                     *       "label": "Reschedule",
                     *       "requiresFutureScheduledAt": true,
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "updatedAt": "2025-01-16T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TaskResultType"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No task result type has this id in this tenant (`TASK_RESULT_TYPE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f",
                     *         "name": "YOM field-sales integration",
                     *         "keyPrefix": "rtn_sk_Xb3kP",
                     *         "userId": "user-42",
                     *         "tenantId": "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
                     *         "isActive": true,
                     *         "permissions": [
                     *           "VIEW_ACTIVITIES",
                     *           "SUBMIT_ACTIVITY_RESULT"
                     *         ],
                     *         "expiresAt": null,
                     *         "lastUsedAt": null,
                     *         "createdAt": "2025-01-16T09:00:00.000Z",
                     *         "revokedAt": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ApiKey"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The key */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "YOM field-sales integration",
                 *       "permissions": [
                 *         "VIEW_ACTIVITIES",
                 *         "SUBMIT_ACTIVITY_RESULT"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyBody"];
            };
        };
        responses: {
            /** @description The key was created; `plaintextKey` is shown this once */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f",
                     *       "name": "YOM field-sales integration",
                     *       "keyPrefix": "rtn_sk_Xb3kP",
                     *       "userId": "user-42",
                     *       "tenantId": "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
                     *       "isActive": true,
                     *       "permissions": [
                     *         "VIEW_ACTIVITIES",
                     *         "SUBMIT_ACTIVITY_RESULT"
                     *       ],
                     *       "expiresAt": null,
                     *       "lastUsedAt": null,
                     *       "createdAt": "2025-01-16T09:00:00.000Z",
                     *       "revokedAt": null,
                     *       "plaintextKey": "rtn_sk_Xb3kPq9wE2rT7yU1iO4pA6sD8fG0hJ3kL5zX7cV9bN1"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A permission the caller's roles do not hold (`PERMISSION_DENIED`), or the credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightKeys: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET" | "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "API key revoked successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["RevokedApiKey"];
                };
            };
            /** @description The key is already revoked (`API_KEY_REVOKED`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key belongs to another user of the tenant (`PERMISSION_DENIED`), or the credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key has this id in this tenant (`API_KEY_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightKeysIdRevoke: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path: {
                /** @description Key id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "user-42",
                     *       "kind": "USER",
                     *       "tenantIds": [
                     *         "6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b"
                     *       ],
                     *       "roles": [
                     *         "ADMIN"
                     *       ],
                     *       "permissions": [
                     *         "VIEW_ACTIVITIES",
                     *         "CREATE_ACTIVITY"
                     *       ],
                     *       "apiKey": null
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightAuthMe: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTaskResultTypeConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The codes */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "code": "SALE_COMPLETED",
                     *         "label": "Sale completed",
                     *         "requiresFutureScheduledAt": false
                     *       },
                     *       {
                     *         "code": "RESCHEDULE",
                     *         "label": "Reschedule the visit",
                     *         "requiresFutureScheduledAt": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TaskResultTypeConfig"][];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, unknown, revoked or expired API key; a token is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightIntegrationTaskResultTypeConfigs: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pullTasks: {
        parameters: {
            query?: {
                /** @description Where the last call stopped (its `nextCursor`): the tasks changed since, in order. Absent: from the first change (or from `updated_since`) */
                cursor?: string;
                /** @description Only tasks last changed at or after this time */
                updated_since?: string;
                /** @description Only this status */
                status?: "READY" | "UNRESOLVED" | "DISPATCHED" | "COMPLETED" | "CANCELED" | "FAILED";
                /** @description Only this channel */
                channel?: "SALESMAN" | "CALLCENTER" | "WHATSAPP" | "EMAIL" | "SMS" | "PUSH";
                /** @description Scheduled at or after (inclusive) */
                scheduled_from?: string;
                /** @description Scheduled at or before (inclusive) */
                scheduled_to?: string;
                /** @description Tasks per call (default 100, max 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next changes */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ee0e8400-e29b-41d4-a716-446655440000",
                     *           "type": "TASK",
                     *           "channel": "SALESMAN",
                     *           "status": "READY",
                     *           "reason": "Monthly visit",
                     *           "idempotencyKey": "task-2025-01-15-001",
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
                     *           "taskDetails": {
                     *             "assignedRouteId": "dd0e8400-e29b-41d4-a716-446655440000",
                     *             "assignedOperatorId": "cc0e8400-e29b-41d4-a716-446655440000"
                     *           },
                     *           "targetCriteria": null,
                     *           "providerActivityId": null,
                     *           "dispatchAttemptCount": 0,
                     *           "createdAt": "2025-01-15T10:30:00.000Z",
                     *           "updatedAt": "2025-01-15T10:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "48213_0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f",
                     *       "hasMore": false
                     *     }
                     */
                    "application/json": components["schemas"]["TaskChanges"];
                };
            };
            /** @description The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, unknown, revoked or expired API key; a token is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightIntegrationActivitiesTasks: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "GET";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitIntegrationResult: {
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
                 *       "activity_id": "ee2e8400-e29b-41d4-a716-446655440000",
                 *       "commerce_external_id": "store-001",
                 *       "status": "EFFECTIVE",
                 *       "occurred_at": "2025-01-16T14:30:00.000Z",
                 *       "task_result": {
                 *         "result": "SALE_COMPLETED",
                 *         "comment": "Order placed",
                 *         "contact_type": "OUTBOUND"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationTaskResultBody"];
            };
        };
        responses: {
            /** @description The stored result was updated by a later one */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
            /** @description An unknown result code (`UNKNOWN_RESULT_CODE`), a missing or past `future_scheduled_at` where the code needs one, or the commerce is not the task's (`COMMERCE_MISMATCH`), or the request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, unknown, revoked or expired API key; a token is not accepted here (`UNAUTHENTICATED`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No task has this `activity_id` or `provider_activity_id` in the tenant (`ACTIVITY_NOT_FOUND`), or no commerce this `commerce_external_id` (`COMMERCE_NOT_FOUND`), or the tenant does not exist (`TENANT_NOT_FOUND`) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The activity already has a final result and `hard_override` is not set, or a PENDING result after a final one (`RESULT_FINAL`); not later than the stored result (`STALE_RESULT`); a status change the state machine forbids without `hard_override` (`INVALID_STATUS_TRANSITION`) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`) */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preflightIntegrationActivityResultsTasks: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The page's origin
                 * @example http://localhost:5173
                 */
                Origin: string;
                /** @description The method of the call to come */
                "Access-Control-Request-Method": "POST";
                /**
                 * @description The headers of the call to come
                 * @example authorization, x-tenant-id
                 */
                "Access-Control-Request-Headers"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin */
            204: {
                headers: {
                    /** @description The origin, when it is allowed */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description The methods a page may use */
                    "Access-Control-Allow-Methods"?: string;
                    /** @description The headers a page may send */
                    "Access-Control-Allow-Headers"?: string;
                    /** @description How long the answer may be kept, in seconds */
                    "Access-Control-Max-Age"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`) */
            400: {
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
