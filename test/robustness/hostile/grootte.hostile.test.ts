import { GROOTTE } from './grootte';
import { toetsSoorten } from './runner';

toetsSoorten('nplv as a process: sizes (issue 13, items 2, 3, 6 and 7)', GROOTTE);
