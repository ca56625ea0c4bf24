// A small streaming JSON writer: keys in the order written, UTF-8 passed
// through, control characters escaped, bytes that are not UTF-8 written as
// U+FFFD so the output always parses. Enough for reports and diagnostics.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(std::size_t n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  JsonWriter& strings(const std::vector<std::string>& v);
  // A value another JsonWriter wrote (its str()), put in as it stands.
  JsonWriter& raw(std::string_view json);

  // The document, with a final newline.
  std::string str() const { return out_ + "\n"; }

 private:
  void separate();
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);

}  // namespace baocao
