import torch

# differentiable=True: SGD's step is recorded, so a loss after it has gradients w.r.t. lr and the start point
torch.manual_seed(0)
w0 = torch.randn(3, requires_grad=True)
lr = torch.tensor(0.05, requires_grad=True)
for kw in [dict(), dict(momentum=0.9), dict(momentum=0.9, nesterov=True, weight_decay=0.1),
           dict(momentum=0.5, dampening=0.2, maximize=True)]:
    w = w0.clone()
    opt = torch.optim.SGD([w], lr=lr, differentiable=True, **kw)
    try:
        for _ in range(2):
            loss = ((w - 1.5) ** 2 * torch.tensor([1.0, 2.0, 4.0])).sum()
            w.grad = torch.autograd.grad(loss, w, create_graph=True)[0]
            opt.step()
        final = (w ** 2).sum()
        print(kw, w.grad_fn.name(), f"{final.item():.6f}", [k for k in opt.state[w]])
        g_lr, g_w0 = torch.autograd.grad(final, [lr, w0])
        print(f"{g_lr.item():.6f}", g_w0)
    except RuntimeError as e:
        print(str(e)[:120])
v = torch.ones(2).clone()
o = torch.optim.SGD([v], lr=0.5, differentiable=True)
v.grad = torch.tensor([1.0, 2.0])
o.step()
print(v, v.requires_grad)
leaf = torch.ones(2, requires_grad=True)
leaf.grad = torch.ones(2)
try:
    torch.optim.SGD([leaf], lr=0.1, differentiable=True).step()
except RuntimeError as e:
    print(e)
