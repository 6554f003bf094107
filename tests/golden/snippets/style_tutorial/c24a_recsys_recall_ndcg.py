# recall@k and NDCG@k computed by hand
import torch

ranked = torch.tensor([[3, 1, 7, 2, 9], [4, 0, 5, 6, 8]])
relevant = [torch.tensor([1, 2, 8]), torch.tensor([6])]
k = 3
for u in range(2):
    hits = torch.isin(ranked[u, :k], relevant[u])
    recall = hits.sum().item() / len(relevant[u])
    gains = hits.float() / torch.log2(torch.arange(2, k + 2).float())
    ideal = (1 / torch.log2(torch.arange(2, min(k, len(relevant[u])) + 2).float())).sum()
    print(u, hits.tolist(), round(recall, 4), round((gains.sum() / ideal).item(), 4))
print(torch.log2(torch.arange(2, 6).float()))
