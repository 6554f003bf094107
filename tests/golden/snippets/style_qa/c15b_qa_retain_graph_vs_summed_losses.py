# Q: two heads on one trunk. backward(retain_graph=True) twice, or one backward on the sum?
import torch

torch.manual_seed(26)
trunk_w = torch.randn(3, requires_grad=True)
batch = torch.randn(4, 3)
shared = torch.tanh(batch @ trunk_w)
head_a = shared.pow(2).mean()
head_b = (shared - 1).abs().mean()
head_a.backward(retain_graph=True)
after_a = trunk_w.grad.clone()
head_b.backward(retain_graph=True)
separately = trunk_w.grad.clone()
trunk_w.grad = None
torch.autograd.backward([head_a, head_b])
print(after_a, separately, trunk_w.grad)
print(torch.allclose(separately, trunk_w.grad))
try:
    head_b.backward()
except RuntimeError as e:
    print(str(e)[:90])
