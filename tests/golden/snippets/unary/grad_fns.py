import torch

x = torch.tensor([0.5, 1.0], requires_grad=True)
for name in ["exp", "log", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs", "neg",
             "reciprocal", "square"]:
    y = getattr(torch, name)(x)
    print(f"{name:10s} {y.grad_fn.name():20s} {y}")
