# Exercise 9.D: building complex tensors and what is refused
import torch

print(torch.complex(torch.tensor([1.0]), torch.tensor([2.0])).dtype,
      torch.complex(torch.tensor([1.0], dtype=torch.float64), torch.tensor([0.0], dtype=torch.float64)).dtype)
for bad in (lambda: torch.complex(torch.tensor([1]), torch.tensor([2])),
            lambda: torch.complex(torch.tensor([1.0]), torch.tensor([2.0], dtype=torch.float64)),
            lambda: torch.polar(torch.tensor([1.0]), torch.tensor([0.0], dtype=torch.float64)),
            lambda: torch.view_as_complex(torch.tensor([1.0, 2.0, 3.0])),
            lambda: torch.view_as_real(torch.tensor([1.0]))):
    try:
        print(bad())
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.view_as_complex(torch.tensor([[1.0, 2.0], [3.0, -1.0]])))
