import torch

# A float64 parameter: RMSprop keeps its running averages in float64 too.
torch.manual_seed(0)
w = torch.randn(8, dtype=torch.float64, requires_grad=True)
grads = torch.randn(12, 8, dtype=torch.float64)
for options in ({}, {"alpha": 0.9, "centered": True}, {"momentum": 0.9, "centered": True}):
    p = w.detach().clone().requires_grad_()
    opt = torch.optim.RMSprop([p], lr=0.01, **options)
    for g in grads:
        p.grad = g.clone()
        opt.step()
    state = opt.state[p]
    print(options, state["step"], p.dtype)
    # square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha): every digit
    print(state["square_avg"].tolist())
    if "grad_avg" in state:
        print(state["grad_avg"].tolist())
    print(p)
