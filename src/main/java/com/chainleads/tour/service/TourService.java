package com.chainleads.tour.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import com.chainleads.tour.domain.Tour;
import com.chainleads.tour.domain.TourCriterion;
import com.chainleads.tour.domain.TourCriterionRepository;
import com.chainleads.tour.domain.TourMember;
import com.chainleads.tour.domain.TourMemberRepository;
import com.chainleads.tour.domain.TourRepository;
import com.chainleads.tour.domain.TourScore;
import com.chainleads.tour.domain.TourScoreRepository;
import com.chainleads.tour.domain.TourStop;
import com.chainleads.tour.domain.TourStopRepository;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning a 项目建设观摩 and keeping its results, for leaders and administrators: a tour's name and day, its route
 * of signed projects in visiting order, the members of the 观摩团 and their score sheets, and the ranking (红黑榜).
 * A project joins a route only if the caller may see its lead and it is signed (签约 or later); a lead's removal takes
 * its stops and scores with it (foreign keys).
 *
 * <p>Size: one tour's whole life — route, members, score sheets, ranking and the picker's candidates — in one
 * service, each method short; splitting it would split one transaction boundary across classes.
 */
@Service
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Transactional
public class TourService {

    /** The most projects one tour visits: a day's route, and one booklet page each. */
    public static final int MAX_STOPS = 30;
    /** The picker's page of candidate projects. */
    public static final int PICK_PAGE = 50;

    private static final BigDecimal ONE_YI_WAN = new BigDecimal("10000");
    private static final BigDecimal MAX_SCORE = new BigDecimal("100");

