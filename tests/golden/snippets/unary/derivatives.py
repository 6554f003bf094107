import torch

for name in ["exp", "log", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs"]:
    x = torch.tensor([0.5, 2.0], requires_grad=True)
    getattr(torch, name)(x).sum().backward()
    print(name, x.grad)
