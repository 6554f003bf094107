# numpy .astype habit: torch uses .to / .type / .float, and astype does not exist
import torch

x = torch.tensor([1.7, -2.3, 0.5])
try:
    x.astype(int)
except AttributeError as e:
    print(e)
print(x.to(torch.int64), x.long(), x.int().dtype)
print(x.type(torch.float64))
print(x.to(dtype=torch.bool))
print(x.round().to(torch.int32))
print(x.type())
