package org.gongjian.web.security;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On an authentication mechanism: a caller signed in earlier in the session is recognised first ({@link KeptSignInInterceptor}). */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface KeptSignIn {
}
