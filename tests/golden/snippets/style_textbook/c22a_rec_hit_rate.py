import torch

topk = torch.tensor([[3, 1, 7], [0, 2, 5], [9, 4, 6], [1, 8, 3]])
target = torch.tensor([1, 4, 9, 2])
hits = (topk == target.unsqueeze(1)).any(dim=1)
print(hits)
print(hits.float().mean())
pos = (topk == target[:, None]).float().argmax(1)
print(pos)
print(torch.where(hits, pos, torch.full_like(pos, -1)))
