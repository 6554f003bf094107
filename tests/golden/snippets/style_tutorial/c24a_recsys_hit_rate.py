# Hit rate @k: is the held-out item among the top k?
import torch

scores = torch.tensor([[0.1, 0.7, 0.3, 0.9], [0.5, 0.4, 0.8, 0.2], [0.3, 0.2, 0.1, 0.0]])
held_out = torch.tensor([1, 3, 0])
topk = scores.topk(2, dim=1).indices
print(topk)
hits = (topk == held_out.unsqueeze(1)).any(dim=1)
print(hits, hits.float().mean())
rank = (scores > scores.gather(1, held_out[:, None])).sum(1)
print(rank)
print((1.0 / (rank + 1).float()).mean())
