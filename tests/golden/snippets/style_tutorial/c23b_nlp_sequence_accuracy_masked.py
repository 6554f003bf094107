import torch

pred = torch.tensor([[1, 2, 3, 0], [4, 4, 0, 0], [5, 6, 7, 8]])
gold = torch.tensor([[1, 2, 4, 0], [4, 5, 0, 0], [5, 6, 7, 8]])
mask = gold != 0
correct = (pred == gold) & mask
print(correct.sum().item(), mask.sum().item())
print(f"token acc {correct.sum().item() / mask.sum().item():.4f}")
seq_ok = (correct | ~mask).all(dim=1)
print(seq_ok, seq_ok.float().mean())
print(correct.float().sum(1) / mask.sum(1))
