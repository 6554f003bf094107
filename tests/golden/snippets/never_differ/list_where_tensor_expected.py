# Passing a Python list where a tensor belongs: PyTorch's TypeError names the argument.
import torch

x = torch.ones(2, 2)
v = torch.ones(2)
for call in (lambda: torch.mm(x, [[1.0, 2.0]]), lambda: torch.mv(x, [1.0, 2.0]), lambda: torch.zeros_like([1.0]),
             lambda: torch.isnan([1.0]), lambda: torch.cdist(x, [[1.0]]), lambda: torch.masked_select(x, [True]),
             lambda: torch.inner(v, [1.0, 2.0]), lambda: torch.kron(x, [1.0])):
    try:
        call()
    except TypeError as e:
        print(e)
print(torch.mm(x, torch.tensor([[1.0], [2.0]])))
