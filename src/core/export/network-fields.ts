// A place's or a link's every field for the network writers, flat and named as the CSV files name them.
import { flatFields, LINK_COLUMNS, PLACE_COLUMNS } from "../network-file/csv-columns";

export type FlatFields = ReturnType<typeof flatFields>;

/** "name.en", "position.basis", "countries" ("KZ;KG"), …; a graph node's attributes give all but `id`. */
export const placeFields = (place: object): FlatFields => flatFields(place, PLACE_COLUMNS);

/** "mode", "km", "length.sources", "corridors" (";" list), …; a graph edge's give all but `id`, `from`, `to`. */
export const linkFields = (link: object): FlatFields => flatFields(link, LINK_COLUMNS);

/** Characters XML 1.0 cannot hold even escaped (control codes, lone surrogates); a network file may have them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with each character XML cannot hold replaced by U+FFFD, so that the file still parses. */
export const xmlChars = (text: string): string => text.replace(NOT_XML, "\uFFFD");

/** Fields whose texts XML can hold (see xmlChars). */
export const xmlFields = (fields: FlatFields): FlatFields =>
  Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      typeof value === "string" ? xmlChars(value) : value,
    ]),
  );
