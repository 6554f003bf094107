# Wishart: Bartlett draws (PyTorch 2.13 warns "Singular sample detected." and draws again for every valid
# draw), log_prob, entropy, moments, the three parametrizations, expand, rsample's gradients (and the
# in-place error PyTorch's own resampling causes with a sample shape), and its checks.
import torch
from torch.distributions import Wishart

torch.manual_seed(0)
w = Wishart(torch.tensor(4.0), covariance_matrix=torch.eye(2))
print(w, w.batch_shape, w.event_shape, w.support, w.has_rsample)
s = w.sample()
print(s, torch.rand(1))
print(w.log_prob(s), w.entropy(), w.mean, w.mode, w.variance, w.precision_matrix, w.scale_tril)
df = torch.tensor(5.0, requires_grad=True)
L = torch.tensor([[1.0, 0.0], [0.5, 2.0]], requires_grad=True)
x = Wishart(df, scale_tril=L).rsample()
x.sum().backward()
print(x.detach(), df.grad, L.grad)
dfs = torch.tensor([5.0, 7.5], requires_grad=True)
L3 = torch.tensor([[1.0, 0.0, 0.0], [0.5, 2.0, 0.0], [-0.3, 0.2, 0.7]], requires_grad=True)
b = Wishart(dfs, scale_tril=L3)
x = b.rsample((2,))
try:
    x.sum().backward()
except RuntimeError as err:
    print(err)
lp = b.log_prob(x.detach())
lp.sum().backward()
print(x.shape, lp, lp.grad_fn, dfs.grad, L3.grad)
p = Wishart(3.5, precision_matrix=torch.tensor([[2.0, 0.3], [0.3, 1.0]]))
print(p, p.covariance_matrix, p.sample((3,)).shape, p.df)
e = b.expand((4, 2))
print(e.batch_shape, e.sample().shape, e._dist_chi2.batch_shape)
print(Wishart(torch.tensor(1.5), covariance_matrix=torch.eye(2)).rsample().shape)
for bad in (lambda: Wishart(torch.tensor(0.5), covariance_matrix=torch.eye(2)),
            lambda: Wishart(3.0, torch.eye(2), scale_tril=torch.eye(2)),
            lambda: Wishart(3.0, covariance_matrix=torch.ones(2)), lambda: Wishart(3.0, covariance_matrix=-torch.eye(2)),
            lambda: w.log_prob(-torch.eye(2))):
    try:
        print(bad())
    except (ValueError, AssertionError) as err:
        print(type(err).__name__, err)
print(w._natural_params, w._log_normalizer(*w._natural_params))
