package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.unit.entity.UnitKind;

/** The current tenant's units. The tenant comes from the filter, never from this resource's path. */
@Path("t/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    Units units;

    @GET
    public List<UnitView> all() {
        return units.all().stream().map(UnitView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUnit request) {
        Unit unit = units.create(required(request).name(), request.kind(), request.secretary());
        return Response.status(Response.Status.CREATED).entity(UnitView.of(unit)).build();
    }

    public record NewUnit(String name, UnitKind kind, String secretary) {
    }

    public record UnitView(long id, String name, UnitKind kind, String secretary) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.getId(), unit.getName(), unit.getKind(), unit.getSecretary());
        }
    }
}