    private final TourRepository tours;
    private final TourStopRepository stops;
    private final TourMemberRepository members;
    private final TourCriterionRepository criteria;
    private final TourScoreRepository scores;
    private final LeadService leads;
    private final LeadQueries leadQueries;
    private final StartedProjects startedProjects;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    TourService(
            TourRepository tours,
            TourStopRepository stops,
            TourMemberRepository members,
            TourCriterionRepository criteria,
            TourScoreRepository scores,
            LeadService leads,
            LeadQueries leadQueries,
            StartedProjects startedProjects,
            AppUserRepository users,
            CurrentUser currentUser,
            Clock clock) {
        this.tours = tours;
        this.stops = stops;
        this.members = members;
        this.criteria = criteria;
        this.scores = scores;
        this.leads = leads;
        this.leadQueries = leadQueries;
        this.startedProjects = startedProjects;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TourRow> tours() {
        return tours.findAllByOrderByTourDateDescIdDesc().stream()
                .map(t -> new TourRow(
                        Objects.requireNonNull(t.getId()),
                        t.getName(),
                        t.getTourDate(),
                        stops.countByTourId(t.getId()),
                        members.countByTourId(t.getId())))
                .toList();
    }

    public long create(TourCommand command) {
        Tour tour = new Tour(
                name(command.name()),
                date(command.tourDate()),
                users.getReferenceById(currentUser.require().userId()),
                clock.instant());
        return Objects.requireNonNull(tours.saveAndFlush(tour).getId());
    }

    public TourDetail change(long tourId, long version, TourCommand command) {
        Tour tour = tour(tourId, version);
        tour.change(name(command.name()), date(command.tourDate()));
        tours.saveAndFlush(tour);
        return detail(tourId);
    }

    public void delete(long tourId, long version) {
        tours.delete(tour(tourId, version));
    }

    @Transactional(readOnly = true)
    public TourDetail detail(long tourId) {
        Tour tour = tours.findById(tourId).orElseThrow(() -> new RecordNotFoundException("tour", tourId));
        List<TourStop> onRoute = stops.findByTourIdOrderByPositionAsc(tourId);
        // the route's leads in one query, as the caller may see them; a stop whose lead is hidden hides the tour,
        // as loading it one by one did
        Map<Long, LeadRow> visible =
                leadQueries
                        .visibleRows(onRoute.stream().map(TourStop::getLeadId).toList())
                        .stream()
                        .collect(Collectors.toMap(LeadRow::id, Function.identity()));
        List<TourDetail.Stop> route = onRoute.stream()
                .map(stop -> {
                    LeadRow lead = visible.get(stop.getLeadId());
                    if (lead == null) {
                        throw new RecordNotFoundException("lead", stop.getLeadId());
                    }
                    return stop(stop, lead);
                })
                .toList();
        return new TourDetail(
                tourId,
                tour.getVersion(),
                tour.getName(),
                tour.getTourDate(),
                route,
                members.findByTourIdOrderByIdAsc(tourId).stream()
                        .map(m -> new TourDetail.Member(
                                Objects.requireNonNull(m.getId()), m.getVersion(), m.getName(), m.getTitle()))
                        .toList(),
                criteria());
    }

    @Transactional(readOnly = true)
    public List<TourDetail.Criterion> criteria() {
        return criteria.findAllByOrderBySortOrderAsc().stream()
                .map(c -> new TourDetail.Criterion(
                        Objects.requireNonNull(c.getId()), c.getCode(), c.getNameZh(), c.getNameEn(), c.getWeight()))
                .toList();
    }

    /**
     * Signed projects the picker offers, largest first: a page of the lead index (never a scan of the leads). "Started
     * this year" means the project reached its 开工 milestone this calendar year, as the cockpit and
     * {@code /projects?started=} count it.
     */
    @Transactional(readOnly = true)
    public List<LeadRow> candidates(TourPick pick) {
        String text = pick.text() == null || pick.text().isBlank()
                ? null
                : pick.text().strip();
        Set<String> sectors = pick.sectorCode() == null ? Set.of() : Set.of(pick.sectorCode());
        if (pick.started()) {
            return leadQueries.visibleRows(startedProjects.startedIn(
                    LocalDate.now(clock).getYear(), text, sectors, pick.atLeastOneYi(), PICK_PAGE));
        }
        LeadFilter filter = LeadFilter.NONE
                .withText(text)
                .withStages(LeadStage.SIGNED_OR_LATER)
                .withSectors(sectors)
                .withInvestment(pick.atLeastOneYi() ? ONE_YI_WAN : null, null);
        return leadQueries.findRows(
                filter, PageRequest.of(0, PICK_PAGE, Sort.by(Sort.Direction.DESC, "totalInvestment")));
    }

    /** Adds a signed project at the end of the route. */
    public TourDetail addStop(long tourId, long leadId) {
        Tour tour = tours.findById(tourId).orElseThrow(() -> new RecordNotFoundException("tour", tourId));
        LeadDetails lead = leads.load(leadId);
        if (!LeadStage.SIGNED_OR_LATER.contains(lead.stage())) {
            throw new BusinessRuleException(
                    null, "tour.error.notSigned", lead.draft().getProjectName());
        }
        if (stops.findByTourIdAndLeadId(tourId, leadId).isPresent()) {
            throw new BusinessRuleException(
                    null, "tour.error.twice", lead.draft().getProjectName());
        }
        if (stops.countByTourId(tourId) >= MAX_STOPS) {
            throw new BusinessRuleException(null, "tour.error.tooMany", MAX_STOPS);
        }
        stops.saveAndFlush(new TourStop(tour, leadId, stops.lastPosition(tourId) + 1));
        return detail(tourId);
    }

    public TourDetail removeStop(long tourId, long stopId) {
        TourStop stop = stopOf(tourId, stopId);
        stops.delete(stop);
        stops.flush();
        renumber(tourId);
        return detail(tourId);
    }

    /** Moves a stop one place earlier ({@code -1}) or later ({@code +1}) on the route. */
    public TourDetail moveStop(long tourId, long stopId, int by) {
        List<TourStop> route = stops.findByTourIdOrderByPositionAsc(tourId);
        int from = -1;
        for (int i = 0; i < route.size(); i++) {
            if (Objects.equals(route.get(i).getId(), stopId)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new RecordNotFoundException("tour stop", stopId);
        }
        int to = Math.max(0, Math.min(route.size() - 1, from + Integer.signum(by)));
        route.add(to, route.remove(from));
        for (int i = 0; i < route.size(); i++) {
            route.get(i).setPosition(i + 1);
        }
        stops.saveAllAndFlush(route);
        return detail(tourId);
    }

    public TourDetail addMember(long tourId, @Nullable String name, @Nullable String title) {
        Tour tour = tours.findById(tourId).orElseThrow(() -> new RecordNotFoundException("tour", tourId));
        String memberName = text("memberName", name, TourMember.MAX_NAME, true);
        String memberTitle = text("memberTitle", title, TourMember.MAX_TITLE, false);
        members.saveAndFlush(new TourMember(tour, memberName, memberTitle.isEmpty() ? null : memberTitle));
        return detail(tourId);
    }

    public TourDetail removeMember(long tourId, long memberId, long version) {
        TourMember member = members.findById(memberId)
                .filter(m -> Objects.equals(m.getTour().getId(), tourId))
                .orElseThrow(() -> new RecordNotFoundException("tour member", memberId));
        checkVersion(TourMember.class, memberId, member.getVersion(), version);
        members.delete(member);
        return detail(tourId);
    }

    /** One member's sheet: stop id → criterion id → score. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, BigDecimal>> sheet(long tourId, long memberId) {
        member(tourId, memberId);
        Map<Long, Map<Long, BigDecimal>> sheet = new HashMap<>();
        for (TourScore score : scores.findByMember(memberId)) {
            sheet.computeIfAbsent(score.getStop().getId(), k -> new HashMap<>())
                    .put(score.getCriterion().getId(), score.getScore());
        }
        return sheet;
    }

    /**
     * Stores a member's sheet as typed: each score 0–100 (one decimal); a blank cell removes that score. A score
     * out of range is refused naming the project and the criterion, and nothing of the sheet is stored.
     */
    public void saveSheet(long tourId, long memberId, Map<Long, Map<Long, @Nullable BigDecimal>> sheet) {
        TourMember member = member(tourId, memberId);
        Map<Long, TourStop> route = stops.findByTourIdOrderByPositionAsc(tourId).stream()
                .collect(Collectors.toMap(s -> Objects.requireNonNull(s.getId()), Function.identity()));
        Map<Long, TourCriterion> byId = criteria.findAll().stream()
                .collect(Collectors.toMap(c -> Objects.requireNonNull(c.getId()), Function.identity()));
        Map<String, TourScore> stored = scores.findByMember(memberId).stream()
                .collect(Collectors.toMap(
                        s -> key(s.getStop().getId(), s.getCriterion().getId()), Function.identity()));
        sheet.forEach((stopId, row) -> row.forEach((criterionId, value) -> {
            TourStop stop = route.get(stopId);
            TourCriterion criterion = byId.get(criterionId);
            if (stop == null || criterion == null) {
                throw new RecordNotFoundException("tour stop", stopId);
            }
            TourScore existing = stored.get(key(stopId, criterionId));
            if (value == null) {
                if (existing != null) {
                    scores.delete(existing);
                }
                return;
            }
            if (value.signum() < 0
                    || value.compareTo(MAX_SCORE) > 0
                    || value.stripTrailingZeros().scale() > 1) {
                throw new BusinessRuleException(null, "tour.error.score", criterion.getNameZh());
            }
            if (existing == null) {
                scores.save(new TourScore(member, stop, criterion, value));
            } else {
                existing.setScore(value);
            }
        }));
        scores.flush();
    }

    /** The 红黑榜 of a tour from every member's sheet (see {@link TourRanking}). */
    @Transactional(readOnly = true)
    public List<RankLine> ranking(long tourId) {
        TourDetail tour = detail(tourId);
        Map<Long, Map<Long, Map<Long, BigDecimal>>> sheets = new HashMap<>();
        for (TourScore score : scores.findByTour(tourId)) {
            sheets.computeIfAbsent(score.getMember().getId(), k -> new HashMap<>())
                    .computeIfAbsent(score.getStop().getId(), k -> new HashMap<>())
                    .put(score.getCriterion().getId(), score.getScore());
        }
        return TourRanking.rank(tour.stops(), tour.criteria(), sheets);
    }

    private static TourDetail.Stop stop(TourStop stop, LeadRow lead) {
        return new TourDetail.Stop(
                Objects.requireNonNull(stop.getId()),
                stop.getLeadId(),
                stop.getPosition(),
                lead.leadNo(),
                lead.projectName(),
                lead.investorName(),
                lead.sectorNameZh(),
                lead.sectorNameEn(),
                lead.totalInvestment(),
                lead.stage(),
                lead.unitNameZh(),
                lead.unitNameEn(),
                lead.ownerName());
    }

    private void renumber(long tourId) {
        List<TourStop> route = stops.findByTourIdOrderByPositionAsc(tourId);
        for (int i = 0; i < route.size(); i++) {
            route.get(i).setPosition(i + 1);
        }
        stops.saveAllAndFlush(route);
    }

    private TourStop stopOf(long tourId, long stopId) {
        return stops.findById(stopId)
                .filter(s -> Objects.equals(s.getTour().getId(), tourId))
                .orElseThrow(() -> new RecordNotFoundException("tour stop", stopId));
    }

    private TourMember member(long tourId, long memberId) {
        return members.findById(memberId)
                .filter(m -> Objects.equals(m.getTour().getId(), tourId))
                .orElseThrow(() -> new RecordNotFoundException("tour member", memberId));
    }

    private Tour tour(long tourId, long version) {
        Tour tour = tours.findById(tourId).orElseThrow(() -> new RecordNotFoundException("tour", tourId));
        checkVersion(Tour.class, tourId, tour.getVersion(), version);
        return tour;
    }

    private static String key(@Nullable Long stopId, @Nullable Long criterionId) {
        return stopId + "/" + criterionId;
    }

    private static String name(@Nullable String name) {
        return text("name", name, Tour.MAX_NAME, true);
    }

    private static LocalDate date(@Nullable LocalDate date) {
        if (date == null) {
            throw new BusinessRuleException("tourDate", "validation.required");
        }
        return date;
    }

    private static String text(String field, @Nullable String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new BusinessRuleException(field, "validation.required");
        }
        if (text.length() > max) {
            throw new BusinessRuleException(field, "tour.error.length", max);
        }
        return text;
    }

    private static void checkVersion(Class<?> type, long id, long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
