import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w.exp() * w).sum()
g1, = torch.autograd.grad(loss, w)
try:
    g2, = torch.autograd.grad(loss, w)
except RuntimeError as e:
    print(str(e).split(".")[0])
loss = (w.exp() * w).sum()
g1, = torch.autograd.grad(loss, w, retain_graph=True)
g2, = torch.autograd.grad(loss, w)
print(torch.equal(g1, g2), g1.round(decimals=3))
