# gen-gazetteer.awk - the entity gazetteer of parser/gazetteer.c.
#
# Reads Debian's iso-codes iso_3166-1.json (country names) and the entity
# word lists of data/ (named by their file name), and prints one line per
# form: "key TAB flags TAB canon TAB priority". The key is the form in ASCII
# lower case, except forms written all in capitals ("US", "WHO"), which keep
# their case so that they match only in capitals. gen-gazetteer.sh sorts the
# lines and merges equal keys (gen-gazetteer-c.awk).
#
# Flags are the AD_GAZ_* bits of include/articled/gazetteer.h; keep the two
# in step.
BEGIN {
    FS = "\t"
    F_COUNTRY = 1; F_PLACE = 2; F_ORG = 4; F_DEMONYM = 8; F_GIVEN = 16
    F_TITLE = 32; F_TITLEMOD = 64; F_HON = 128; F_CUE = 256; F_SPEECH = 512
    F_ORGHEAD = 1024; F_PLACEHEAD = 2048; F_NONENT = 4096; F_LINK = 8192
    F_PARTICLE = 16384; F_PLACEPREP = 32768; F_SPORT = 65536; F_PLACEMOD = 131072; F_EVENTHEAD = 262144
    F_SUBNAT = 524288
}
function key(s,    k) {
    gsub(/\xe2\x80\x99/, "'", s)           # typographic apostrophe
    if (s ~ /[A-Z]/ && s !~ /[a-z]/ && length(s) <= 6) return s
    k = tolower(s)
    return k
}
function emit(form, flags, canon, prio) {
    if (form == "" || form == "-") return
    sub(/^the /, "", form)
    printf "%s\t%d\t%s\t%d\n", key(form), flags, canon, prio
}
# iso_3166-1.json: one "key": "value" pair per line inside each object.
FILENAME ~ /\.json$/ {
    if ($0 ~ /^[ \t]*\{/) { code = ""; nm = ""; off = ""; com = "" }
    if (match($0, /"[a-z_0-9]+"[ \t]*:[ \t]*"[^"]*"/)) {
        pair = substr($0, RSTART, RLENGTH)
        k = pair; sub(/^"/, "", k); sub(/".*/, "", k)
        v = pair; sub(/^"[^"]*"[ \t]*:[ \t]*"/, "", v); sub(/"$/, "", v)
        if (k == "alpha_2") code = v
        else if (k == "name") nm = v
        else if (k == "official_name") off = v
        else if (k == "common_name") com = v
    }
    if ($0 ~ /^[ \t]*\}/ && code != "") {
        if (nm !~ /[,(]/) emit(nm, F_COUNTRY, code, 9)
        if (off !~ /[,(]/) emit(off, F_COUNTRY, code, 9)
        if (com != "") emit(com, F_COUNTRY, code, 9)
        ncountries++
        code = ""
    }
    next
}
/^#/ || /^[ \t]*$/ { next }
{
    f = FILENAME; sub(/.*\//, "", f); sub(/\.tsv$/, "", f)
    if (f == "country_aliases") emit($1, F_COUNTRY, $2, 9)
    else if (f == "capitals") emit($1, F_PLACE, $1, 8)
    else if (f == "place_aliases") emit($1, F_PLACE, $2, 8)
    else if (f == "orgs") { emit($1, F_ORG, $1, 7); emit($2, F_ORG, $1, 7) }
    else if (f == "regions") emit($1, F_PLACE + ($3 == "division" ? F_SUBNAT : 0), $1, 6)
    else if (f == "cities") emit($1, F_PLACE + F_SUBNAT, $1, 5)
    else if (f == "demonyms") emit($1, F_DEMONYM, $2, 4)
    else if (f == "given_names") emit($1, F_GIVEN, "", 0)
    else if (f == "titles") emit($1, $2 == "mod" ? F_TITLEMOD : $2 == "hon" ? F_HON : F_TITLE, "", 0)
    else if (f == "person_cues") emit($1, F_CUE, "", 0)
    else if (f == "speech_verbs") emit($1, F_SPEECH, "", 0)
    else if (f == "name_heads") emit($1, $2 == "place" ? F_PLACEHEAD : F_ORGHEAD, "", 0)
    else if (f == "nonentities") emit($1, F_NONENT, "", 0)
    else if (f == "name_joiners") emit($1, $2 == "particle" ? F_PARTICLE : F_LINK, "", 0)
    else if (f == "place_preps") emit($1, F_PLACEPREP, "", 0)
    else if (f == "sport_words") emit($1, F_SPORT, "", 0)
    else if (f == "place_modifiers") emit($1, F_PLACEMOD, "", 0)
    else if (f == "event_heads") emit($1, F_EVENTHEAD, "", 0)
    else { print "gen-gazetteer.awk: unknown list " FILENAME > "/dev/stderr"; exit 1 }
}
END {
    if (ncountries < 200) { print "gen-gazetteer.awk: no countries read from iso-codes" > "/dev/stderr"; exit 1 }
}
