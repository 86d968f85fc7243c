package cn.perfeval.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordPolicyRepository extends JpaRepository<PasswordPolicy, Long> {
}
