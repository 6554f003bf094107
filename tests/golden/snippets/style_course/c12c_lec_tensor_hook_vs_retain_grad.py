# Lecture: capturing an intermediate gradient two ways.
import torch

torch.manual_seed(3)
x = torch.randn(4, requires_grad=True)
h = torch.tanh(x * 2.0)
h.retain_grad()
captured = {}
def save(g):
    captured["h"] = g.clone()
h.register_hook(save)
loss = (h ** 2).sum() + h.prod()
loss.backward()
print(loss)
print(h.grad)
print(captured["h"])
print(torch.equal(h.grad, captured["h"]))
print(x.grad)
print(h.is_leaf, h.requires_grad, h.grad_fn)
