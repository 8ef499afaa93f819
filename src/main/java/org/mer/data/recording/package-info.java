/**
 * Readers of long-video datasets for spotting (SPEC §10): each finds the recordings (frame
 * folders or video files) and the expressions its sheet codes in them, as
 * {@link org.mer.spot.Recording}s with {@link org.mer.spot.GroundTruthInterval}s. It is separate
 * from {@code org.mer.data} because the unit differs: a clip reader yields labelled clips; these
 * yield whole recordings with many intervals each (micro and macro), and recordings with no
 * interval still count (false positives are scored on them).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Frame numbers stay as the sheets give them (absolute, inclusive); each recording is opened
 * once while reading to learn its first and last frame, so an interval reaching past the video is
 * cut and reported, and one wholly outside is skipped and reported (one line naming the sheet
 * row). Nothing is dropped silently.</li>
 * <li>The type (micro/macro) is the sheet's, not recomputed from the duration; the spotting score
 * may still classify by duration as SPEC §10 says.</li>
 * <li>Labels are the sheets' emotion cells; SAMM Long Videos has none (empty labels).</li>
 * <li>Frame rates are the datasets' published ones: CAS(ME)^2 30, SAMM-LV 200, CAS(ME)^3 30;
 * synth-lv reads its own from {@code recordings.csv}.</li>
 * </ul>
 *
 * <h2>Layouts and where they were learned</h2>
 * (Public code that reads the licensed sets; no licensed file was seen.)
 * <ul>
 * <li>casme2-lv: {@code rawpic/s15/15_0101disgustingteeth/img001.jpg} frame folders (rawvideo
 * {@code .avi} files otherwise) and {@code CAS(ME)^2code_final.xlsx}: worksheet 1 without header
 * (participant, expression "disgust1_1", onset, apex, offset, AUs, estimated emotion,
 * "micro-expression"/"macro-expression", self-report; its name varies: CASFEcode_final,
 * CASMEcode_final), worksheets "naming rule1" (subject folder number, ..., participant) and
 * "naming rule2" (video code "0101", video name "disgust1"); an offset of 0 means none. Sources:
 * genbing99/SoftNet-SpotME, Extraction_Preprocess.ipynb (folder structure, column list, "take apex
 * if offset is 0", k per dataset); MEGC 2021/2022 spotting code found by the search index that
 * reads the naming-rule sheets with xlrd/pandas (participant in column 3, folder number in column
 * 1, video code in column 1 of rule 2, sometimes read as the number 101); the CAS(ME)^2 paper and
 * casme.psych.ac.cn (87 long videos, 30 fps).</li>
 * <li>samm-lv: {@code SAMM_longvideos/006_1/006_1_0001.jpg} and
 * {@code SAMM_LongVideos_V1/V2/V3_Release.xlsx}: about ten text rows, then Subject, Filename,
 * Inducement Code, Onset, Apex, Offset, Duration, Type ("Micro - 1/2", "Macro"), Action Units,
 * Notes; apex -1 where none. Sources: genbing99/SoftNet-SpotME (same notebook: skiprows 0..9,
 * column names, type texts, the very long macro rows it ignores); Yap et al., "SAMM Long
 * Videos: A Spontaneous Facial Micro- and Macro-Expressions Dataset" (147 videos, 200 fps).</li>
 * <li>casme3-lv: {@code spNO.1/a/color/175.jpg} (depth in {@code depth/}) and
 * {@code cas(me)3_part_A_ME_label_JpgIndex_v2.xlsx} (sheet "label": Subject, Filename, Onset,
 * Apex, Offset, ..., emotion) plus {@code cas(me)3_part_A_MaE_label_JpgIndex_v2_emotion.xlsx}
 * (Sheet1: sub, seq, onset, apex, offset, ..., emotion); rows with onset 0 and missing frames
 * exist. Sources: training code reading both sheets found by the search index (paths
 * part_A/annotation/..., frame paths subject/seq/color/N.jpg, lists of faulty rows);
 * jingtingEmmaLi/CAS-ME-3 README (part A: 100 subjects, 13 videos each, micro and macro
 * labelled); SPEC §9 for the frame path.</li>
 * <li>synth-lv: this project's own, documented in {@code org.mer.data.synth}.</li>
 * </ul>
 */
package org.mer.data.recording;
