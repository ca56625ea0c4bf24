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
