/** The SQLite schema's steps, oldest first. A new step gets the next number and goes last. */
import { initial } from './0001-initial';
import { answersAsJson } from './0002-answers-as-json';
import { courses } from './0003-courses';
import { presenterLogins } from './0004-presenter-logins';
import { decksByHash } from './0005-decks-by-hash';

export const sqliteMigrations = [initial, answersAsJson, courses, presenterLogins, decksByHash];
