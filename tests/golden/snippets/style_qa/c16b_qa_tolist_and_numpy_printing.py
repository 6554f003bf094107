# Q: why does tolist() show more digits than print?
import torch

vals = torch.tensor([0.1, 0.7, 1.0 / 3])
print(vals)
print(vals.tolist())
print(vals.double().tolist())
print(vals.numpy())
print(torch.tensor([[1, 2], [3, 4]]).tolist(), torch.tensor(5).tolist())
print(torch.tensor([True, False]).tolist(), torch.tensor(2.5).tolist())
