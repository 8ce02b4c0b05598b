import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.kdtree.KdNode;
import org.locationtech.jts.index.kdtree.KdTree;

/**
 * Named river lines traced through the unnamed WDBII river network (GSHHG, dumped by GMT as
 * multi-segment text: {@code >} header lines, then "lon lat" lines, WGS84 degrees).
 *
 * <p>WDBII carries no names. Each river is therefore given as a few waypoints from upstream to
 * downstream, each a town or place on its bank; every waypoint is snapped to the nearest network
 * vertex (at most {@link #MAX_SNAP_METRES} away, otherwise the build fails) and the river is the
 * shortest path through the network between consecutive waypoints. The network is a tree almost
 * everywhere, so that path is the river itself. Segment ends closer than {@link #BRIDGE_METRES}
 * are joined, because the binned source breaks lines at bin edges and in lakes.
 */
final class Rivers {

    static final double MAX_SNAP_METRES = 6000;
    static final double BRIDGE_METRES = 1500;

    /** A river: English name and waypoints (lon, lat pairs) from upstream to downstream. */
    record River(String name, double... lonLat) { }

    private final List<Coordinate> vertices = new ArrayList<>();
    private final List<List<int[]>> edges = new ArrayList<>();
    private final KdTree index = new KdTree(1e-9);
    private final Map<Coordinate, Integer> ids = new HashMap<>();
    private final GeometryFactory factory;

    Rivers(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Reads a GMT multi-segment dump; fails with file and line on anything unexpected. */
    void read(Path file, Envelope box) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Integer> ends = new ArrayList<>();
        int previous = -1;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.startsWith(">")) {
                if (previous >= 0) {
                    ends.add(previous);
                }
                previous = -1;
                continue;
            }
            String[] t = line.split("\\s+");
            if (t.length < 2) {
                throw new IOException(file + " line " + (n + 1) + ": expected 'lon lat', found '" + line + "'");
            }
            Coordinate c = new Coordinate(Double.parseDouble(t[0]), Double.parseDouble(t[1]));
            if (!box.contains(c)) {
                throw new IOException(file + " line " + (n + 1) + ": " + c + " outside the region");
            }
            int id = vertex(c);
            if (previous < 0) {
                ends.add(id);
            } else if (previous != id) {
                link(previous, id, 1.0);
            }
            previous = id;
        }
        if (previous >= 0) {
            ends.add(previous);
        }
        bridge(ends);
    }

    /**
     * Traces one river. Where two consecutive waypoints are not connected (the river crosses a
     * lake or reservoir, which WDBII leaves to the shorelines) the line gets a gap there; a
     * waypoint off the network fails the build.
     */
    Geometry trace(River river) {
        double[] w = river.lonLat();
        List<LineString> parts = new ArrayList<>();
        List<Coordinate> path = new ArrayList<>();
        int from = snap(river.name(), w[0], w[1]);
        for (int i = 2; i < w.length; i += 2) {
            int to = snap(river.name(), w[i], w[i + 1]);
            List<Integer> leg = shortestPath(from, to);
            if (leg == null) {
                if (path.size() > 1) {
                    parts.add(factory.createLineString(path.toArray(new Coordinate[0])));
                }
                path = new ArrayList<>();
                path.add(vertices.get(to));
            } else {
                for (int k = path.isEmpty() ? 0 : 1; k < leg.size(); k++) {
                    path.add(vertices.get(leg.get(k)));
                }
            }
            from = to;
        }
        if (path.size() > 1) {
            parts.add(factory.createLineString(path.toArray(new Coordinate[0])));
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException(river.name() + ": no two waypoints are connected");
        }
        return parts.size() == 1 ? parts.get(0) : factory.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private int snap(String name, double lon, double lat) {
        Envelope search = new Envelope(lon - 0.15, lon + 0.15, lat - 0.08, lat + 0.08);
        int best = -1;
        double bestMetres = Double.MAX_VALUE;
        for (Object o : index.query(search)) {
            KdNode node = (KdNode) o;
            Coordinate c = node.getCoordinate();
            double m = metres(lon, lat, c.x, c.y);
            if (m < bestMetres) {
                bestMetres = m;
                best = ids.get(c);
            }
        }
        if (best < 0 || bestMetres > MAX_SNAP_METRES) {
            throw new IllegalStateException(name + ": waypoint " + lon + " " + lat
                    + " is not within " + MAX_SNAP_METRES + " m of the river network");
        }
        return best;
    }

    private List<Integer> shortestPath(int from, int to) {
        double[] dist = new double[vertices.size()];
        int[] prev = new int[vertices.size()];
        Arrays.fill(dist, Double.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[from] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, from});
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int v = (int) head[1];
            if (head[0] > dist[v]) {
                continue;
            }
            if (v == to) {
                break;
            }
            for (int[] e : edges.get(v)) {
                Coordinate a = vertices.get(v);
                Coordinate b = vertices.get(e[0]);
                double d = dist[v] + metres(a.x, a.y, b.x, b.y) * e[1];
                if (d < dist[e[0]]) {
                    dist[e[0]] = d;
                    prev[e[0]] = v;
                    queue.add(new double[] {d, e[0]});
                }
            }
        }
        if (dist[to] == Double.MAX_VALUE) {
            return null;
        }
        List<Integer> path = new ArrayList<>();
        for (int v = to; v >= 0; v = prev[v]) {
            path.add(0, v);
        }
        return path;
    }

    /** Joins loose segment ends to the nearest other vertex within the bridge distance. */
    private void bridge(List<Integer> ends) {
        double deg = BRIDGE_METRES / 111_000.0;
        for (int end : ends) {
            if (edges.get(end).size() > 1) {
                continue;
            }
            Coordinate c = vertices.get(end);
            Envelope e = new Envelope(c.x - deg * 2, c.x + deg * 2, c.y - deg, c.y + deg);
            int best = -1;
            double bestMetres = BRIDGE_METRES;
            for (Object o : index.query(e)) {
                int other = ids.get(((KdNode) o).getCoordinate());
                if (other == end || connected(end, other)) {
                    continue;
                }
                double m = metres(c.x, c.y, vertices.get(other).x, vertices.get(other).y);
                if (m < bestMetres) {
                    bestMetres = m;
                    best = other;
                }
            }
            if (best >= 0) {
                link(end, best, 3.0);
            }
        }
    }

    private boolean connected(int a, int b) {
        for (int[] e : edges.get(a)) {
            if (e[0] == b) {
                return true;
            }
        }
        return false;
    }

    private int vertex(Coordinate c) {
        Integer id = ids.get(c);
        if (id == null) {
            id = vertices.size();
            vertices.add(c);
            edges.add(new ArrayList<>());
            ids.put(c, id);
            index.insert(c);
        }
        return id;
    }

    /** An undirected edge; {@code weight} above 1 makes bridges dearer than real river. */
    private void link(int a, int b, double weight) {
        edges.get(a).add(new int[] {b, (int) weight});
        edges.get(b).add(new int[] {a, (int) weight});
    }

    static double metres(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }
}
