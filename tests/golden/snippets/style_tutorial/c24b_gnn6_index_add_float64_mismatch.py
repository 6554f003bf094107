# index_add_ mixing float64 messages into a float32 buffer
import torch

out = torch.zeros(2, 2)
msg = torch.ones(3, 2, dtype=torch.float64)
try:
    out.index_add_(0, torch.tensor([0, 1, 1]), msg)
except RuntimeError as e:
    print("RuntimeError:", e)
print(out.index_add(0, torch.tensor([0, 1, 1]), msg.float()))
print(torch.zeros(2, 2, dtype=torch.float64).index_add(0, torch.tensor([0, 1, 1]), msg).dtype)
