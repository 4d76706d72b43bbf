import { toetsSoorten } from './runner';
import { XML_SOORTEN } from './xml';

toetsSoorten('nplv as a process: the XML of the package read as XML', XML_SOORTEN);
