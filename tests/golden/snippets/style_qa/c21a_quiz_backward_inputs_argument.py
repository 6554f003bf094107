# Quiz: backward(inputs=[...]) only accumulates into the listed tensors.
import torch

u = torch.tensor(2.0, requires_grad=True)
v = torch.tensor(3.0, requires_grad=True)
mid = u * v
mid.retain_grad()
(mid + u).backward(inputs=[u, mid])
print("u", u.grad, "v", v.grad, "mid", mid.grad)
torch.autograd.backward(u * v * 2, inputs=[v])
print("u", u.grad, "v", v.grad)
