/** The PostgreSQL schema's steps, oldest first. A new step gets the next number and goes last. */
import { initial } from './0001-initial';

export const pgMigrations = [initial];
