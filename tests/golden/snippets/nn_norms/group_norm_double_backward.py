import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 4.0], [-0.5, 0.25, 0.0], [-1.0, 1.0, 3.5], [2.25, 0.3, 0.7]],
                  [[0.5, -2.0, 1.5], [3.0, 1.0, -1.25], [0.75, 0.5, 2.5], [-3.0, 1.0, 0.125]]], requires_grad=True)
w = torch.tensor([1.0, 0.5, 2.0, -1.0], requires_grad=True)
b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
y = F.group_norm(x, 2, w, b)
gx, gw, gb = torch.autograd.grad((y * y * torch.tensor([1.0, 2.0, -1.0])).sum(), (x, w, b), create_graph=True)
for g in (gx, gw, gb):
    print(g.tolist())
    print(g.grad_fn, [type(f).__name__ for f, _ in g.grad_fn.next_functions])
second = torch.autograd.grad((gx * gx).sum() + (gw * gw).sum() + (gb * gb).sum(), (x, w, b))
for g in second:
    print(g.tolist())

x4 = torch.tensor([[[[1.0, 2.0], [4.0, -0.5]], [[0.25, 0.0], [-1.0, 1.0]],
                    [[3.5, 2.25], [0.3, 0.7]], [[0.5, -2.0], [1.5, 3.0]]]], requires_grad=True)
g, = torch.autograd.grad(F.group_norm(x4, 2).pow(3).sum(), x4, create_graph=True)
print(g.tolist())
print(torch.autograd.grad(g.pow(2).sum(), x4)[0].tolist())

# forward-over-reverse (hessian) takes the saved statistics' tangents into account
xs = torch.tensor([[[1.0, 2.0, 4.0], [-0.5, 0.25, 0.0]]])
print(torch.func.hessian(lambda t: F.group_norm(t, 1).pow(3).sum())(xs)[0, 0, 0])
print(torch.func.hessian(lambda t: F.layer_norm(t, (2, 3)).pow(3).sum())(xs)[0, 1, 2])
