# logit's eps clamps as ATen's kernel does (even past 0.5); bernoulli with a fixed p has no
# derivative; rot90 is a flip then a transpose, which shows in its strides.
import torch

x = torch.tensor([1.5, -2.0, 0.5, 0.2], requires_grad=True)
print(torch.logit(x, 0.7), torch.logit(x, 0.1))
torch.manual_seed(0)
coin = torch.bernoulli(x.detach().clamp(0, 1).requires_grad_(), 0.5)
print(coin.grad_fn.name(), torch.bernoulli(x.detach().clamp(0, 1).requires_grad_()).grad_fn.name())
try:
    coin.sum().backward()
except RuntimeError as e:
    print(e)
m = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
for k in (1, 2, -1, 4):
    r = torch.rot90(m, k)
    print(k, r.stride(), r.is_contiguous(), r.tolist())
print(torch.isreal(m.t()).stride())
