import torch

# differentiable=True: Adam's step is recorded (moments too), so the loss after it has gradients w.r.t. lr

torch.manual_seed(0)
w0 = torch.randn(3, requires_grad=True)
lr = torch.tensor(0.05, requires_grad=True)
for cls, kw in [(torch.optim.Adam, dict()), (torch.optim.Adam, dict(amsgrad=True, weight_decay=0.1)),
                (torch.optim.AdamW, dict(weight_decay=0.1)), (torch.optim.Adam, dict(maximize=True, betas=(0.8, 0.9))),
                (torch.optim.Adam, dict(betas=(torch.tensor(0.9, requires_grad=True), torch.tensor(0.99))))]:
    w = w0.clone()
    opt = cls([w], lr=lr, differentiable=True, **kw)
    try:
        for _ in range(2):
            loss = ((w - 1.5) ** 2 * torch.tensor([1.0, 2.0, 4.0])).sum()
            w.grad = torch.autograd.grad(loss, w, create_graph=True)[0]
            opt.step()
        final = (w ** 2).sum()
        st = opt.state[w]
        print(cls.__name__, kw, w.grad_fn.name(), f"{final.item():.7f}", st["step"], st["exp_avg"].grad_fn.name())
        print(w)
        g_lr, g_w0 = torch.autograd.grad(final, [lr, w0], retain_graph=True)
        print(f"{g_lr.item():.7f}", g_w0)
    except RuntimeError as e:
        print(str(e)[:120])
    if isinstance(kw.get("betas", (0,))[0], torch.Tensor):
        print(torch.autograd.grad(final, kw["betas"][0]))
v = torch.ones(2).clone()
o = torch.optim.Adam([v], lr=0.5, differentiable=True)
v.grad = torch.tensor([1.0, -2.0])
o.step()
print(v, v.requires_grad, o.state[v]["exp_avg_sq"])
