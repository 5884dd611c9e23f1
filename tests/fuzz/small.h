/* small.h - a small lexicon and actor list that the text and attribution
 * targets load from memory: a few entries of every kind, so that the
 * fuzzer reaches every rule of scoring and attribution quickly. */
#ifndef TENOR_FUZZ_SMALL_H
#define TENOR_FUZZ_SMALL_H

/* Every kind of entry: each category, shifters, a speech phrase, a
 * wildcard, a stem, multi-word terms, a contraction and a category of
 * one's own. */
static const char small_lexicon[] =
    "term,category,weight,match\n"
    "good,tone,2,\n"
    "bad,tone,-2.5,\n"
    "attack,hostility,2.5,stem\n"
    "attack,tone,-1,stem\n"
    "threat*,hostility,1.5,\n"
    "threat*,fear,,\n"
    "war of words,hostility,2,\n"
    "peace talks,cooperation,3,\n"
    "agree,cooperation,2,stem\n"
    "ceasefire,cooperation,2.5,\n"
    "ceasefire,tone,1,\n"
    "not,negator,1,\n"
    "don't,negator,,\n"
    "lack,tone,-1,\n"
    "lack,negator,1,\n"
    "however,contrast,,\n"
    "but,contrast,1,\n"
    "very,booster,0.3,\n"
    "no doubt,booster,0.4,\n"
    "slightly,dampener,-0.3,\n"
    "said,speech,1,\n"
    "told,speech,,\n"
    "according to,speech,1,\n"
    "ally,care_virtue,0.5,\n";

/* A state with a capital and a demonym, an organisation, a group, and
 * people affiliated to them. */
static const char small_actors[] =
    "actor,name,type,affiliation,aliases\n"
    "RUS,Russia,state,,Russian|Russians|Moscow|Kremlin\n"
    "USA,United States,state,,US|U.S.|American|Americans|Washington|Pentagon\n"
    "SYR,Syria,state,,Syrian|Damascus\n"
    "NATO,NATO,organisation,,North Atlantic Treaty Organization|the alliance\n"
    "ISIS,Islamic State,group,,IS|ISIL|Daesh\n"
    "vladimir_putin,Vladimir Putin,person,RUS,Putin|President Putin\n"
    "ash_carter,Ash Carter,person,USA,Carter\n"
    "jens_stoltenberg,Jens Stoltenberg,person,NATO,Stoltenberg\n";

#endif
