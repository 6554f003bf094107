# Q: my gradients are None after building a tensor from a list of outputs. torch.tensor copies and cuts the graph.
import torch

w = torch.tensor(2.0, requires_grad=True)
outs = [w * i for i in range(1, 4)]
t = torch.tensor(outs)
print(t, t.requires_grad)
s = torch.stack(outs)
print(s, s.grad_fn.name())
s.sum().backward()
print(w.grad)
x = torch.ones(2, requires_grad=True)
y = torch.tensor(x)
print(y.requires_grad, y.is_leaf)
z = x.clone().detach()
print(z.requires_grad)
try:
    torch.tensor([x, x])
except (ValueError, RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.tensor([w.item(), 3.0]))
