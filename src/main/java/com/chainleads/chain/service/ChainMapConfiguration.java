package com.chainleads.chain.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(StrengthThresholds.class)
class ChainMapConfiguration {}
