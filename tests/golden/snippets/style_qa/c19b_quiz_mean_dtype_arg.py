# Quiz 53: int mean needs a dtype
import torch

votes = torch.tensor([3, 4, 4, 5])
print(votes.mean(dtype=torch.float32))
print(torch.mean(votes, dtype=torch.float16))
print(votes.sum(dtype=torch.float32) / votes.numel())
try:
    torch.mean(votes, dim=0)
except RuntimeError as err:
    print(err)
print(votes.float().var(), votes.double().std())
print(votes.to(torch.float32).mean().item())
