-- Users who sign in, with their roles. Passwords are stored only as salted PBKDF2 hashes.
CREATE TABLE app_user (
    id                    BIGINT        NOT NULL,
    version               BIGINT        NOT NULL,
    username              VARCHAR(60)   NOT NULL,
    display_name          VARCHAR(120)  NOT NULL,
    person_id             BIGINT,
    organisation_id       BIGINT,
    password_hash         VARCHAR(500)  NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    must_change_password  BOOLEAN       NOT NULL,
    failed_sign_ins       INTEGER       NOT NULL,
    locked_until          TIMESTAMP,
    preferred_language    VARCHAR(5)    NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE app_user_role (
    user_id  BIGINT       NOT NULL,
    role     VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Sign-ins and refused sign-ins are audited too; their action names are longer.
ALTER TABLE audit_entry ALTER COLUMN action SET DATA TYPE VARCHAR(20);
