import torch

nan, inf = float("nan"), float("inf")
for name in ["Adamax", "NAdam", "RAdam", "Rprop", "ASGD"]:
    for grads in ([[nan, 1.0, -1.0, 0.0]] * 2, [[inf, -inf, 1e-30, 0.0]] * 3):
        w = torch.tensor([1.0, 2.0, -3.0, 0.5], requires_grad=True)
        opt = getattr(torch.optim, name)([w], lr=0.1)
        for g in grads:
            w.grad = torch.tensor(g)
            opt.step()
        print(name, w.tolist(), {k: v.tolist() for k, v in opt.state[w].items()})
    empty = torch.zeros(0, requires_grad=True)
    opt = getattr(torch.optim, name)([empty])
    empty.grad = torch.zeros(0)
    opt.step()
    print(name, empty, sorted(opt.state[empty]))
