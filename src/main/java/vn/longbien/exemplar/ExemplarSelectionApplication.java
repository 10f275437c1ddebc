package vn.longbien.exemplar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExemplarSelectionApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExemplarSelectionApplication.class, args);
  }
}
