# dtype=complex means complex128; the range kernels have no bool (nor, for arange/range, complex) version
import torch

print(torch.zeros(2, dtype=complex), torch.tensor([1, 2], dtype=complex).dtype)
print(torch.ones(2).to(complex), torch.full((1,), 2, dtype=complex))
print(torch.linspace(0, 1, 3, dtype=complex))
for make in (lambda: torch.arange(3, dtype=complex), lambda: torch.arange(3, dtype=torch.bool),
             lambda: torch.arange(0, 3, 0, dtype=torch.bool), lambda: torch.linspace(0, 1, 3, dtype=torch.bool),
             lambda: torch.logspace(0, 1, 3, dtype=torch.bool), lambda: torch.range(0, 2, dtype=torch.complex64)):
    try:
        print(make())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(torch.linspace(0, 1, 1, dtype=torch.bool), torch.linspace(0, 1, 0, dtype=torch.bool))
print(torch.range(0, 2, dtype=float))
