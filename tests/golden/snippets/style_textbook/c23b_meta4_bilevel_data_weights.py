import torch

# Learn per-example weights on a noisy training set by one unrolled step and a clean val set
x_tr = torch.tensor([1.0, 2.0, 3.0, 4.0])
y_tr = torch.tensor([2.0, 4.0, 6.0, -8.0])
x_va = torch.tensor([5.0])
y_va = torch.tensor([10.0])
eps = torch.zeros(4, requires_grad=True)
w = torch.tensor(0.0, requires_grad=True)
train = (eps * (w * x_tr - y_tr) ** 2).sum()
gw, = torch.autograd.grad(train, w, create_graph=True)
w1 = w - 0.01 * gw
val = ((w1 * x_va - y_va) ** 2).mean()
g_eps, = torch.autograd.grad(val, eps)
print(g_eps)
weights = torch.clamp(-g_eps, min=0)
print(weights / weights.sum())
