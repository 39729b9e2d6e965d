import { structureViewsEn } from "./structureViews.en";
import { structureViewsId } from "./structureViews.id";
import { addWords } from "./translate";

// The words of the Structure, Alignment and Compare views and what only they
// use (the unit panel, the owners editor, structure images and sheets) are not
// in the first download. Every module that uses one of them imports this
// module, so that the words are in the dictionaries before anything of it
// renders (a test holds each such module to it).
addWords(structureViewsEn, structureViewsId);
