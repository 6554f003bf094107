import torch

scores = torch.tensor([[0.9, 0.1, 0.8, 0.3, 0.2, 0.7],
                       [0.2, 0.6, 0.1, 0.9, 0.5, 0.3]])
truth = torch.tensor([[1, 0, 0, 1, 0, 1],
                      [0, 1, 0, 0, 1, 0]], dtype=torch.bool)
k = 3
top = scores.topk(k, dim=1).indices
hit = torch.gather(truth, 1, top)
print(top)
print(hit)
recall = hit.sum(1).float() / truth.sum(1).float()
precision = hit.float().mean(1)
print(recall)
print(precision)
