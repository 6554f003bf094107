# Tensor.floor_divide_: in place on integer and float tensors, with PyTorch's errors.
import torch

for f in [lambda: torch.arange(4).floor_divide_(2), lambda: torch.arange(-4., 4.).floor_divide_(3),
          lambda: torch.arange(4).floor_divide_(2.5), lambda: torch.arange(4).floor_divide_(torch.tensor(0)),
          lambda: torch.tensor([-3., 3.], requires_grad=True).floor_divide_(2)]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
a = torch.tensor([7, -7])
b = a.floor_divide_(torch.tensor([2, 2]))
print(a, b is a)
