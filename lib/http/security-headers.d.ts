export declare const securityHeaders: ReadonlyArray<{ key: string; value: string }>
export declare function pageContentSecurityPolicy(nonce: string, options?: { development?: boolean }): string
