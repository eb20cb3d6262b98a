package dev.devices.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAreFirstPageOfFifty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void sizeIsOneToAThousandAndPageNotNegative() {
        assertThat(PageRequest.of(3, 1000).offset()).isEqualTo(3000);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(InvalidInput.class)
                .hasMessage("Page size must be between 1 and 1000.");
        assertThatThrownBy(() -> PageRequest.of(0, 1001)).hasMessage("Page size must be between 1 and 1000.");
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).hasMessage("Page number must be 0 or greater.");
    }

    @Test
    void offsetsBeyondIntRangeDoNotOverflow() {
        assertThat(PageRequest.of(Integer.MAX_VALUE, 1000).offset()).isEqualTo(2_147_483_647_000L);
    }
}
