# OneHotCategorical: one-hot draws from the same multinomial draws, log_prob, moments, support, gradient
import torch
from torch.distributions import OneHotCategorical, constraints
torch.manual_seed(0)
oh = OneHotCategorical(torch.tensor([0.1, 0.2, 0.3, 0.4]))
print(oh, oh.sample(), oh.sample((3,)), oh.batch_shape, oh.event_shape)
print(oh.log_prob(torch.tensor([0., 0., 1., 0.])), oh.entropy(), oh.mean, oh.mode, oh.variance, oh.probs, oh.logits)
print(oh.enumerate_support(), oh.support, constraints.one_hot.check(torch.tensor([[0., 1.], [1., 1.]])))
o2 = OneHotCategorical(logits=torch.zeros(2, 3))
print(o2.sample(), o2.enumerate_support(expand=False).shape, o2.enumerate_support().shape, o2.param_shape)
p = torch.tensor([0.2, 0.8], requires_grad=True)
OneHotCategorical(p).log_prob(torch.tensor([1., 0.])).backward(); print(p.grad)
try:
    oh.log_prob(torch.tensor([0.5, 0.5, 0., 0.]))
except ValueError as e:
    print("ValueError:", e)
try:
    OneHotCategorical()
except ValueError as e:
    print("ValueError:", e)
print(oh.has_enumerate_support, oh.has_rsample)
