# Quiz 17: .item() on a tensor with more than one element
import torch

x = torch.tensor([1.5, 2.5])
try:
    x.item()
except RuntimeError as e:
    print(e)
print(x[0].item(), x.sum().item())
print(torch.tensor([[7]]).item())
try:
    float(x)
except TypeError as e:
    print("TypeError:", e)
except RuntimeError as e:
    print("RuntimeError:", e)
print(int(torch.tensor([3.9])))
print(x.tolist())
