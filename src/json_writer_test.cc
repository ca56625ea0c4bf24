#include "json_writer.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("objects, arrays and separators") {
  JsonWriter w;
  w.begin_object().key("a").value(1).key("b").begin_array().value("x").value(true).null().end_array();
  w.key("c").begin_object().end_object().end_object();
  CHECK(w.str() == "{\"a\":1,\"b\":[\"x\",true,null],\"c\":{}}\n");
}

TEST_CASE("strings are escaped, UTF-8 kept") {
  CHECK(json_escape("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"");
  CHECK(json_escape(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(json_escape("Việt") == "\"Việt\"");
}

TEST_CASE("a value written by another writer goes in whole, separated like any value") {
  JsonWriter part;
  part.begin_object().key("path").value("a.yaml").end_object();
  JsonWriter w;
  w.begin_object().key("files").begin_array().raw(part.str()).raw(part.str()).end_array().end_object();
  CHECK(w.str() == "{\"files\":[{\"path\":\"a.yaml\"},{\"path\":\"a.yaml\"}]}\n");
}
