#include "figures.h"

#include <algorithm>

namespace baocao {

Figures::Figures(std::vector<FigureDef> defs) : defs_(std::move(defs)) {
  for (FigureDef& d : defs_) {
    switch (d.kind) {
      case FigureKind::sum:
      case FigureKind::count:
      case FigureKind::schools: d.width = 1; break;
      case FigureKind::ratio:
      case FigureKind::parts: d.width = 0; break;
      case FigureKind::distinct: d.width = d.vocabulary->terms().size(); break;
      case FigureKind::breakdown:
        d.width = d.vocabulary->terms().size() * (d.by ? d.by_vocabulary->terms().size() : 1);
        break;
    }
    d.offset = width_;
    width_ += d.width;
  }
}

const FigureDef* Figures::find(std::string_view id) const {
  for (const FigureDef& d : defs_)
    if (d.id == id) return &d;
  return nullptr;
}

long long FigureDef::value(const std::vector<long long>& row) const {
  if (kind != FigureKind::distinct) return offset < row.size() ? row[offset] : 0;
  long long used = 0;
  for (std::size_t i = offset; i < offset + width && i < row.size(); ++i) used += row[i] != 0;
  return used;
}

void add_row(std::vector<long long>& a, const std::vector<long long>& b) {
  if (a.size() < b.size()) a.resize(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) a[i] += b[i];
}

namespace {

// Whether a list item counts for a figure with a `where`: its code field
// holds one of the codes asked for, or its yes/no field is yes.
bool matches(const FigureDef& d, const ListItem& item) {
  if (!d.where) return true;
  if (d.where->kind == FieldKind::flag) return item.values[*d.where].flag;
  for (const auto& c : item.values[*d.where].codes)
    if (std::find(d.where_any.begin(), d.where_any.end(), c.value) != d.where_any.end()) return true;
  return false;
}

// Calls fn(term index) for each code a code field holds (one for `code`, each for `codes`).
template <typename Fn>
void each_code(const FieldValue& v, const Vocabulary& vocab, Fn fn) {
  for (const auto& c : v.codes)
    if (std::size_t i = vocab.index_of(c.value); i < vocab.terms().size()) fn(i);
}

long long number(const FigureDef& d, const Form& form, const SchoolRecord& r) {
  const FormField& f = *d.fields[0];
  const FormField* list = form.list_of(f);
  switch (d.kind) {
    case FigureKind::sum: {
      if (!list) return r[f].number;
      long long n = 0;
      for (const ListItem& item : r.items(form.index(*list)))
        if (matches(d, item)) n += item.values[f].number;
      return n;
    }
    case FigureKind::count: {
      const std::vector<ListItem>& items = r.items(form.index(f));
      if (!d.where) return static_cast<long long>(items.size());
      return std::count_if(items.begin(), items.end(), [&](const ListItem& i) { return matches(d, i); });
    }
    default:  // schools
      switch (f.kind) {
        case FieldKind::flag: return r[f].flag ? 1 : 0;
        case FieldKind::list: return r.items(form.index(f)).empty() ? 0 : 1;
        default: return r[f].number > 0 ? 1 : 0;
      }
  }
}

void cells(const FigureDef& d, const Form& form, const SchoolRecord& r, long long* out) {
  const std::size_t columns = d.by ? d.by_vocabulary->terms().size() : 1;
  for (const FormField* f : d.fields) {
    const FormField* list = form.list_of(*f);
    auto item_codes = [&](const FieldValues& values) {
      if (d.kind == FigureKind::distinct) {
        each_code(values[*f], *d.vocabulary, [&](std::size_t i) { out[i] = 1; });
      } else if (!d.by) {
        each_code(values[*f], *d.vocabulary, [&](std::size_t i) { ++out[i]; });
      } else {
        each_code(values[*f], *d.vocabulary, [&](std::size_t i) {
          each_code(values[*d.by], *d.by_vocabulary, [&](std::size_t j) { ++out[i * columns + j]; });
        });
      }
    };
    if (!list) {
      item_codes(r.values);
      continue;
    }
    for (const ListItem& item : r.items(form.index(*list))) item_codes(item.values);
  }
}

}  // namespace

std::vector<long long> Figures::of(const Form& form, const SchoolRecord& record) const {
  std::vector<long long> row(width_);
  for (const FigureDef& d : defs_) {
    switch (d.kind) {
      case FigureKind::ratio:
      case FigureKind::parts: break;
      case FigureKind::distinct:
      case FigureKind::breakdown: cells(d, form, record, row.data() + d.offset); break;
      default:
        row[d.offset] = d.fields.empty() ? 1 : number(d, form, record);  // no field: the `schools` figure
    }
  }
  return row;
}

const char* figure_kind_name(const FigureDef& d) {
  switch (d.kind) {
    case FigureKind::sum: return "sum";
    case FigureKind::count: return "count";
    case FigureKind::schools: return "schools";
    case FigureKind::ratio: return "ratio";
    case FigureKind::distinct: return "distinct";
    case FigureKind::breakdown: return d.by ? "breakdown2" : "breakdown";
    case FigureKind::parts: return "parts";
  }
  return "sum";
}

}  // namespace baocao
