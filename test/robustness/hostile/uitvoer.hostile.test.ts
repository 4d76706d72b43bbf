import { toetsSoorten } from './runner';
import { BIJZONDER, LINKS } from './uitvoer';
import { BESTAAND, MISLUKT } from './uitvoerBestaand';
import { naAfloop } from './uitvoerBouw';
import { GEEN_STACK, ONDERBROKEN } from './uitvoerSignalen';

afterAll(naAfloop);

toetsSoorten('the output path: links (item 9)', LINKS);
toetsSoorten('the output path: special files (item 10)', BIJZONDER);
toetsSoorten('the output path: an existing output (item 12)', BESTAAND);
toetsSoorten('the output path: a write that fails (item 13)', MISLUKT);
toetsSoorten('interrupted runs (item 11)', ONDERBROKEN);
toetsSoorten('no stack trace, whatever fails', GEEN_STACK);
