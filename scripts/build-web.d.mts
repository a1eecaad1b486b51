export declare const WEB_PAGE: string;
export declare function buildWebPage(options?: { out?: string }): Promise<string>;
