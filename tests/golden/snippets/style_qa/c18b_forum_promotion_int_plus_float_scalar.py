# Q: why is int tensor + 0.5 a float but int tensor += 0.5 an error?
import torch

steps = torch.arange(4)
print(steps + 0.5)
print((steps + 0.5).dtype)
try:
    steps += 0.5
except RuntimeError as err:
    print("RuntimeError:", err)
half = torch.tensor([1.0, 2.0], dtype=torch.float16)
print((half * 3.7).dtype, (half * torch.tensor(3.7)).dtype)
print((half * torch.tensor([3.7])).dtype)
