package org.herald.ingest.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which addresses are not the public internet: loopback, private, link-local, carrier NAT, multicast. */
public final class Addresses {

    private Addresses() {
    }

    public static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first == 100 && second >= 64 && second <= 127 // carrier-grade NAT
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first >= 240; // reserved
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        return false;
    }
}
