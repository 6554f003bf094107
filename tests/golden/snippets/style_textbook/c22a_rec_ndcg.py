import torch

ranked_rel = torch.tensor([[1.0, 0.0, 1.0, 0.0, 0.0],
                           [0.0, 0.0, 0.0, 1.0, 1.0]])
k = 5
discounts = 1.0 / torch.log2(torch.arange(2, k + 2, dtype=torch.float32))
dcg = (ranked_rel * discounts).sum(1)
ideal, _ = ranked_rel.sort(dim=1, descending=True)
idcg = (ideal * discounts).sum(1)
ndcg = dcg / idcg
print(discounts)
print(dcg)
print(ndcg)
print(ndcg.mean().item())
