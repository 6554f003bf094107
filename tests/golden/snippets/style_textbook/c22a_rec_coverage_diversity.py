import torch

recs = torch.tensor([[0, 1, 2], [0, 2, 5], [1, 0, 2], [7, 0, 1]])
n_items = 10
covered = torch.unique(recs)
print(covered)
print(covered.numel() / n_items)
emb = torch.eye(n_items)[:, :4]
pairwise = torch.cdist(emb[recs[1]], emb[recs[1]])
print(pairwise)
print(torch.isin(recs, torch.tensor([0, 1])))
