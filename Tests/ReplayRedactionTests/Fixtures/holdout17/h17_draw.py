"""holdout17: a per-line value drawer that records every labelled value it hands out."""
import h17_core as C
import h17_keys as K
import h17_phones as P

REGION_LANG = {
    "US": "en", "CA": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "IN": "hi", "SG": "en", "ZA": "en", "NG": "en",
    "KE": "en", "PH": "en", "HK": "zh", "MY": "ms", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "nl", "NL": "nl",
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "BR": "pt", "PT": "pt", "IT": "it", "PL": "pl",
    "SE": "sv", "DK": "da", "FI": "fi", "NO": "nb", "TR": "tr", "RU": "ru", "UA": "uk", "EG": "ar", "AE": "ar", "SA": "ar",
    "IL": "he", "JP": "ja", "KR": "ko", "CN": "zh", "TW": "zh", "TH": "th", "VN": "vi", "ID": "id", "GR": "el", "CZ": "cs",
    "RO": "ro", "HU": "hu", "PK": "en",
}
ALL_REGIONS = [r[0] for r in P.PHONES]

SERVICE_FOR_PROVIDER = {}
for _row in K.PROVIDER:
    SERVICE_FOR_PROVIDER.setdefault(_row[0], _row[1])


class Draw:
    def __init__(self, rng):
        self.rng = rng
        self.spans = []

    def _add(self, kind, value, shape):
        self.spans.append({"kind": kind, "value": value, "shape": shape})
        return value

    def email(self, lang="en", kind=None):
        v, shape, (first, last) = C.make_email(self.rng, lang, kind)
        if first and "person" not in self.__dict__:
            self.person = first.title() + " " + last.title()
        return self._add("email", v, shape)

    def name(self):
        """The name that goes with the first personal e-mail drawn (else an unrelated stock name)."""
        if "person" in self.__dict__:
            return self.person
        from h17_dev_a import NAMES
        return self.rng.choice(NAMES)

    def region(self, lang=None):
        if lang is not None and lang in P.LANG_REGIONS:
            return self.rng.choice(P.LANG_REGIONS[lang])
        return self.rng.choice(ALL_REGIONS)

    def phone(self, region=None, label=None, plus=None, mobile=False):
        if region is None:
            region = self.region()
        v, shape = P.make_phone(self.rng, region, label, plus, mobile)
        return self._add("phone", v, shape)

    def card(self, network=None, sep=None):
        v, shape = C.make_card(self.rng, network, sep)
        return self._add("card", v, shape)

    def key(self, opaque=None, shape=None, service=None, styles=None):
        if opaque is None and shape is None and service is None:
            opaque = self.rng.random() < 0.27
        k = K.draw(self.rng, opaque=opaque, shape=shape, service=service, styles=styles)
        self._add("api_key", k["value"], k["shape"])
        return k

    def ext(self):
        r = self.rng
        return r.choice(["ext. ", "x", "ext ", "Ext. "]) + str(r.randint(2, 4999))
