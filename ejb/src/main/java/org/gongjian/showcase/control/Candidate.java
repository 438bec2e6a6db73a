package org.gongjian.showcase.control;

import java.util.List;
import org.gongjian.award.control.Prize;
import org.gongjian.evaluation.entity.ProjectGrade;

/** An accepted project of the year the organiser may feature, with its frozen grade (null: none) and published prizes. */
public record Candidate(long projectId, String title, String ownerName, ProjectGrade grade, List<Prize> prizes) {
}
