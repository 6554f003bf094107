# Model size from the state_dict: numel * element_size per tensor, in float32 and float16
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(100, 50), nn.ReLU(), nn.Linear(50, 10))
sd = model.state_dict()
size = sum(t.numel() * t.element_size() for t in sd.values())
print(len(sd), size, f"{size / 1024:.1f} KB")
half = {k: v.half() for k, v in sd.items()}
print(sum(t.numel() * t.element_size() for t in half.values()))
print({k: v.dtype for k, v in half.items()})
print(sd["0.weight"].nbytes, sd["0.weight"].itemsize)
