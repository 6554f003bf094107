# Q: clamp with tensor min/max and with nan
import torch

x = torch.tensor([-2.0, 0.5, 3.0, float("nan")])
print(x.clamp(0, 1))
print(torch.clamp(x, min=torch.tensor([0.0, 1.0, 0.0, 0.0])))
print(x.clamp(max=0))
try:
    x.clamp()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1, 5, 9]).clamp(2, 6))
