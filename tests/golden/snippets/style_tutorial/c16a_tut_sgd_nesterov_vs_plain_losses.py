# Plain SGD, momentum and Nesterov momentum on the same ill-conditioned quadratic
import torch

A = torch.tensor([[10.0, 0.0], [0.0, 1.0]])
for kwargs in ({}, {"momentum": 0.9}, {"momentum": 0.9, "nesterov": True}):
    x = torch.tensor([1.0, 1.0], requires_grad=True)
    opt = torch.optim.SGD([x], lr=0.05, **kwargs)
    losses = []
    for _ in range(6):
        opt.zero_grad()
        loss = 0.5 * x @ A @ x
        loss.backward()
        opt.step()
        losses.append(loss.item())
    print(kwargs, losses)
    print(x)
