package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path families of reference §1.1 and §12. */
class ApiPathsTest {
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 7, 15, 21, 22})
  void acceptsEveryVersionTheClientCanSend(int v) {
    ApiPaths.Parsed p = ApiPaths.parse("/attask/api/v" + v + ".0/user/search").orElseThrow();
    assertThat(p.version()).isEqualTo(v);
    assertThat(p.versionRoot()).isEqualTo("/attask/api/v" + v + ".0");
    assertThat(p.segments()).containsExactly("user", "search");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/attask/api/user/search",
        "/attask/api-internal/user/search",
        "/attask/api-unsupported/user/search"
      })
  void mapsUnversionedFamiliesToTheNewestVersion(String path) {
    ApiPaths.Parsed p = ApiPaths.parse(path).orElseThrow();
    assertThat(p.version()).isEqualTo(ApiPaths.NEWEST);
    assertThat(p.segments()).containsExactly("user", "search");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/attask/api/v1.0/user",
        "/attask/api/v23.0/user",
        "/attask/api/v15/user",
        "/attask/api/v15.5/user"
      })
  void refusesUnknownVersionsNamingThem(String path) {
    assertThatThrownBy(() -> ApiPaths.parse(path))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Unknown API version")
        .extracting(e -> ((ApiException) e).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void ignoresPathsOutsideTheApi() {
    assertThat(ApiPaths.parse("/health")).isEmpty();
    assertThat(ApiPaths.parse("/attask/other/user")).isEmpty();
  }
}
