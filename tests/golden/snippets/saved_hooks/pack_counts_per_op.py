import torch

# How many tensors each op saves for backward, seen through saved-tensor hooks.
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)

ops = {
    "mul": lambda: x * x,
    "mul by constant": lambda: x * 3,
    "mul by tensor constant": lambda: x * torch.tensor([1.0, 2.0, 3.0]),
    "add": lambda: x + x,
    "pow": lambda: x ** 2,
    "pow tensor": lambda: x.abs() ** x,
    "exp": lambda: torch.exp(x),
    "sin": lambda: torch.sin(x),
    "relu": lambda: torch.relu(x),
    "sum": lambda: x.sum(),
    "mm": lambda: x.unsqueeze(0).mm(w),
    "matmul 2d": lambda: x.unsqueeze(0) @ w,
    "tanh": lambda: x.tanh(),
    "sigmoid": lambda: x.sigmoid(),
    "div": lambda: x / (x + 3),
}
for name, op in ops.items():
    packed, unpacked = [], []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: packed.append(list(t.shape)) or t,
                                                  lambda t: unpacked.append(list(t.shape)) or t):
        y = op()
    y.sum().backward()
    print(f"{name}: packed {packed}, unpacked {unpacked}")
