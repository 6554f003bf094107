import torch

# MAML on quadratic tasks f_t(w) = (w - c_t)^2, analytic meta-gradient check
w = torch.tensor(0.0, requires_grad=True)
centers = torch.tensor([1.0, 2.0, 4.0])
alpha = 0.25
for it in range(4):
    outer = 0
    for c in centers:
        inner = (w - c) ** 2
        g, = torch.autograd.grad(inner, w, create_graph=True)
        outer = outer + (w - alpha * g - c) ** 2
    (gw,) = torch.autograd.grad(outer, w)
    analytic = sum(2 * (1 - 2 * alpha) ** 2 * (w.detach() - c) for c in centers)
    print(it, outer.item(), gw.item(), torch.isclose(gw, analytic).item())
    w = (w - 0.1 * gw).detach().requires_grad_()
