import torch

# differentiable=True: the RMSprop step is recorded, so the parameters after it have a graph
for options in ({}, {"momentum": 0.9}, {"centered": True, "weight_decay": 0.1}, {"momentum": 0.5, "maximize": True}):
    w0 = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    w = w0.clone()
    opt = torch.optim.RMSprop([w], lr=0.1, differentiable=True, **options)
    for _ in range(2):
        loss = (w * w * torch.tensor([1.0, 3.0, -2.0])).sum()
        w.grad, = torch.autograd.grad(loss, w, create_graph=True)
        opt.step()
    print(w, opt.state[w]["step"], sorted(opt.state[w]))
    try:
        print(torch.autograd.grad(w.sum(), w0)[0])
    except RuntimeError as e:
        print("RuntimeError", str(e)[:120])
w = torch.ones(2, requires_grad=True)
opt = torch.optim.RMSprop([w], differentiable=True)
w.grad = torch.ones(2)
try:
    opt.step()
except RuntimeError as e:
    print("RuntimeError", e)
