# biject_to and transform_to: the transform each constraint gets (keyed by the constraint's class), round trips,
# log-Jacobians, CorrCholesky/LowerCholesky/PositiveDefinite/IndependentTransform, refusals and a learner's registration.
import torch
from torch.distributions import biject_to, transform_to, constraints as C
import torch.distributions.transforms as T
for c in [C.real, C.positive, C.nonnegative, C.greater_than(2.0), C.less_than(1.0), C.unit_interval, C.interval(-1.0, 3.0),
          C.half_open_interval(0.0, 1.0), C.simplex, C.real_vector, C.independent(C.positive, 1), C.corr_cholesky]:
    print(c, "|", biject_to(c), "|", transform_to(c))
for c in [C.lower_cholesky, C.positive_definite, C.positive_semidefinite]:
    print(c, transform_to(c))
for c in [C.lower_cholesky, C.boolean, C.integer_interval(0, 3)]:
    try: biject_to(c)
    except NotImplementedError as e: print("NotImplementedError", e)
print(type(biject_to), type(biject_to).__module__, T.identity_transform, T.identity_transform.domain)
x = torch.tensor([-1.5, 0.0, 2.0], requires_grad=True)
for c in [C.positive, C.greater_than(2.0), C.less_than(1.0), C.interval(-1.0, 3.0), C.unit_interval, C.simplex]:
    for reg in (biject_to, transform_to):
        t = reg(c)
        y = t(x)
        print(c, y, t.inv(y), t.log_abs_det_jacobian(x, y), t.domain, t.codomain, t.bijective, t.event_dim, c.check(y))
torch.manual_seed(0)
v = torch.randn(2, 6, dtype=torch.float64, requires_grad=True)
t = biject_to(C.corr_cholesky)
L = t(v)
print(L, L.grad_fn, C.corr_cholesky.check(L))
print(t.inv(L), t.log_abs_det_jacobian(v, L), t.forward_shape((2, 6)), t.inverse_shape((4, 4)))
t.log_abs_det_jacobian(v, L).sum().backward()
print(v.grad)
m = torch.randn(2, 3, 3)
lc = transform_to(C.lower_cholesky)
print(lc(m), lc.inv(lc(m)), C.lower_cholesky.check(lc(m)))
pd = transform_to(C.positive_definite)
P = pd(m)
print(P, C.positive_definite.check(P), pd.inv(P))
it = T.IndependentTransform(T.ExpTransform(), 1)
print(it, it.domain, it.codomain, it.event_dim, it.sign, it.bijective, it.log_abs_det_jacobian(x, it(x)), it.with_cache(1)._cache_size)
for bad in (lambda: t.forward_shape((5,)), lambda: t.inverse_shape((3, 2)), lambda: it(torch.tensor(1.0)),
            lambda: biject_to.register(3), lambda: T.CorrCholeskyTransform()(torch.ones(4))):
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
@biject_to.register(C.boolean)
def f(c):
    return T.ExpTransform()
print(biject_to(C.boolean), f)
