# FisherSnedecor: rsample from torch's RNG (two Gamma draws), log_prob, moments, gradients, expand
import torch
from torch.distributions import FisherSnedecor

torch.manual_seed(0)
df1 = torch.tensor([1.5, 3.0, 8.0], requires_grad=True)
df2 = torch.tensor([2.5, 5.0, 12.0], requires_grad=True)
d = FisherSnedecor(df1, df2)
print(d, d.batch_shape, d.support)
x = d.sample((4,))  # (rsample's gradient needs the gamma draw's, which the engine lacks)
print(x, x.requires_grad)
lp = d.log_prob(x.detach())
print(lp)
print(d.mean, d.variance, d.mode)
lp.sum().backward()
print(df1.grad, df2.grad)
e = d.expand((2, 3))
print(e.batch_shape, e.sample().shape, e._gamma1.batch_shape)
print(FisherSnedecor(4.0, 6.0).sample((3,)), FisherSnedecor(4.0, 6.0).batch_shape)
print(FisherSnedecor(torch.tensor(4.0, dtype=torch.float64), 6.0).rsample((2,)))
print(FisherSnedecor(torch.tensor([3.0, 7.0]), torch.tensor([2.0, 9.0])).rsample())
print(torch.distributions.fishersnedecor.FisherSnedecor is FisherSnedecor)
for call in (lambda: FisherSnedecor(-1.0, 2.0), lambda: FisherSnedecor(1.0, 2.0, validate_args=True).log_prob(torch.tensor(-0.5))):
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
