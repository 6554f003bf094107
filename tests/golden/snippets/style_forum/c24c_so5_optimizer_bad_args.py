# Q: Invalid learning rate / betas errors
import torch

ps = [torch.nn.Parameter(torch.zeros(1))]
for make in (lambda: torch.optim.SGD(ps, lr=-0.1), lambda: torch.optim.Adam(ps, betas=(1.0, 0.9)),
             lambda: torch.optim.Adam(ps, eps=-1), lambda: torch.optim.SGD(ps, lr=0.1, momentum=-0.5),
             lambda: torch.optim.Adam(ps, weight_decay=-1e-3), lambda: torch.optim.SGD(ps),
             lambda: torch.optim.Adam(torch.zeros(2)), lambda: torch.optim.RMSprop(ps, alpha=-1)):
    try:
        print(make())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
