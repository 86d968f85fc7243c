package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    @Test
    void the_real_mariadb_version_is_read_behind_the_one_announced_to_old_clients() {
        assertThat(MariaDbDialectResolver.mariaDbVersion("5.5.5-10.11.19-MariaDB-0+deb12u1"))
                .satisfies(v -> assertThat(new int[] {v.getMajor(), v.getMinor(), v.getMicro()})
                        .containsExactly(10, 11, 19));
        assertThat(MariaDbDialectResolver.mariaDbVersion("11.4.2-MariaDB")).satisfies(
                v -> assertThat(new int[] {v.getMajor(), v.getMinor()}).containsExactly(11, 4));
    }

    @Test
    void mysql_itself_is_left_to_hibernate() {
        assertThat(MariaDbDialectResolver.mariaDbVersion("8.0.36")).isNull();
        assertThat(MariaDbDialectResolver.mariaDbVersion("8.4.0-log")).isNull();
    }
}
