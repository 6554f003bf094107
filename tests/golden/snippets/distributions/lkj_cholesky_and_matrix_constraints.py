# LKJCholesky: seeded onion-method draws, log_prob and its gradient in the concentration, expand, errors; the
# matrix constraints (lower_triangular, corr_cholesky, square, symmetric, positive_semidefinite, multinomial).
import torch
import torch.distributions.constraints as C
from torch.distributions import LKJCholesky
torch.manual_seed(0)
l = LKJCholesky(3, 0.5)
print(l, l.batch_shape, l.event_shape, l.support, l.arg_constraints, l.has_rsample, l.dim)
L = l.sample()
print(L)
print(L @ L.T)
print(l.log_prob(L), l.log_prob(L).dtype)
b = LKJCholesky(4, torch.tensor([0.5, 1.0, 3.0], requires_grad=True))
s = b.sample((2,))
print(s.shape, s.requires_grad, C.corr_cholesky.check(s))
lp = b.log_prob(s)
print(lp, lp.grad_fn)
lp.sum().backward()
print(b.concentration.grad if b.concentration.grad is not None else "nograd")
e = b.expand((2, 3))
print(e, e.batch_shape, e.sample().shape, e._beta.batch_shape)
print(LKJCholesky(2).sample((3,)))
for bad in (lambda: LKJCholesky(1), lambda: LKJCholesky(3, -1.0), lambda: l.log_prob(torch.eye(3) * 2),
            lambda: l.rsample(), lambda: l.mean, lambda: l.entropy()):
    try:
        print(bad())
    except (ValueError, NotImplementedError) as err:
        print(type(err).__name__, err)
print(C.lower_triangular, C.corr_cholesky, C.square, C.symmetric, C.positive_semidefinite, C.multinomial(3))
m = torch.tensor([[[2.0, 0.5], [0.5, 1.0]], [[1.0, 2.0], [2.0, 1.0]], [[1.0, 0.0], [3.0, 1.0]]])
for c in (C.lower_triangular, C.lower_cholesky, C.corr_cholesky, C.square, C.symmetric, C.positive_semidefinite,
          C.positive_definite):
    print(c, c.check(m), c.event_dim, c.is_discrete)
print(C.square.check(torch.ones(2, 2, 3)), C.symmetric.check(torch.ones(2, 3)))
counts = C.multinomial(3)
print(counts.check(torch.tensor([[1., 2.], [2., 2.], [-1., 0.]])), counts.is_discrete, counts.event_dim)
print(isinstance(C.positive_definite, type(C.symmetric)), type(C.positive_semidefinite).__mro__)
