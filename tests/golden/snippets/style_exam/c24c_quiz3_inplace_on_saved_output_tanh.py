# Quiz C18: tanh saves its output, relu saves its result too
import torch

for fn in (torch.tanh, torch.relu, torch.sigmoid, torch.exp, torch.sin):
    x = torch.tensor([0.5, -0.5], requires_grad=True)
    y = fn(x)
    y.add_(0)
    try:
        y.sum().backward()
        print(fn.__name__, "ok")
    except RuntimeError:
        print(fn.__name__, "modified")
