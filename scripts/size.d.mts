export declare const BROWSER_DIR: string;
export declare const FIRST_LOAD_BUDGET_GZIP: number;
export interface BrowserPart { name: string; files: string[]; raw: number; gzip: number }
export declare function browserSizes(): BrowserPart[];
