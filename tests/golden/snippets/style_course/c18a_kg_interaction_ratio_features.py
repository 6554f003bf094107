# Ratio and interaction features, guarding division by zero
import torch

rooms = torch.tensor([3.0, 0.0, 5.0, 2.0])
area = torch.tensor([90.0, 40.0, 150.0, 0.0])
ratio = torch.where(rooms > 0, area / rooms, torch.zeros_like(area))
print(ratio)
print(area / rooms)
print(torch.nan_to_num(area / rooms, posinf=0.0))
safe = area / rooms.clamp(min=1)
print(safe)
