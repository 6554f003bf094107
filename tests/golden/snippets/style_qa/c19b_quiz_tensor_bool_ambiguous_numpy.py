# Quiz 91: `if tensor:` for 0, 1 and many elements
import torch

for t in [torch.tensor(0), torch.tensor([2]), torch.tensor([[0.0]]), torch.tensor([]), torch.tensor([1, 1])]:
    try:
        print(t.shape, "truthy" if t else "falsy")
    except RuntimeError as e:
        print(t.shape, "RuntimeError:", e)
print(bool(torch.tensor(float("nan"))))
