import torch

torch.manual_seed(15)
user_emb = torch.randn(2, 3)
item_emb = torch.randn(6, 3)
scores = user_emb @ item_emb.T
print(scores.shape)
print(scores)
print(torch.einsum('ud,id->ui', user_emb, item_emb).sub(scores).abs().max() < 1e-6)
ranking = scores.argsort(dim=1, descending=True)
print(ranking)
