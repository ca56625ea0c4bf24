// One school's report (form v1), typed, each value with its place in the file.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "scalar.h"
#include "yaml_reader.h"

namespace baocao {

struct FocalPerson {
  Located<std::string> name, role;
};

struct Lesson {
  std::size_t offset = kNoOffset;
  Located<std::string> subject, title;
  Located<long long> grade, periods, students;
  Located<Date> date;
  std::vector<Located<std::string>> topics;
};

struct Participants {
  Located<long long> staff, students, parents, others;
  long long sum() const { return staff.value + students.value + parents.value + others.value; }
};

struct Activity {
  std::size_t offset = kNoOffset;
  Located<std::string> form, title;
  Located<Date> date;
  std::vector<Located<std::string>> partners, topics;
  Participants participants;
};

struct Training {
  std::size_t offset = kNoOffset;
  Located<std::string> title, organizer;
  Located<Date> date;
  Located<long long> attendees;
};

struct SchoolRecord {
  Located<std::string> plan;
  Located<std::string> school_code, school_name;
  Located<std::string> prepared_by, prepared_position, prepared_phone;
  Located<Date> prepared_date;
  Located<long long> staff_total, staff_informed, students_total, students_reached;
  Located<bool> plan_issued;
  Located<std::string> plan_number;
  Located<Date> plan_date;
  std::vector<Located<std::string>> integrated_with;
  Located<bool> communication_program;
  std::vector<FocalPerson> focal_persons;
  std::vector<Lesson> lessons;
  std::vector<Activity> activities;
  std::vector<Training> training;
  Located<bool> movement_integrated;
  Located<std::string> strengths, limitations, proposals;

  struct Place {
    std::size_t offset = kNoOffset, length = 0;
  };
  std::map<std::string, Place> keys;  // where each key of the file is, by dotted path
};

}  // namespace baocao
