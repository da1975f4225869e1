export interface SocialRehabilitationTables {}
